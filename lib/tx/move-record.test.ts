// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { moveProgressKey, parseMoveProgress, readMoveProgressRaw, subscribeMoveProgress, writeMoveProgress } from "../stores/move-progress";
import { recordMoveOutcome } from "./move-record";
import { loadOneClickTrack, subscribeOneClickTrack } from "../stores/one-click-track";
import { SIM_LSTS } from "../chains/lsts";

const scope = { mode: "simulator" as const, lstSymbol: "restake-bring-milkTIA", address: "celestia1user" };
const saved = () => parseMoveProgress(readMoveProgressRaw(moveProgressKey(scope)));
const sent = { symbol: "milkTIA", from: "osmosis" as const, to: "milkyway" as const, amount: 3n, hop: 0, baseline: 1n, sentMs: 5 };
const packet = (channel: string, sequence: string) => ({ type: "send_packet", attributes: [{ key: "packet_src_channel", value: channel }, { key: "packet_sequence", value: sequence }] });

afterEach(() => localStorage.clear());

describe("what a transaction's inclusion records in a saved move", () => {
  it("a hop: sent, with the sequence of its own channel's packet only", () => {
    recordMoveOutcome({ kind: "hop-sent", scope, progress: sent, channel: "channel-1" }, { events: [packet("channel-9", "4"), packet("channel-1", "12")] });
    expect(saved()).toEqual({ ...sent, sent: true, sequence: "12" });
    // No packet on its channel: tracked by the destination balance, never by another packet's sequence.
    recordMoveOutcome({ kind: "hop-sent", scope, progress: sent, channel: "channel-1" }, { events: [packet("channel-9", "4")] });
    expect(saved()).toEqual({ ...sent, sent: true });
  });

  it("the step that finishes the flow forgets it and the earlier version's save, and readers hear of it", () => {
    writeMoveProgress(scope, { ...sent, sent: true });
    localStorage.setItem("legacy", "{}");
    let heard = 0;
    const stop = subscribeMoveProgress(() => heard++);
    recordMoveOutcome({ kind: "finished", scope, legacyKey: "legacy" }, { events: [] });
    stop();
    expect(saved()).toBeNull();
    expect(localStorage.getItem("legacy")).toBeNull();
    expect(heard).toBe(1);
  });

  it("a one-click stake: its own channel's packet (and when it was sent) becomes the saved track, and a Stake screen already showing hears of it", () => {
    const lst = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
    const trackScope = { mode: "simulator" as const, lst, address: "celestia1user" };
    const dest = { key: "celestia" as const, address: "celestia1user", denom: "ibc/MILKTIA" };
    recordMoveOutcome({ kind: "one-click-sent", scope: trackScope, channel: lst.nativeChannel, dest, baseline: 7n, sentMs: 1_700_000_000_000 }, { events: [packet("channel-99", "3")] });
    expect(loadOneClickTrack(trackScope)).toBeNull();
    let heard = 0;
    const stop = subscribeOneClickTrack(() => heard++);
    recordMoveOutcome({ kind: "one-click-sent", scope: trackScope, channel: lst.nativeChannel, dest, baseline: 7n, sentMs: 1_700_000_000_000 }, { events: [packet("channel-99", "3"), packet(lst.nativeChannel, "21")] });
    stop();
    expect(loadOneClickTrack(trackScope)).toEqual({ lst, sequence: "21", dest, baseline: 7n, sentMs: 1_700_000_000_000 });
    expect(heard).toBe(1);
  });
});
