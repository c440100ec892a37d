import { describe, expect, it } from "vitest";
import { ibcDenom } from "./derive";
import { SIM_LSTS } from "./lsts";
import { chainKeyOfSim } from "./networks";
import { SIM_CHANNELS } from "./sim-chains";
import { movableTokens, placeOn, routeBetween, type Hop } from "./token-places";

const tokens = movableTokens(SIM_LSTS);
const token = (symbol: string) => tokens.find((t) => t.symbol === symbol)!;

/** The channel at the other end of a hop, from the simulator's own channel table. */
function counterparty(h: Hop): string | undefined {
  for (const c of SIM_CHANNELS) {
    if (chainKeyOfSim(c.a) === h.from.key && c.aChannel === h.channel && chainKeyOfSim(c.b) === h.to.key) return c.bChannel;
    if (chainKeyOfSim(c.b) === h.from.key && c.bChannel === h.channel && chainKeyOfSim(c.a) === h.to.key) return c.aChannel;
  }
  return undefined;
}

describe("token places and the hops between them", () => {
  it.each(tokens.map((t) => [t.symbol, t] as const))("%s: every hop is a real channel and lands as ICS-20 says", (_s, t) => {
    for (const h of t.hops) {
      const back = counterparty(h);
      expect(back, `${t.symbol} ${h.from.key}/${h.channel}`).toBeDefined();
      // Sending a chain's own denom makes a voucher named by the receiving end's path;
      // sending a voucher back through the channel it came in on unwinds it.
      const sendsVoucherHome = t.hops.some((o) => o.from.key === h.to.key && o.to.key === h.from.key && o.to.denom === h.from.denom && ibcDenom(`transfer/${counterparty(o)}/${h.to.denom}`) === h.from.denom);
      if (!sendsVoucherHome) expect(h.to.denom).toBe(ibcDenom(`transfer/${back}/${h.from.denom}`));
    }
  });

  it("milkTIA on Celestia reaches MilkyWay through Osmosis, as the denom the restaking pool takes", () => {
    const route = routeBetween(token("milkTIA"), "celestia", "milkyway")!;
    expect(route.map((h) => `${h.from.key}→${h.to.key}`)).toEqual(["celestia→osmosis", "osmosis→milkyway"]);
    expect(route[1].to.denom).toBe("ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F");
  });

  it("every place of every token reaches every other", () => {
    for (const t of tokens) for (const a of t.places) for (const b of t.places) expect(routeBetween(t, a.key, b.key), `${t.symbol} ${a.key}→${b.key}`).not.toBeNull();
  });

  it("says where a token cannot be", () => {
    expect(placeOn(token("milkBABY"), "osmosis")).toBeUndefined();
    expect(routeBetween(token("milkBABY"), "milkyway", "osmosis")).toBeNull();
    expect(routeBetween(token("TIA"), "celestia", "celestia")).toEqual([]);
  });
});
