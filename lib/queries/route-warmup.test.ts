import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { lstsFor, type NetworkSnapshot } from "../chains/networks";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { hashQueryKey } from "./keys";

const calls: string[] = [];
let failParams = false;
vi.mock("../reads/run", () => ({
  read: async (name: string) => {
    calls.push(name);
    if (name === "govParams") {
      if (failParams) throw new Error("node down");
      return { depositDenom: "umilk" };
    }
    return { name };
  },
}));

const { prefetchRouteReads, routeQueries } = await import("./route-warmup");
const { poolsQuery } = await import("./restaking");
const { proposalsQuery } = await import("./gov");
const { lstStateQuery } = await import("./liquid-staking");

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const client = () => new QueryClient({ defaultOptions: { queries: { queryKeyHashFn: hashQueryKey, retry: false, staleTime: Number.POSITIVE_INFINITY } } });

describe("prefetchRouteReads", () => {
  it("fills the cache under the keys the screens read, proposals after the params they need", async () => {
    calls.length = 0;
    failParams = false;
    const c = client();
    await prefetchRouteReads(c, net);
    expect(c.getQueryData(poolsQuery(net).queryKey)).toEqual({ name: "pools" });
    for (const l of lstsFor(net)) expect(c.getQueryData(lstStateQuery(net, l).queryKey)).toEqual({ name: "lstState" });
    expect(c.getQueryData(proposalsQuery(net, "umilk").queryKey)).toEqual({ name: "proposals" });
    expect(calls.indexOf("govParams")).toBeLessThan(calls.indexOf("proposals"));
  });

  it("reads nothing already cached and fresh (a second warm-up is free)", async () => {
    failParams = false;
    const c = client();
    await prefetchRouteReads(c, net);
    calls.length = 0;
    await prefetchRouteReads(c, net);
    expect(calls).toEqual([]);
  });

  it("never throws: a failed read is left for its screen", async () => {
    calls.length = 0;
    failParams = true;
    const c = client();
    await expect(prefetchRouteReads(c, net)).resolves.toBeUndefined();
    expect(calls).not.toContain("proposals");
    expect(c.getQueryData(poolsQuery(net).queryKey)).toEqual({ name: "pools" });
  });

  it("keys only simulator reads", () => {
    for (const q of routeQueries(net).direct) expect(q.queryKey[0]).toBe("simulator");
  });
});
