import { skipToken } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import type { NetworkSnapshot } from "../chains/networks";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { hashQueryKey } from "./keys";
import { gammCalcExitQuery, POOLS_AREA, swapQuoteQuery } from "./osmosis-pools";

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const q = (poolId: bigint | undefined, amount: bigint | undefined) =>
  swapQuoteQuery(net, poolId, amount === undefined ? undefined : { denom: "ibc/TIA", amount }, "milk", "milk", "ibc/TIA");

describe("pool query factories", () => {
  it("ask nothing without a pool or a positive amount", () => {
    expect(q(undefined, 1n).queryFn).toBe(skipToken);
    expect(q(1475n, 0n).queryFn).toBe(skipToken);
    expect(q(1475n, undefined).queryFn).toBe(skipToken);
    expect(q(1475n, 1n).queryFn).not.toBe(skipToken);
    expect(gammCalcExitQuery(net, 2002n, 0n).queryFn).toBe(skipToken);
  });
  it("key every quote by pool and amount under the area a pool tx invalidates, on Osmosis", () => {
    const a = q(1475n, 1n).queryKey;
    expect(a.slice(0, 3)).toEqual(["simulator", SIMULATOR_CHAIN_IDS.osmosis, POOLS_AREA]);
    expect(hashQueryKey(a)).not.toBe(hashQueryKey(q(1475n, 2n).queryKey));
    expect(hashQueryKey(a)).not.toBe(hashQueryKey(q(1335n, 1n).queryKey));
  });
});
