import { describe, expect, it } from "vitest";
import { SdkError } from "../../errors";
import { delegatePool, undelegatePool } from "./delegation";
import { delegationKey, POOL } from "./state";
import { addr, makeWorld } from "./test-world";
import { MsgUndelegateResponse } from "../../../cosmos/proto/gen/milkyway/restaking/v1/messages";
import { restakingMsgs } from "./msgs";

const ALICE = addr(1);
const HOUR = 3_600_000;
const UNBONDING_MS = 259_200_000;

function world() {
  const tw = makeWorld({ params: { allowedDenoms: [] } });
  tw.fund(ALICE, 1_000_000n, "uaaa");
  tw.tx((c) => delegatePool(c, ALICE, { denom: "uaaa", amount: 100_000n }));
  return tw;
}

describe("unbonding", () => {
  it("allows 7 entries per (delegator, target) and refuses the 8th", () => {
    const tw = world();
    for (let i = 0; i < 7; i++) {
      tw.tx((c) => undelegatePool(c, ALICE, { denom: "uaaa", amount: 1_000n }));
      tw.advance(HOUR);
    }
    const before = tw.st().pools[1].tokens;
    let err: unknown;
    try {
      tw.tx((c) => undelegatePool(c, ALICE, { denom: "uaaa", amount: 1_000n }));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SdkError);
    expect((err as SdkError).codespace).toBe("restaking");
    expect((err as SdkError).code).toBe(16);
    expect((err as SdkError).message).toBe(
      "too many unbonding delegation entries for (delegator, delegation target) tuple",
    );
    expect(tw.st().pools[1].tokens).toBe(before);
    expect(tw.st().unbondings[delegationKey(POOL, 1, ALICE)].entries.map((e) => e.unbondingId)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("merges entries of the same block and completion time, still consuming an unbonding id", () => {
    const tw = world();
    tw.tx((c) => undelegatePool(c, ALICE, { denom: "uaaa", amount: 1_000n }));
    tw.tx((c) => undelegatePool(c, ALICE, { denom: "uaaa", amount: 2_000n }));
    tw.advance(HOUR);
    tw.tx((c) => undelegatePool(c, ALICE, { denom: "uaaa", amount: 4_000n }));
    const entries = tw.st().unbondings[delegationKey(POOL, 1, ALICE)].entries;
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ balance: { uaaa: 3_000n }, initialBalance: { uaaa: 3_000n }, unbondingId: 1 });
    expect(entries[1]).toMatchObject({ balance: { uaaa: 4_000n }, unbondingId: 3 });
    expect(tw.st().lastUnbondingId).toBe(3);
  });

  it("pays matured entries from the pool address in EndBlock, and answers with the completion time", () => {
    const tw = world();
    const poolAddr = tw.st().pools[1].address;
    const ctx = tw.ctx();
    const route = restakingMsgs["/milkyway.restaking.v1.MsgUndelegatePool"];
    const resp = MsgUndelegateResponse.decode(
      ctx.atomic(() => route.handle(ctx, { delegator: ALICE, amount: { denom: "uaaa", amount: "10000" } })),
    );
    const completion = tw.chain.timeMs + UNBONDING_MS;
    expect(Number(resp.completionTime.seconds) * 1000).toBe(completion);
    const unbond = ctx.events.find((e) => e.type === "unbond_pool")!;
    expect(unbond.attributes.find((a) => a.key === "completion_time")!.value).toBe(new Date(completion).toISOString().replace(".000", ""));

    expect(tw.balance(ALICE, "uaaa")).toBe(900_000n);
    expect(tw.balance(poolAddr, "uaaa")).toBe(100_000n);
    // The block at completion time has begun, but payouts happen in its EndBlock.
    tw.advance(UNBONDING_MS);
    expect(tw.chain.timeMs).toBe(completion);
    expect(tw.balance(ALICE, "uaaa")).toBe(900_000n);
    tw.advance(1);
    expect(tw.balance(ALICE, "uaaa")).toBe(910_000n);
    expect(tw.balance(poolAddr, "uaaa")).toBe(90_000n);
    expect(tw.st().unbondings[delegationKey(POOL, 1, ALICE)]).toBeUndefined();
  });
});
