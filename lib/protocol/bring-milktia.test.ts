import { describe, expect, it } from "vitest";
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { SIM_CHANNELS, MILKYWAY_SIM, OSMOSIS_SIM } from "../chains/sim-chains";
import { MILKTIA_ON_MILKYWAY, SIM_LSTS } from "../chains/lsts";
import {
  bringPhase,
  bringTransferMsg,
  checkStep2,
  MILKYWAY_FROM_OSMOSIS_CHANNEL,
  OSMOSIS_TO_MILKYWAY_CHANNEL,
  parsePendingBring,
  pendingBringKey,
  serializePendingBring,
  step2Target,
  TIMEOUT_GRACE_MS,
  type PendingBring,
} from "./bring-milktia";

const milkTia = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;

describe("the Osmosis → MilkyWay route", () => {
  it("uses the simulator's (and doc §0's) direct channel pair", () => {
    const c = SIM_CHANNELS.find((x) => x.a === OSMOSIS_SIM && x.b === MILKYWAY_SIM)!;
    expect(c.aChannel).toBe(OSMOSIS_TO_MILKYWAY_CHANNEL);
    expect(c.bChannel).toBe(MILKYWAY_FROM_OSMOSIS_CHANNEL);
  });
  it("lands as exactly the milkTIA denom the restaking pool takes", () => {
    const path = `transfer/${MILKYWAY_FROM_OSMOSIS_CHANNEL}/${milkTia.lstDenom}`;
    expect(`ibc/${toHex(sha256(new TextEncoder().encode(path))).toUpperCase()}`).toBe(MILKTIA_ON_MILKYWAY);
  });
  it("step 1 is a MsgTransfer of the factory denom with a timeout", () => {
    const m = bringTransferMsg({ milkTiaOnOsmosis: milkTia.lstDenom, amount: 12_500_000n, sender: "osmo1s", receiver: "milk1r", nowMs: 1_000 });
    expect(m.typeUrl).toBe("/ibc.applications.transfer.v1.MsgTransfer");
    expect(m.value).toMatchObject({ sourcePort: "transfer", sourceChannel: "channel-89298", token: { denom: milkTia.lstDenom, amount: "12500000" }, sender: "osmo1s", receiver: "milk1r" });
    expect(m.value.timeoutTimestamp).toBe(BigInt(1_000 + 600_000) * 1_000_000n);
  });
});

describe("the pending step", () => {
  const p: PendingBring = { v: 1, chainId: "milkyway-sim-1", address: "milk1a", amount: 25_000_000n, target: "pool:1", sequence: "7", txHash: "AB", sentMs: 123 };

  it("round-trips through storage text", () => {
    expect(parsePendingBring(serializePendingBring(p), p.chainId, p.address)).toEqual(p);
    expect(pendingBringKey("milkyway-sim-1", "milk1a")).toBe("milkyway:bring-milktia:v1:milkyway-sim-1:milk1a");
  });
  it("ignores another address or network, and anything malformed", () => {
    const raw = serializePendingBring(p);
    expect(parsePendingBring(raw, p.chainId, "milk1b")).toBeNull();
    expect(parsePendingBring(raw, "milkyway", p.address)).toBeNull();
    expect(parsePendingBring("{", p.chainId, p.address)).toBeNull();
    expect(parsePendingBring(null, p.chainId, p.address)).toBeNull();
    for (const bad of [{ amount: "0" }, { amount: "1.5" }, { amount: 5 }, { target: "pool:x" }, { sequence: "" }, { v: 2 }, { sentMs: "1" }]) {
      expect(parsePendingBring(JSON.stringify({ ...JSON.parse(raw), ...bad }), p.chainId, p.address)).toBeNull();
    }
  });
  it("phases follow the receipt on MilkyWay", () => {
    expect(bringPhase(undefined)).toBe("in-flight");
    expect(bringPhase(null)).toBe("in-flight");
    expect(bringPhase("ok")).toBe("arrived");
    expect(bringPhase("error")).toBe("refused");
  });
  it("no receipt past the 10-minute packet timeout (plus clock grace) is timed out and refunded", () => {
    const sentMs = 1_000_000;
    const deadline = sentMs + 600_000 + TIMEOUT_GRACE_MS;
    expect(bringPhase(null, { sentMs, nowMs: deadline - 1 })).toBe("in-flight");
    expect(bringPhase(null, { sentMs, nowMs: deadline })).toBe("timed-out");
    // Not read yet, or no clock: nothing is decided.
    expect(bringPhase(undefined, { sentMs, nowMs: deadline })).toBe("in-flight");
    expect(bringPhase(null, { sentMs, nowMs: null })).toBe("in-flight");
    // A receipt always wins over the clock.
    expect(bringPhase("ok", { sentMs, nowMs: deadline + 1 })).toBe("arrived");
    expect(bringPhase("error", { sentMs, nowMs: deadline + 1 })).toBe("refused");
  });
  it("a saved step-2 target that is gone is reported, never replaced", () => {
    const ts = [{ key: "pool:1" }, { key: "service:2" }];
    expect(step2Target("service:2", ts, true)).toEqual({ kind: "found", target: ts[1] });
    expect(step2Target("operator:9", ts, true)).toEqual({ kind: "gone" });
    expect(step2Target("operator:9", [], false)).toEqual({ kind: "loading" });
  });
  it("step 2 is refused before signing when the milkTIA is no longer there", () => {
    const fmt = (v: bigint) => `${v} u`;
    expect(checkStep2(10n, 10n, fmt)).toEqual({ ok: true });
    expect(checkStep2(10n, 9n, fmt)).toEqual({ ok: false, message: expect.stringContaining("Only 9 u is on MilkyWay now") });
    expect(checkStep2(10n, undefined, fmt).ok).toBe(false);
  });
});
