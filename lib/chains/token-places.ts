/**
 * Where each token of the product can be held, and the IBC hops between those places. A token
 * moves only along the paths that keep it the same asset: a voucher goes back the way it came
 * (unwinding) before it goes anywhere else, so milkTIA on Celestia reaches MilkyWay through
 * Osmosis and lands as the one denom the restaking pool takes, never as a second-hop voucher.
 */
import { MILKTIA_ON_MILKYWAY, type LstRecord } from "./lsts";
import { chainKeyOfSim } from "./networks";
import { SIM_LSTS } from "./lsts";
import type { ChainKey } from "../stores/network-store";

/** milkTIA's channel from Osmosis to MilkyWay, and back (protocol doc §0). */
const OSMOSIS_TO_MILKYWAY = "channel-89298";
const MILKYWAY_TO_OSMOSIS = "channel-0";

export interface Place {
  key: ChainKey;
  denom: string;
}

export interface Hop {
  from: Place;
  to: Place;
  /** The channel on the sending chain. */
  channel: string;
  /** The channel on the receiving chain: where its receipt of the packet is written. */
  dstChannel: string;
}

export interface MovableToken {
  symbol: string;
  decimals: number;
  places: ReadonlyArray<Place>;
  hops: ReadonlyArray<Hop>;
}

/** Both directions of one channel pair. */
function link(a: Place, aChannel: string, b: Place, bChannel: string): Hop[] {
  return [
    { from: a, to: b, channel: aChannel, dstChannel: bChannel },
    { from: b, to: a, channel: bChannel, dstChannel: aChannel },
  ];
}

function keyOf(lst: LstRecord, side: "protocol" | "native"): ChainKey {
  // LstRecord chain-ids differ per network; the simulator record's ids name the roles.
  const sim = SIM_LSTS.find((l) => l.symbol === lst.symbol)!;
  return chainKeyOfSim(side === "protocol" ? sim.chainId : sim.nativeChainId);
}

/** The native token and the LST of one deployment, with every place each can be. */
export function movableTokensOf(lst: LstRecord): [MovableToken, MovableToken] {
  const protocol = keyOf(lst, "protocol");
  const native = keyOf(lst, "native");
  const nativeHome = { key: native, denom: lst.nativeDenom };
  const nativeAway = { key: protocol, denom: lst.ibcDenom };
  const lstHome = { key: protocol, denom: lst.lstDenom };
  const lstOnNative = { key: native, denom: lst.lstOnNativeDenom };
  const lstPlaces: Place[] = [lstHome, lstOnNative];
  const lstHops: Hop[] = link(lstHome, lst.protocolChannel, lstOnNative, lst.nativeChannel);
  if (lst.symbol === "milkTIA") {
    const onMilkyway = { key: "milkyway" as const, denom: MILKTIA_ON_MILKYWAY };
    lstPlaces.push(onMilkyway);
    lstHops.push(...link(lstHome, OSMOSIS_TO_MILKYWAY, onMilkyway, MILKYWAY_TO_OSMOSIS));
  }
  return [
    { symbol: lst.nativeSymbol, decimals: lst.decimals, places: [nativeHome, nativeAway], hops: link(nativeHome, lst.nativeChannel, nativeAway, lst.protocolChannel) },
    { symbol: lst.symbol, decimals: lst.decimals, places: lstPlaces, hops: lstHops },
  ];
}

/** Every token that can move, across every deployment of the network. */
export function movableTokens(lsts: ReadonlyArray<LstRecord>): MovableToken[] {
  return lsts.flatMap((l) => movableTokensOf(l));
}

/** The token's place on a chain, if it can be there. */
export function placeOn(t: MovableToken, key: ChainKey): Place | undefined {
  return t.places.find((p) => p.key === key);
}

/** The fewest hops from one chain to another (breadth first); [] when equal, null when unreachable. */
export function routeBetween(t: MovableToken, from: ChainKey, to: ChainKey): Hop[] | null {
  if (from === to) return [];
  const prev = new Map<ChainKey, Hop>();
  const queue: ChainKey[] = [from];
  const seen = new Set<ChainKey>([from]);
  while (queue.length) {
    const at = queue.shift()!;
    for (const h of t.hops) {
      if (h.from.key !== at || seen.has(h.to.key)) continue;
      seen.add(h.to.key);
      prev.set(h.to.key, h);
      if (h.to.key === to) {
        const route: Hop[] = [];
        for (let k: ChainKey = to; k !== from; k = prev.get(k)!.from.key) route.unshift(prev.get(k)!);
        return route;
      }
      queue.push(h.to.key);
    }
  }
  return null;
}
