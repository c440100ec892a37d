import { describe, expect, it } from "vitest";
import { parseDec } from "../../amount/decimal";
import { creditLimit } from "../../amount/way-card-math";
import { aprFromRates } from "./way-card-math";
import { ALICE, BOB, CARD, DAY, MILKTIA, PROGRAM, UNIT, card, cardWithCredit, epoch, exec, setup } from "./way-card-fixture";

const APR = aprFromRates(parseDec("1"), 0, parseDec("1.01"), 30 * DAY);
const LIMIT_30 = creditLimit(1_000n * UNIT, parseDec("5"), 6, APR, 30);
const statement = (host: ReturnType<typeof setup>, owner = ALICE, extra: Record<string, unknown> = {}) =>
  host.query<{ entries: Array<{ seq: number; kind: string; merchant: string | null; amount_usd: string; balance_after: string; owed_after: string; note: string }> }>(CARD, { statement: { owner, ...extra } }).entries;

describe("open_card", () => {
  it("opens with the defaults and refuses a second card", () => {
    const host = setup();
    exec(host, ALICE, { open_card: {} });
    const c = card(host)!;
    expect(c).toMatchObject({ balance: "0", owed: "0", spent_total: "0", frozen: false, auto_top_up_bps: 5000, horizon_days: 30, opened_at: host.nowSeconds, last_epoch: null });
    expect(() => exec(host, ALICE, { open_card: {} })).toThrow("A Way Card is already open for this address");
    expect(card(host, BOB)).toBeNull();
  });

  it("refuses out-of-bounds settings and funds", () => {
    const host = setup();
    expect(() => exec(host, ALICE, { open_card: { auto_top_up_bps: 10_001 } })).toThrow("between 0 and 10000 basis points");
    expect(() => exec(host, ALICE, { open_card: { horizon_days: 6 } })).toThrow("between 7 and 90 days");
    expect(() => exec(host, ALICE, { open_card: { horizon_days: 91 } })).toThrow("between 7 and 90 days");
    expect(() => exec(host, ALICE, { open_card: { horizon_days: "30" } })).toThrow("expected u16");
    expect(() => exec(host, ALICE, { open_card: {} }, [{ denom: "umilk", amount: 1n }])).toThrow("This action takes no funds");
  });

  it("every action on a missing card says to open one", () => {
    const host = setup();
    expect(() => exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: UNIT }])).toThrow("No Way Card is open for this address");
    expect(() => exec(host, ALICE, { purchase: { merchant: "nebula-coffee", amount_usd: "1" } })).toThrow("No Way Card");
    expect(() => exec(host, ALICE, { freeze: {} })).toThrow("No Way Card");
  });
});

describe("top_up", () => {
  it("converts each coin at the feed price, rounded down, and keeps the coins as reserve", () => {
    const host = setup();
    exec(host, ALICE, { open_card: {} });
    // 10.000001 MILK at $0.05 = $0.50000005 → 500000 micro-USD; 1 milkTIA at $5 = $5.
    exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: 10_000_001n }, { denom: MILKTIA, amount: UNIT }]);
    expect(card(host)!.balance).toBe("5500000");
    expect(host.balance(CARD, MILKTIA)).toBe(UNIT);
    const [e] = statement(host);
    expect(e).toMatchObject({ kind: "top_up", amount_usd: "5500000", balance_after: "5500000", owed_after: "0" });
  });

  it("refuses no funds, unpriced tokens and dust worth nothing", () => {
    const host = setup();
    exec(host, ALICE, { open_card: {} });
    host.fund(ALICE, "uatom", 5n);
    expect(() => exec(host, ALICE, { top_up: {} })).toThrow("Send at least one token to top up the card");
    expect(() => exec(host, ALICE, { top_up: {} }, [{ denom: "uatom", amount: 5n }])).toThrow("The card cannot take uatom: it has no price in the feed");
    expect(() => exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: 19n }])).toThrow("worth less than $0.000001");
    host.prices.delete("MILK");
    expect(() => exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: UNIT }])).toThrow("no price in the feed");
    expect(host.balance(ALICE, "umilk")).toBe(100_000n * UNIT);
  });

  it("repays what is owed before adding to the balance", () => {
    const host = setup();
    cardWithCredit(host);
    exec(host, ALICE, { purchase: { merchant: "nebula-coffee", amount_usd: "3000000" } });
    exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: 100n * UNIT }]); // $5
    expect(card(host)).toMatchObject({ owed: "0", balance: "2000000" });
    const [top, repay] = statement(host);
    expect(repay).toMatchObject({ kind: "repayment", amount_usd: "3000000", owed_after: "0", balance_after: "0" });
    expect(top).toMatchObject({ kind: "top_up", amount_usd: "2000000", balance_after: "2000000" });
  });
});

describe("collateral and credit", () => {
  it("refuses to lock before the first rate, and anything but milkTIA", () => {
    const host = setup();
    exec(host, ALICE, { open_card: {} });
    expect(() => exec(host, ALICE, { lock_collateral: {} }, [{ denom: MILKTIA, amount: UNIT }])).toThrow("no redemption rate yet");
    epoch(host, "1");
    expect(() => exec(host, ALICE, { lock_collateral: {} }, [{ denom: "umilk", amount: UNIT }])).toThrow("Only milkTIA can be locked as collateral");
    expect(() => exec(host, ALICE, { lock_collateral: {} })).toThrow("Send exactly one coin");
  });

  it("credit limit = collateral value × APR (from the rate history) × horizon / 365", () => {
    const host = setup();
    cardWithCredit(host);
    const c = card(host)!;
    expect(c.collateral).toEqual({ denom: MILKTIA, amount: (1_000n * UNIT).toString() });
    expect(c.collateral_value_usd).toBe("5000000000");
    expect(BigInt(c.credit_limit)).toBe(LIMIT_30);
    expect(LIMIT_30).toBe(49_999_999n); // $5000 × 0.1216… × 30/365, floored
    expect(c.credit_available).toBe(c.credit_limit);
    const p = host.query<{ apr: string; redemption_rate: string }>(CARD, { params: {} });
    expect(p.apr).toBe("0.121666666666666666");
    expect(p.redemption_rate).toBe("1.010000000000000000");
  });

  it("without a price the collateral backs no credit", () => {
    const host = setup();
    cardWithCredit(host);
    host.prices.delete("MILKTIA");
    expect(card(host)!.credit_limit).toBe("0");
  });

  it("unlocks freely with nothing owed; otherwise only down to what still covers the debt", () => {
    const host = setup();
    cardWithCredit(host);
    exec(host, ALICE, { unlock_collateral: { amount: (100n * UNIT).toString() } });
    expect(host.balance(ALICE, MILKTIA)).toBe(9_100n * UNIT);
    exec(host, ALICE, { purchase: { merchant: "orbit-books", amount_usd: "40000000" } });
    expect(() => exec(host, ALICE, { unlock_collateral: { amount: (900n * UNIT).toString() } })).toThrow("below the $40.00 owed");
    let max = 0n;
    try {
      exec(host, ALICE, { unlock_collateral: { amount: (500n * UNIT).toString() } });
    } catch (e) {
      const m = /at most (\d+) base units/.exec((e as Error).message);
      expect(m).not.toBeNull();
      max = BigInt(m![1]);
    }
    expect(max).toBeGreaterThan(0n);
    expect(() => exec(host, ALICE, { unlock_collateral: { amount: (max + 1n).toString() } })).toThrow("below the $40.00 owed");
    exec(host, ALICE, { unlock_collateral: { amount: max.toString() } });
    expect(BigInt(card(host)!.credit_limit)).toBeGreaterThanOrEqual(40_000_000n);
  });

  it("refuses unlocking zero or more than is locked", () => {
    const host = setup();
    cardWithCredit(host);
    expect(() => exec(host, ALICE, { unlock_collateral: { amount: "0" } })).toThrow("Enter an amount of collateral to unlock");
    expect(() => exec(host, ALICE, { unlock_collateral: { amount: (1_001n * UNIT).toString() } })).toThrow("Only 1000000000 base units");
  });

  it("a shorter horizon is refused when it would no longer cover the debt", () => {
    const host = setup();
    cardWithCredit(host, { horizon: 90 });
    exec(host, ALICE, { purchase: { merchant: "orbit-books", amount_usd: "100000000" } });
    expect(() => exec(host, ALICE, { set_horizon: { days: 30 } })).toThrow(/A 30-day horizon would set the credit limit to \$49\.999999, below the \$100\.00 owed/);
    exec(host, ALICE, { set_horizon: { days: 89 } });
    expect(card(host)!.horizon_days).toBe(89);
    expect(() => exec(host, ALICE, { set_auto_top_up: { bps: 20_000 } })).toThrow("basis points");
    exec(host, ALICE, { set_auto_top_up: { bps: 0 } });
    expect(card(host)!.auto_top_up_bps).toBe(0);
  });
});

describe("purchase", () => {
  it("spends the balance first, then borrows the rest", () => {
    const host = setup();
    cardWithCredit(host);
    exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: 200n * UNIT }]); // $10
    exec(host, ALICE, { purchase: { merchant: "nebula-coffee", amount_usd: "15000000" } });
    const c = card(host)!;
    expect(c).toMatchObject({ balance: "0", owed: "5000000", spent_total: "15000000" });
    expect(BigInt(c.credit_available)).toBe(LIMIT_30 - 5_000_000n);
    expect(statement(host)[0]).toMatchObject({ kind: "purchase", merchant: "nebula-coffee", amount_usd: "15000000", balance_after: "0", owed_after: "5000000" });
  });

  it("refuses anything beyond balance + available credit, to the micro-dollar", () => {
    const host = setup();
    cardWithCredit(host);
    exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: 20n * UNIT }]); // $1
    const spendable = 1_000_000n + LIMIT_30;
    expect(() => exec(host, ALICE, { purchase: { merchant: "nebula-coffee", amount_usd: (spendable + 1n).toString() } })).toThrow(
      "The purchase of $51.00 is more than the card can pay: $50.999999 (balance plus available credit)",
    );
    exec(host, ALICE, { purchase: { merchant: "nebula-coffee", amount_usd: spendable.toString() } });
    expect(card(host)).toMatchObject({ balance: "0", owed: LIMIT_30.toString(), credit_available: "0" });
  });

  it("refuses empty or unknown merchants, zero amounts, and any purchase while frozen", () => {
    const host = setup();
    cardWithCredit(host);
    expect(() => exec(host, ALICE, { purchase: { merchant: " ", amount_usd: "1" } })).toThrow("Choose a merchant");
    expect(() => exec(host, ALICE, { purchase: { merchant: "moon-mall", amount_usd: "1" } })).toThrow("Unknown merchant: moon-mall");
    expect(() => exec(host, ALICE, { purchase: { merchant: "orbit-books", amount_usd: "0" } })).toThrow("greater than zero");
    expect(() => exec(host, ALICE, { purchase: { merchant: "orbit-books", amount_usd: "-1" } })).toThrow("u128");
    exec(host, ALICE, { freeze: {} });
    expect(card(host)!.frozen).toBe(true);
    expect(() => exec(host, ALICE, { freeze: {} })).toThrow("already frozen");
    expect(() => exec(host, ALICE, { purchase: { merchant: "orbit-books", amount_usd: "1" } })).toThrow("The card is frozen; unfreeze it to make purchases");
    // Top-ups still work while frozen.
    exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: UNIT }]);
    exec(host, ALICE, { unfreeze: {} });
    expect(() => exec(host, ALICE, { unfreeze: {} })).toThrow("The card is not frozen");
    exec(host, ALICE, { purchase: { merchant: "orbit-books", amount_usd: "1" } });
  });
});

describe("epoch", () => {
  it("only the card program may run it", () => {
    const host = setup();
    expect(() => exec(host, ALICE, { epoch: { redemption_rate: "1" } })).toThrow(`Unauthorized: ${ALICE} is not the card program`);
    expect(() => epoch(host, "abc")).toThrow("expected a decimal");
  });

  it("repays the debt from the yield, tops up the share of the rest, and keeps the remainder locked", () => {
    const host = setup();
    cardWithCredit(host, { bps: 5_000 });
    exec(host, ALICE, { purchase: { merchant: "nebula-coffee", amount_usd: "10000000" } }); // owe $10
    host.advanceSeconds(DAY);
    epoch(host, "1.0201"); // +1%: 1000 milkTIA grow by 10.1 native = 9.90099… milkTIA
    const gain = (1_000n * UNIT * parseDec("1.0201") - 1_000n * UNIT * parseDec("1.01")) / parseDec("1.0201");
    expect(gain).toBe(9_900_990n);
    const gainUsd = (gain * 5n); // $5 each, exact here
    const c = card(host)!;
    const topUp = ((gainUsd - 10_000_000n) * 5_000n) / 10_000n;
    expect(c.owed).toBe("0");
    expect(c.balance).toBe(topUp.toString());
    const taken = (gain * (10_000_000n + topUp) + gainUsd - 1n) / gainUsd;
    expect(c.collateral.amount).toBe((1_000n * UNIT - taken).toString());
    expect(c.last_epoch).toBe(host.nowSeconds);
    const [auto, repay] = statement(host);
    expect(repay).toMatchObject({ kind: "repayment", amount_usd: "10000000", owed_after: "0" });
    expect(auto).toMatchObject({ kind: "auto_top_up", amount_usd: topUp.toString(), balance_after: topUp.toString() });
    // The remainder became principal: the same rate again harvests nothing.
    host.advanceSeconds(DAY);
    epoch(host, "1.0201");
    expect(card(host)!.balance).toBe(topUp.toString());
  });

  it("a falling rate harvests nothing and does not move the mark", () => {
    const host = setup();
    cardWithCredit(host, { bps: 10_000 });
    host.advanceSeconds(DAY);
    epoch(host, "1.0");
    expect(card(host)!.balance).toBe("0");
    host.advanceSeconds(DAY);
    epoch(host, "1.0201");
    expect(BigInt(card(host)!.balance)).toBeGreaterThan(0n);
  });
});

describe("close_card", () => {
  it("is refused while anything is owed", () => {
    const host = setup();
    cardWithCredit(host);
    exec(host, ALICE, { purchase: { merchant: "nebula-coffee", amount_usd: "1500000" } });
    expect(() => exec(host, ALICE, { close_card: {} })).toThrow("The card owes $1.50; repay it before closing the card");
  });

  it("returns the collateral and refunds the balance in MILK at the feed price, floored", () => {
    const host = setup();
    cardWithCredit(host);
    exec(host, ALICE, { top_up: {} }, [{ denom: MILKTIA, amount: 1_234_567n }]); // $6.172835
    host.prices.set("MILK", parseDec("0.07"));
    const milkBefore = host.balance(ALICE, "umilk");
    exec(host, ALICE, { close_card: {} });
    // 6.172835 / 0.07 = 88.183357142… MILK → 88183357 umilk
    expect(host.balance(ALICE, "umilk") - milkBefore).toBe(88_183_357n);
    expect(host.balance(ALICE, MILKTIA)).toBe(10_000n * UNIT - 1_234_567n);
    expect(card(host)).toBeNull();
    const [close, refund] = statement(host);
    expect(close.kind).toBe("close");
    expect(refund).toMatchObject({ kind: "refund", amount_usd: "6172835" });
    // A new card can be opened and the statement continues.
    exec(host, ALICE, { open_card: {} });
    expect(statement(host)[0].seq).toBe(close.seq + 1);
  });

  it("is refused when the reserve cannot pay the refund", () => {
    const host = setup({ reserveMilk: 0n });
    exec(host, ALICE, { open_card: {} });
    exec(host, ALICE, { top_up: {} }, [{ denom: MILKTIA, amount: UNIT }]);
    expect(() => exec(host, ALICE, { close_card: {} })).toThrow("The card reserve cannot refund 100000000umilk right now");
  });
});

describe("queries", () => {
  it("statement pages newest first from start_after", () => {
    const host = setup();
    exec(host, ALICE, { open_card: {} });
    for (let i = 0; i < 5; i++) exec(host, ALICE, { top_up: {} }, [{ denom: "umilk", amount: UNIT }]);
    const first = statement(host, ALICE, { limit: 2 });
    expect(first.map((e) => e.seq)).toEqual([6, 5]);
    expect(statement(host, ALICE, { limit: 10, start_after: 5 }).map((e) => e.seq)).toEqual([4, 3, 2, 1]);
    expect(statement(host, BOB)).toEqual([]);
  });

  it("lists merchants and refuses unknown queries", () => {
    const host = setup();
    expect(host.query<{ merchants: unknown[] }>(CARD, { merchants: {} }).merchants).toHaveLength(2);
    expect(() => host.query(CARD, { nope: {} })).toThrow("unknown variant `nope`");
    expect(PROGRAM).not.toBe(ALICE);
  });
});
