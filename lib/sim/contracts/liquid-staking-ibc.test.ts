import { describe, expect, it } from "vitest";
import {
  ALICE,
  ALICE_CELESTIA,
  BOB,
  CHANNEL,
  CONTRACT,
  IBC_TIA,
  LST,
  MONITOR,
  STAKER,
  attrs,
  setup,
  type Fixture,
} from "./liquid-staking-fixture";
import type { IbcQueueEntry } from "./liquid-staking-query";

const queue = (f: Fixture) => f.q<{ ibc_queue: IbcQueueEntry[] }>({ ibc_queue: {} }).ibc_queue;

const ack = (sequence: number, success: boolean, channel = CHANNEL) => ({
  ibc_lifecycle_complete: { ibc_ack: { channel, sequence, ack: success ? "AQ==" : "error", success } },
});
const timeout = (sequence: number, channel = CHANNEL) => ({ ibc_lifecycle_complete: { ibc_timeout: { channel, sequence } } });

/** A failed packet: the ICS-20 refund lands in the contract before the callback runs. */
function fail(f: Fixture, sequence: number, how: "ack" | "timeout") {
  const t = f.host.records.ibc.find((r) => r.sequence === sequence)!;
  f.host.fund(CONTRACT, t.coin.denom, t.coin.amount);
  f.host.sudo(CONTRACT, how === "ack" ? ack(sequence, false) : timeout(sequence));
}

describe("ibc_lifecycle_complete", () => {
  it("deletes on success, marks ack_failure and timed_out, and leaves N alone", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.stake(ALICE, 2000);
    f.stake(ALICE, 3000);
    const [s1, s2, s3] = f.host.records.ibc.map((t) => t.sequence);
    // ibc.rs:24-65 receive_ack
    expect(attrs(f.host.sudo(CONTRACT, ack(s1, true)))).toEqual([
      ["action", "receive_ack"],
      ["msg", "success"],
    ]);
    fail(f, s2, "ack");
    fail(f, s3, "timeout");
    expect(queue(f).map((p) => [p.sequence, p.status])).toEqual([
      [s2, "ack_failure"],
      [s3, "timed_out"],
    ]);
    expect(f.state().total_native_token).toBe("6000");
  });

  it("answers success with an error attribute for another channel or an unknown sequence", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    const [s1] = f.host.records.ibc.map((t) => t.sequence);
    // ibc.rs:35-41, 47-50, 74-79, 84-88
    expect(attrs(f.host.sudo(CONTRACT, ack(s1, false, "channel-1")))).toEqual([
      ["action", "receive_ack"],
      ["channel", "channel-1"],
      ["error", "received ack for different channel"],
    ]);
    expect(attrs(f.host.sudo(CONTRACT, ack(999, true)))).toEqual([
      ["action", "receive_ack"],
      ["msg", "received unexpected ack"],
    ]);
    expect(attrs(f.host.sudo(CONTRACT, timeout(s1, "channel-1")))).toEqual([
      ["action", "receive_timeout"],
      ["error", "received timeout for different channel"],
    ]);
    expect(attrs(f.host.sudo(CONTRACT, timeout(999)))).toEqual([
      ["action", "receive_timeout"],
      ["error", "received unexpected timeout"],
    ]);
    expect(queue(f)[0].status).toBe("sent");
  });
});

describe("recover_pending_ibc_transfers", () => {
  it("re-sends every failed packet of the staker as one transfer per denom", () => {
    const f = setup();
    for (const a of [1000, 2000, 3000]) f.stake(ALICE, a);
    const [s1, s2, s3] = f.host.records.ibc.map((t) => t.sequence);
    expect(() => f.exec(BOB, { recover_pending_ibc_transfers: {} })).toThrow(/^No inflight packages to recover$/);
    fail(f, s1, "ack");
    fail(f, s3, "timeout");
    const res = f.exec(BOB, { recover_pending_ibc_transfers: {} });
    expect(attrs(res)).toEqual([
      ["action", "recover"],
      ["packets", "2"],
    ]);
    const resent = f.host.records.ibc.at(-1)!;
    expect(resent).toMatchObject({ receiver: STAKER, coin: { denom: IBC_TIA, amount: 4000n }, channel: CHANNEL, callback: true });
    expect(queue(f)).toEqual([
      { sequence: s2, amount: { denom: IBC_TIA, amount: "2000" }, receiver: STAKER, status: "sent" },
      { sequence: resent.sequence, amount: { denom: IBC_TIA, amount: "4000" }, receiver: STAKER, status: "sent" },
    ]);
    expect(f.host.balance(CONTRACT, IBC_TIA)).toBe(0n);
  });

  it("checks selected packets: status, receiver, existence", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    f.stake(BOB, 1000, { mint_to: ALICE_CELESTIA });
    const [stakeA, stakeB, lstToAlice] = f.host.records.ibc.map((t) => t.sequence);
    fail(f, stakeA, "ack");
    fail(f, lstToAlice, "timeout");
    const recover = (m: object) => f.exec(BOB, { recover_pending_ibc_transfers: m });
    expect(() => recover({ selected_packets: [stakeB] })).toThrow(
      new RegExp(`^Can't recover packet ${stakeB} because is not failed or timed out$`),
    );
    expect(() => recover({ selected_packets: [stakeA, lstToAlice] })).toThrow(/^Can't recover packets with different receivers$/);
    expect(() => recover({ selected_packets: [4242] })).toThrow("staking::state::ibc::IBCTransfer not found");

    // The default receiver is the staker, so Alice's LST packet is not touched without `receiver`.
    recover({});
    expect(queue(f).find((p) => p.sequence === lstToAlice)?.status).toBe("timed_out");
    const res = recover({ selected_packets: [lstToAlice, lstToAlice], receiver: ALICE_CELESTIA });
    expect(attrs(res)).toContainEqual(["packets", "1"]);
    expect(f.host.records.ibc.at(-1)).toMatchObject({ receiver: ALICE_CELESTIA, coin: { denom: LST, amount: 1000n } });
    expect(queue(f).some((p) => p.sequence === lstToAlice)).toBe(false);
  });

  it("paginated takes the oldest 10 failed packets", () => {
    const f = setup();
    for (let i = 0; i < 12; i++) f.stake(ALICE, 100 + i);
    const seqs = f.host.records.ibc.map((t) => t.sequence);
    for (const s of seqs) fail(f, s, "timeout");
    const res = f.exec(BOB, { recover_pending_ibc_transfers: { paginated: true } });
    expect(attrs(res)).toContainEqual(["packets", "10"]);
    const expectedSum = Array.from({ length: 10 }, (_, i) => 100n + BigInt(i)).reduce((a, b) => a + b);
    expect(f.host.records.ibc.at(-1)!.coin.amount).toBe(expectedSum);
    const left = queue(f).filter((p) => p.status === "timed_out").map((p) => p.sequence);
    expect(left).toEqual(seqs.slice(10));
  });

  it("works while the contract is stopped", () => {
    const f = setup();
    f.stake(ALICE, 1000);
    fail(f, f.host.records.ibc[0].sequence, "ack");
    f.exec(MONITOR, { circuit_breaker: {} });
    expect(attrs(f.exec(BOB, { recover_pending_ibc_transfers: {} }))).toContainEqual(["packets", "1"]);
  });
});
