import { describe, expect, it } from "vitest";
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { CELESTIA_SIM, SIM_CHANNELS, MILKYWAY_SIM, OSMOSIS_SIM } from "../chains/sim-chains";
import { MILKTIA_ON_MILKYWAY, SIM_LSTS } from "../chains/lsts";
import { movableTokensOf, routeBetween } from "../chains/token-places";
import { checkStep2, step2Target } from "./bring-milktia";

// Protocol doc §0: the direct Osmosis ↔ MilkyWay channel.
const OSMOSIS_TO_MILKYWAY_CHANNEL = "channel-89298";
const MILKYWAY_FROM_OSMOSIS_CHANNEL = "channel-0";

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
  it("the move from Osmosis is one transfer over that pair; from Celestia it unwinds through Osmosis first", () => {
    const token = movableTokensOf(milkTia)[1];
    const direct = routeBetween(token, "osmosis", "milkyway")!;
    expect(direct.map((h) => [h.from.key, h.to.key, h.channel, h.dstChannel, h.to.denom])).toEqual([["osmosis", "milkyway", OSMOSIS_TO_MILKYWAY_CHANNEL, MILKYWAY_FROM_OSMOSIS_CHANNEL, MILKTIA_ON_MILKYWAY]]);
    expect(direct[0].from.denom).toBe(milkTia.lstDenom);
    const unwind = routeBetween(token, "celestia", "milkyway")!;
    expect(unwind.map((h) => [h.from.key, h.to.key])).toEqual([["celestia", "osmosis"], ["osmosis", "milkyway"]]);
    // Each hop's receipt is looked for on the channel the other side of the one it was sent on.
    const c = SIM_CHANNELS.find((x) => x.a === CELESTIA_SIM && x.b === OSMOSIS_SIM)!;
    expect([unwind[0].channel, unwind[0].dstChannel]).toEqual([c.aChannel, c.bChannel]);
  });
});

describe("the restake after the move", () => {
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
