import { describe, expect, it } from "vitest";
import { DEC_SCALE, parseDec } from "../amount/decimal";
import { decPowFloor } from "./yield";
import { MAX_DAYS, dailyGrowthFromApy, parseProjectionForm, project, type ProjectionForm } from "./projection";

const d = (s: string) => parseDec(s);
const form = (over: Partial<ProjectionForm> = {}): ProjectionForm => ({
  amount: "1000",
  lstApyPercent: "10",
  restakeAprPercent: "5",
  cardSharePercent: "50",
  days: "365",
  ...over,
});

describe("dailyGrowthFromApy", () => {
  it("is the largest daily step that does not beat the yearly figure", () => {
    const x = dailyGrowthFromApy(d("0.1"));
    expect(decPowFloor(DEC_SCALE + x, 365) <= d("1.1")).toBe(true);
    expect(decPowFloor(DEC_SCALE + x + 1n, 365) > d("1.1")).toBe(true);
  });
  it("is zero for a zero APY and refuses a negative one", () => {
    expect(dailyGrowthFromApy(0n)).toBe(0n);
    expect(() => dailyGrowthFromApy(-1n)).toThrow(/negative APY/);
  });
});

describe("project", () => {
  const base = { principal: 1_000_000_000n, lstApy: d("0.1"), restakeApr: d("0.05"), cardShare: d("0.5"), days: 365 };

  it("compounds daily to just under the APY over a year (rounded down)", () => {
    const r = project(base);
    // 1,000 TIA at 10%: at most 1,100 TIA, and within a few base units of it.
    expect(r.stakeOnly.endValue <= 1_100_000_000n).toBe(true);
    expect(r.stakeOnly.endValue >= 1_099_999_990n).toBe(true);
    expect(r.stakeOnly.yield).toBe(r.stakeOnly.endValue - base.principal);
  });

  it("adds restaking rewards on the growing value, not compounded", () => {
    const r = project(base);
    // 5% of a value between 1,000 and 1,100 TIA, paid daily and floored: between 49.9 and 55 TIA.
    expect(r.withRestaking.rewards > 49_900_000n).toBe(true);
    expect(r.withRestaking.rewards < 55_000_000n).toBe(true);
    expect(r.withRestaking.yield).toBe(r.stakeOnly.yield + r.withRestaking.rewards);
  });

  it("splits the rewards with the card without creating or losing any", () => {
    const r = project(base);
    expect(r.withCard.toCard + r.withCard.kept).toBe(r.withRestaking.rewards);
    expect(r.withCard.yield).toBe(r.withRestaking.yield);
    // Each day's routed share is floored, so the card never gets more than half.
    expect(r.withCard.toCard * 2n <= r.withRestaking.rewards).toBe(true);
  });

  it("gives exactly nothing at zero rates, zero share or zero days", () => {
    const r = project({ ...base, lstApy: 0n, restakeApr: 0n });
    expect(r.stakeOnly.endValue).toBe(base.principal);
    expect(r.withRestaking.rewards).toBe(0n);
    expect(project({ ...base, cardShare: 0n }).withCard.toCard).toBe(0n);
    const zero = project({ ...base, days: 0 });
    expect(zero.stakeOnly.yield).toBe(0n);
    expect(zero.series).toEqual([{ day: 0, value: base.principal, rewards: 0n, card: 0n }]);
  });

  it("routes everything at a 100% share", () => {
    const r = project({ ...base, cardShare: DEC_SCALE });
    expect(r.withCard.kept).toBe(0n);
    expect(r.withCard.toCard).toBe(r.withRestaking.rewards);
  });

  it("rounds tiny positions down to nothing rather than up", () => {
    const r = project({ ...base, principal: 1n, days: 30 });
    expect(r.stakeOnly.endValue).toBe(1n);
    expect(r.withRestaking.rewards).toBe(0n);
  });

  it("keeps the chart series bounded and ending on the last day", () => {
    const r = project({ ...base, days: MAX_DAYS });
    expect(r.series.length).toBeLessThanOrEqual(62);
    expect(r.series.at(-1)!.day).toBe(MAX_DAYS);
    expect(r.series.at(-1)!.value).toBe(r.stakeOnly.endValue);
    for (let i = 1; i < r.series.length; i++) expect(r.series[i].value >= r.series[i - 1].value).toBe(true);
  });

  it("refuses impossible inputs", () => {
    expect(() => project({ ...base, days: MAX_DAYS + 1 })).toThrow(/days/);
    expect(() => project({ ...base, principal: -1n })).toThrow(/negative/);
    expect(() => project({ ...base, cardShare: DEC_SCALE + 1n })).toThrow(/cardShare/);
  });
});

describe("parseProjectionForm", () => {
  it("parses exact values", () => {
    const r = parseProjectionForm(form({ amount: "1.5", lstApyPercent: "5.25", cardSharePercent: "100" }), 6, "TIA");
    expect(r).toEqual({
      ok: true,
      value: { principal: 1_500_000n, lstApy: d("0.0525"), restakeApr: d("0.05"), cardShare: DEC_SCALE, days: 365 },
    });
  });

  it("accepts zero rates and a zero share", () => {
    const r = parseProjectionForm(form({ lstApyPercent: "0", restakeAprPercent: "0", cardSharePercent: "0" }), 6, "TIA");
    expect(r.ok).toBe(true);
  });

  it("says what is wrong with each field", () => {
    const r = parseProjectionForm(
      { amount: "0", lstApyPercent: "", restakeAprPercent: "-1", cardSharePercent: "101", days: "0" },
      6,
      "TIA",
    );
    expect(r).toEqual({
      ok: false,
      errors: {
        amount: "Enter an amount of TIA above zero.",
        lstApyPercent: "Enter the liquid staking APY (0 or more).",
        restakeAprPercent: "The restaking APR cannot be negative.",
        cardSharePercent: "The share routed to the card can be at most 100%.",
        days: "Enter from 1 to 3650 days.",
      },
    });
  });

  it("refuses text, fractions of days, too many decimals and absurd rates", () => {
    const r = parseProjectionForm(form({ amount: "1.1234567", lstApyPercent: "abc", restakeAprPercent: "1001", days: "1.5" }), 6, "TIA");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.amount).toBe("At most 6 decimal places.");
    expect(r.errors.lstApyPercent).toBe("Enter the liquid staking APY as a number, like 5.5.");
    expect(r.errors.restakeAprPercent).toBe("The restaking APR can be at most 1000%.");
    expect(r.errors.days).toBe("Enter whole days, like 365.");
  });
});
