import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContractError } from "./types";
import { ALICE, BATCH_PERIOD, BOB, CAROL, CONTRACT, IBC_TIA, LST, UNBONDING, setup, type Fixture } from "./liquid-staking-fixture";
import type { BatchResponse, UnstakeRequestResponse } from "./liquid-staking-query";

const USERS = [ALICE, BOB, CAROL];

type Op =
  | { t: "stake"; user: number; amount: bigint }
  | { t: "unstake"; user: number; permille: number }
  | { t: "exitAll" }
  | { t: "advance"; seconds: number }
  | { t: "submit" }
  | { t: "receive" }
  | { t: "withdraw"; user: number }
  | { t: "rewards"; amount: bigint };

const user = fc.integer({ min: 0, max: USERS.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant("stake" as const), user, amount: fc.bigInt({ min: 100n, max: 10n ** 15n }) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("unstake" as const), user, permille: fc.integer({ min: 1, max: 1000 }) }) },
  { weight: 1, arbitrary: fc.constant({ t: "exitAll" as const }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant("advance" as const), seconds: fc.integer({ min: 0, max: UNBONDING }) }) },
  { weight: 2, arbitrary: fc.constant({ t: "submit" as const }) },
  { weight: 2, arbitrary: fc.constant({ t: "receive" as const }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("withdraw" as const), user }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant("rewards" as const), amount: fc.bigInt({ min: 1n, max: 10n ** 12n }) }) },
);

/** How often each lifecycle stage was reached, so the property cannot pass vacuously. */
const reached = { submit: 0, receive: 0, withdraw: 0, fullExit: 0 };

interface Model {
  /** Σ of every liquid_unstake amount per batch, as sent. */
  unstaked: Map<number, bigint>;
  /** Σ of every withdraw payout per batch. */
  claimed: Map<number, bigint>;
}

const add = (m: Map<number, bigint>, k: number, v: bigint) => m.set(k, (m.get(k) ?? 0n) + v);

function totals(f: Fixture) {
  const s = f.state();
  return { N: BigInt(s.total_native_token), L: BigInt(s.total_liquid_stake_token) };
}

/** Runs one op; a refusal must be one the contract may legitimately give and must change nothing. */
function run(f: Fixture, m: Model, o: Op): void {
  const before = JSON.stringify([f.state(), f.q({ batches: {} })]);
  try {
    apply(f, m, o);
  } catch (e) {
    if (!(e instanceof ContractError)) throw e;
    expect(e.message).toMatch(/^(Unable to mint liquid staking token|The computed fees are zero for the received rewards: \d+)$/);
    expect(JSON.stringify([f.state(), f.q({ batches: {} })])).toBe(before);
  }
}

function apply(f: Fixture, m: Model, o: Op): void {
  const batches = () => f.q<{ batches: BatchResponse[] }>({ batches: {} }).batches;
  switch (o.t) {
    case "stake":
      f.stake(USERS[o.user], o.amount);
      return;
    case "exitAll": {
      const pending = f.q<BatchResponse>({ pending_batch: {} });
      for (const who of USERS) {
        const amount = f.host.balance(who, LST);
        if (amount === 0n) continue;
        f.unstake(who, amount);
        add(m.unstaked, pending.id, amount);
      }
      return;
    }
    case "unstake": {
      const who = USERS[o.user];
      const amount = (f.host.balance(who, LST) * BigInt(o.permille)) / 1000n;
      if (amount === 0n) return;
      const pending = f.q<BatchResponse>({ pending_batch: {} });
      f.unstake(who, amount);
      add(m.unstaked, pending.id, amount);
      return;
    }
    case "advance":
      f.host.advanceSeconds(o.seconds);
      return;
    case "submit": {
      const p = f.q<BatchResponse>({ pending_batch: {} });
      const due = f.host.timeNs >= BigInt(p.next_batch_action_time);
      if (!due || p.unstake_request_count === 0) {
        expect(() => f.submit()).toThrow(/^(Batch is not ready to be submitted|No liquid unstake requests in batch)$/);
        return;
      }
      f.submit();
      reached.submit++;
      if (totals(f).L === 0n) reached.fullExit++;
      return;
    }
    case "receive": {
      const ready = batches().find((b) => b.status === "submitted" && f.host.timeNs >= BigInt(b.next_batch_action_time));
      if (ready) {
        f.receive(ready.id);
        reached.receive++;
      }
      return;
    }
    case "withdraw": {
      const received = new Set(batches().filter((b) => b.status === "received").map((b) => b.id));
      const claimable = (who: string) =>
        f.q<UnstakeRequestResponse[]>({ unstake_requests: { user: who } }).find((r) => received.has(r.batch_id));
      // Prefer the drawn user; otherwise anyone with a claim, so withdrawals are common enough.
      const who = [USERS[o.user], ...USERS].find((u) => claimable(u));
      if (!who) return;
      const req = claimable(who)!;
      const before = f.host.balance(who, IBC_TIA);
      f.exec(who, { withdraw: { batch_id: req.batch_id } });
      add(m.claimed, req.batch_id, f.host.balance(who, IBC_TIA) - before);
      reached.withdraw++;
      return;
    }
    case "rewards": {
      if (totals(f).L === 0n) {
        expect(() => f.rewards(o.amount)).toThrow("No liquid stake to distribute rewards to");
        return;
      }
      f.rewards(o.amount);
      return;
    }
  }
}

describe("liquid staking invariants over random histories", () => {
  it("N/L never falls while L > 0; claims ≤ received; batch totals match requests; N, L ≥ 0", () => {
    let steps = 0;
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 60, size: "max" }), (ops) => {
        const f = setup();
        const m: Model = { unstaked: new Map(), claimed: new Map() };
        let prev = totals(f);
        for (const o of ops) {
          run(f, m, o);
          steps++;
          const cur = totals(f);
          expect(cur.N >= 0n && cur.L >= 0n).toBe(true);
          // Compare N/L by cross-multiplication. Once L reaches 0 the next stake mints 1:1 again,
          // so the rate legitimately restarts at 1: the comparison only spans periods with L > 0.
          if (prev.L > 0n && cur.L > 0n) expect(cur.N * prev.L >= prev.N * cur.L).toBe(true);
          // unbond(L) = floor(N·L/L) = N, so a full exit leaves no orphaned N behind.
          if (cur.L === 0n) expect(cur.N).toBe(0n);
          prev = cur;

          for (const b of f.q<{ batches: BatchResponse[] }>({ batches: {} }).batches) {
            expect(BigInt(b.batch_total_liquid_stake)).toBe(m.unstaked.get(b.id) ?? 0n);
            if (b.status === "received") {
              expect(m.claimed.get(b.id) ?? 0n).toBeLessThanOrEqual(BigInt(b.received_native_unstaked));
            }
          }
          // The LST of pending requests is held by the contract, nothing else.
          const pending = f.q<BatchResponse>({ pending_batch: {} });
          expect(f.host.balance(CONTRACT, LST)).toBe(BigInt(pending.batch_total_liquid_stake));
        }
      }),
      { numRuns: 1000, seed: 20240601 },
    );
    expect(steps).toBeGreaterThan(10_000);
    expect(reached.submit).toBeGreaterThan(500);
    expect(reached.receive).toBeGreaterThan(200);
    expect(reached.withdraw).toBeGreaterThan(200);
    expect(reached.fullExit).toBeGreaterThan(10);
  }, 120_000);

  it("exercises every stage of the lifecycle", () => {
    // A direct walk so the property above cannot pass vacuously: it needs these paths to work.
    const f = setup();
    f.stake(ALICE, 10_000n);
    f.rewards(1_000n);
    f.unstake(ALICE, 5_000n);
    f.host.advanceSeconds(BATCH_PERIOD);
    f.submit();
    f.host.advanceSeconds(UNBONDING);
    f.receive(1);
    f.exec(ALICE, { withdraw: { batch_id: 1 } });
    expect(f.host.balance(ALICE, IBC_TIA)).toBe(5_450n);
  });
});
