import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";
import { simulatorInvalidator } from "./sim-freshness";

/** A query on screen (an observer) whose answers come when the test says, counting the asks. */
function onScreen(client: QueryClient, chainId: string) {
  const asks: ((v: string) => void)[] = [];
  const observer = new QueryObserver<string>(client, {
    queryKey: ["simulator", chainId, "bank", "balance"],
    queryFn: () => new Promise<string>((resolve) => asks.push(resolve)),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const stop = observer.subscribe(() => undefined);
  return { asks, observer, stop };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
const clients: QueryClient[] = [];
afterEach(() => clients.splice(0).forEach((c) => c.clear()));

describe("a change of the simulated world refreshes the queries on screen", () => {
  it("a read in flight during the change is not cancelled, and is asked again once it answers", async () => {
    const client = new QueryClient();
    clients.push(client);
    const inv = simulatorInvalidator(client);
    const q = onScreen(client, "osmosis-sim-1");
    await settle();
    expect(q.asks).toHaveLength(1);

    // The clock jumps while the first read is out: its answer describes the world before.
    inv.worldChanged(true, new Set());
    await settle();
    expect(q.asks).toHaveLength(1);
    q.asks[0]("before the jump");
    await settle();
    await settle();
    expect(q.asks).toHaveLength(2);
    q.asks[1]("after the jump");
    await settle();
    expect(q.observer.getCurrentResult().data).toBe("after the jump");
    // Asked once more, not again and again.
    await settle();
    expect(q.asks).toHaveLength(2);
    q.stop();
    inv.dispose();
  });

  it("without a write, only the chains that produced a block are read again", async () => {
    const client = new QueryClient();
    clients.push(client);
    const inv = simulatorInvalidator(client);
    const osmosis = onScreen(client, "osmosis-sim-1");
    const celestia = onScreen(client, "celestia-sim-1");
    await settle();
    osmosis.asks[0]("1");
    celestia.asks[0]("1");
    await settle();

    inv.worldChanged(false, new Set(["celestia-sim-1"]));
    await settle();
    expect(celestia.asks).toHaveLength(2);
    expect(osmosis.asks).toHaveLength(1);
    inv.worldChanged(false, new Set());
    await settle();
    expect(celestia.asks).toHaveLength(2);
    osmosis.stop();
    celestia.stop();
    inv.dispose();
  });
});
