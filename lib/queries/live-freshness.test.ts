import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { chainMoved, chainsInUse, startLiveHeads } from "./live-freshness";

// Live mode used to poll every query every 6 s (a 1,080-sample rate history included). Now one
// head read per chain in use decides what is stale.
function withQueries() {
  const client = new QueryClient();
  const fetched: string[] = [];
  const observe = (key: unknown[]) => {
    client.setQueryData(key, 1);
    // An active query: something on screen reads it (fresh for this test, so nothing refetches by itself).
    new QueryObserver(client, { queryKey: key, queryFn: async () => (fetched.push(JSON.stringify(key)), 1), staleTime: Infinity }).subscribe(() => undefined);
  };
  observe(["live", "osmosis-1", "bank", "balance", {}]);
  observe(["live", "osmosis-1", "staking", "params", {}]);
  observe(["live", "celestia", "bank", "balance", {}]);
  return { client, fetched };
}

describe("live freshness", () => {
  it("knows which chains something on screen reads", () => {
    expect([...chainsInUse(withQueries().client)].sort()).toEqual(["celestia", "osmosis-1"]);
  });

  it("a moved chain marks its block-bound reads stale, not its parameters or the other chain", async () => {
    const { client, fetched } = withQueries();
    await chainMoved(client, "osmosis-1");
    // Invalidation refetches what is on screen: exactly the moved chain's block-bound read.
    expect(fetched.map((k) => JSON.parse(k).slice(1, 3).join("/"))).toEqual(["osmosis-1/bank"]);
  });

  it("asks each chain's head once a tick, and nothing while the tab is hidden", async () => {
    vi.useFakeTimers();
    const { client } = withQueries();
    let visible = false;
    const heights: string[] = [];
    const stop = startLiveHeads({
      client,
      net: { mode: "live", chainIds: {} as never, rpc: {} },
      keyOf: (id) => (id === "osmosis-1" ? "osmosis" : "celestia"),
      height: async (key) => (heights.push(key), 7),
      visible: () => visible,
      everyMs: 1_000,
    });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(heights).toEqual([]);
    visible = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heights.sort()).toEqual(["celestia", "osmosis"]);
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(heights).toHaveLength(2);
    vi.useRealTimers();
  });
});
