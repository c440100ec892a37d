import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContractError } from "./types";
import { ALICE, BOB, CARD, DAY, MILKTIA, UNIT, card, epoch, exec, setup, type CardJson } from "./way-card-fixture";

const USERS = [ALICE, BOB];

type Op =
  | { t: "open"; user: number; bps: number; horizon: number }
  | { t: "topUp"; user: number; milk: bigint }
  | { t: "lock"; user: number; amount: bigint }
  | { t: "unlock"; user: number; permille: number }
  | { t: "buy"; user: number; amount: bigint }
  | { t: "freeze"; user: number }
  | { t: "horizon"; user: number; days: number }
  | { t: "epoch"; growthPpm: number; days: number }
  | { t: "close"; user: number };

const user = fc.integer({ min: 0, max: USERS.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ t: fc.constant("open" as const), user, bps: fc.integer({ min: 0, max: 10_000 }), horizon: fc.integer({ min: 7, max: 90 }) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("topUp" as const), user, milk: fc.bigInt({ min: 1n, max: 2_000n * UNIT }) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("lock" as const), user, amount: fc.bigInt({ min: 1n, max: 3_000n * UNIT }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("unlock" as const), user, permille: fc.integer({ min: 1, max: 1000 }) }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant("buy" as const), user, amount: fc.bigInt({ min: 1n, max: 200n * UNIT }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("freeze" as const), user }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("horizon" as const), user, days: fc.integer({ min: 7, max: 90 }) }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant("epoch" as const), growthPpm: fc.integer({ min: -2_000, max: 5_000 }), days: fc.integer({ min: 1, max: 10 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant("close" as const), user }) },
);

const reached = { borrowed: 0, repaidByYield: 0, refusedOverLimit: 0 };

describe("Way Card invariants under random use", () => {
  it("never spends beyond balance + credit, never owes a negative amount, and conserves milkTIA", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 5, maxLength: 60 }), (ops) => {
        const host = setup();
        let rate = 1_000_000n; // ppm, so the rate string is exact
        const rateText = () => `${rate / 1_000_000n}.${(rate % 1_000_000n).toString().padStart(6, "0")}`;
        epoch(host, rateText());
        const milkTiaTotal = USERS.reduce((s, u) => s + host.balance(u, MILKTIA), 0n) + host.balance(CARD, MILKTIA);
        for (const o of ops) {
          const who = "user" in o ? USERS[o.user] : ALICE;
          const before: CardJson | null = card(host, who);
          try {
            switch (o.t) {
              case "open":
                exec(host, who, { open_card: { auto_top_up_bps: o.bps, horizon_days: o.horizon } });
                break;
              case "topUp":
                exec(host, who, { top_up: {} }, [{ denom: "umilk", amount: o.milk }]);
                break;
              case "lock":
                exec(host, who, { lock_collateral: {} }, [{ denom: MILKTIA, amount: o.amount }]);
                break;
              case "unlock":
                exec(host, who, { unlock_collateral: { amount: ((BigInt(before?.collateral.amount ?? "0") * BigInt(o.permille)) / 1000n).toString() } });
                break;
              case "buy": {
                const spendable = before ? BigInt(before.balance) + BigInt(before.credit_available) : 0n;
                try {
                  exec(host, who, { purchase: { merchant: "nebula-coffee", amount_usd: o.amount.toString() } });
                } catch (e) {
                  if (before && !before.frozen && o.amount > spendable) reached.refusedOverLimit++;
                  throw e;
                }
                // Success means it fitted in what the card showed as spendable.
                expect(o.amount).toBeLessThanOrEqual(spendable);
                if (BigInt(card(host, who)!.owed) > BigInt(before!.owed)) reached.borrowed++;
                break;
              }
              case "freeze":
                exec(host, who, before?.frozen ? { unfreeze: {} } : { freeze: {} });
                break;
              case "horizon":
                exec(host, who, { set_horizon: { days: o.days } });
                break;
              case "epoch": {
                const owedBefore = USERS.map((u) => BigInt(card(host, u)?.owed ?? "0"));
                host.advanceSeconds(o.days * DAY);
                const next = rate + BigInt(o.growthPpm);
                rate = next > 0n ? next : rate;
                epoch(host, rateText());
                USERS.forEach((u, i) => {
                  const now = BigInt(card(host, u)?.owed ?? "0");
                  expect(now).toBeLessThanOrEqual(owedBefore[i]);
                  if (now < owedBefore[i]) reached.repaidByYield++;
                });
                break;
              }
              case "close":
                exec(host, who, { close_card: {} });
                expect(BigInt(before!.owed)).toBe(0n);
                break;
            }
          } catch (e) {
            if (!(e instanceof ContractError) && !/insufficient funds|smaller than/.test(String(e))) throw e;
            // A refusal changes nothing.
            expect(card(host, who)).toEqual(before);
          }
          let collateral = 0n;
          for (const u of USERS) {
            const c = card(host, u);
            if (!c) continue;
            expect(BigInt(c.owed)).toBeGreaterThanOrEqual(0n);
            expect(BigInt(c.balance)).toBeGreaterThanOrEqual(0n);
            // Incoming value repays first, so a balance and a debt never coexist.
            if (BigInt(c.balance) > 0n) expect(c.owed).toBe("0");
            collateral += BigInt(c.collateral.amount);
          }
          // Collateral is held by the contract; milkTIA neither appears nor vanishes.
          expect(host.balance(CARD, MILKTIA)).toBeGreaterThanOrEqual(collateral);
          expect(USERS.reduce((s, u) => s + host.balance(u, MILKTIA), 0n) + host.balance(CARD, MILKTIA)).toBe(milkTiaTotal);
        }
      }),
      { numRuns: 150, seed: 20_261_123 },
    );
    expect(reached.borrowed).toBeGreaterThan(0);
    expect(reached.repaidByYield).toBeGreaterThan(0);
    expect(reached.refusedOverLimit).toBeGreaterThan(0);
  });
});
