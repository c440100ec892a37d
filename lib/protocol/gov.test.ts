import { describe, expect, it } from "vitest";
import { parseDec } from "../amount/decimal";
import {
  minInitialDeposit,
  parseWeightPercent,
  tallyStats,
  titleAndSummary,
  weightedOptions,
  type GovParams,
  type TallyParams,
} from "./gov";

const PARAMS: TallyParams = { quorum: parseDec("0.334"), threshold: parseDec("0.5"), vetoThreshold: parseDec("0.334") };
const tally = (yes: bigint, no: bigint, abstain: bigint, veto: bigint) => ({ yes, no, abstain, veto });

describe("tallyStats", () => {
  it("computes turnout against bonded and shares of the non-abstain votes", () => {
    const s = tallyStats(tally(60n, 20n, 20n, 0n), 200n, PARAMS);
    expect(s.voted).toBe(100n);
    expect(s.turnout).toBe(parseDec("0.5"));
    expect(s.yesShare).toBe(parseDec("0.75"));
    expect(s.noShare).toBe(parseDec("0.25"));
    expect(s.abstainShare).toBe(parseDec("0.2"));
    expect(s.quorumReached).toBe(true);
    expect(s.passing).toBe(true);
  });

  it("needs the quorum: exactly 33.4% reaches it, one unit less does not", () => {
    expect(tallyStats(tally(334n, 0n, 0n, 0n), 1000n, PARAMS).quorumReached).toBe(true);
    const short = tallyStats(tally(333n, 0n, 0n, 0n), 1000n, PARAMS);
    expect(short.quorumReached).toBe(false);
    expect(short.passing).toBe(false);
  });

  it("abstain counts toward the quorum but not toward the threshold", () => {
    const s = tallyStats(tally(1n, 1n, 500n, 0n), 1000n, PARAMS);
    expect(s.quorumReached).toBe(true);
    // 1 of 2 non-abstain is exactly 50%: the threshold needs more than half.
    expect(s.yesShare).toBe(parseDec("0.5"));
    expect(s.passing).toBe(false);
  });

  it("a veto above 33.4% of all votes rejects even with a Yes majority", () => {
    const s = tallyStats(tally(600n, 0n, 0n, 335n), 1000n, PARAMS);
    expect(s.vetoed).toBe(true);
    expect(s.passing).toBe(false);
    // Exactly at the veto threshold does not veto (strictly greater).
    expect(tallyStats(tally(666n, 0n, 0n, 334n), 1000n, PARAMS).vetoed).toBe(false);
  });

  it("is all zeros without votes or bonded stake", () => {
    const s = tallyStats(tally(0n, 0n, 0n, 0n), 0n, PARAMS);
    expect(s).toMatchObject({ voted: 0n, turnout: 0n, yesShare: 0n, quorumReached: false, vetoed: false, passing: false });
  });
});

describe("weights", () => {
  it("parses percentages into 18-digit fractions", () => {
    expect(parseWeightPercent("70")).toEqual({ ok: true, value: parseDec("0.7") });
    expect(parseWeightPercent("33.3333333333333333")).toEqual({ ok: true, value: parseDec("0.333333333333333333") });
    expect(parseWeightPercent("")).toEqual({ ok: true, value: 0n });
    expect(parseWeightPercent("0.00000000000000001").ok).toBe(false);
    expect(parseWeightPercent("-5").ok).toBe(false);
    expect(parseWeightPercent("1e2").ok).toBe(false);
    expect(parseWeightPercent("100.1").ok).toBe(false);
  });

  it("builds LegacyDec strings when the weights sum to exactly 100%", () => {
    expect(weightedOptions({ yes: "70", no: "30", abstain: "", veto: "0" })).toEqual({
      ok: true,
      options: [
        { option: 1, weight: "0.700000000000000000" },
        { option: 3, weight: "0.300000000000000000" },
      ],
    });
    const thirds = weightedOptions({ yes: "33.3333333333333333", no: "33.3333333333333333", abstain: "33.3333333333333334", veto: "" });
    expect(thirds.ok).toBe(true);
  });

  it("refuses weights that do not sum to 100%", () => {
    expect(weightedOptions({ yes: "60", no: "30", abstain: "", veto: "" })).toEqual({
      ok: false,
      message: "The weights must add up to exactly 100%; they add up to 90%.",
    });
    expect(weightedOptions({ yes: "70", no: "30.0000000000000001", abstain: "", veto: "" }).ok).toBe(false);
    expect(weightedOptions({ yes: "abc", no: "", abstain: "", veto: "" })).toMatchObject({ ok: false, field: "yes" });
  });
});

describe("deposits and metadata", () => {
  it("the initial deposit minimum is the larger ratio of min_deposit, rounded up", () => {
    const p = { minDeposit: 10_000_000n, minInitialDepositRatio: 0n, minDepositRatio: parseDec("0.01") } as GovParams;
    expect(minInitialDeposit(p)).toBe(100_000n);
    expect(minInitialDeposit({ ...p, minInitialDepositRatio: parseDec("0.25") })).toBe(2_500_000n);
  });

  it("falls back to the metadata JSON for title and summary", () => {
    expect(titleAndSummary("", "", '{"title":"T","summary":"S"}')).toEqual({ title: "T", summary: "S" });
    expect(titleAndSummary("", "", "ipfs://x")).toEqual({ title: "", summary: "" });
  });
});
