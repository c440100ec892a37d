import { QueryClient, QueryObserver } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { canHaveChanged, chainMoved, chainsInUse, SILENT_SOCKET_MS, SOCKET_RETRY_MS, startLiveHeads, type LiveHeadsArgs } from "./live-freshness";
import { HEALTH_CHECK_MS, STALL_AFTER_MS } from "./chain-head";

// Live mode used to poll every query every 6 s (a 1,080-sample rate history included). Now the
// chain's new blocks decide what is stale, and only what they can have changed is asked again.
const ME = "osmo1qypqxpq9qcrsszg2pvxq6rs0zqg3yyc5lzv7xu";
const OTHER = "osmo1zg69v7yszg69v7yszg69v7yszg69v7ys8xdv96";
const CONTRACT = "osmo1kv6yn4sxm8a6t3mhnrl6r9xwfpl24zqg9e2lp8djcptc4gmnu2aqqvkcwq";

function withQueries(t0 = 0) {
  const client = new QueryClient();
  const fetched: string[] = [];
  const observe = (key: unknown[]) => {
    client.setQueryData(key, 1, { updatedAt: t0 });
    // An active query: something on screen reads it (fresh for this test, so nothing refetches by itself).
    new QueryObserver(client, { queryKey: key, queryFn: async () => (fetched.push(`${key[1]}/${key[3]}/${JSON.stringify(key[4])}`), 1), staleTime: Infinity }).subscribe(() => undefined);
  };
  observe(["live", "osmosis-1", "bank", "balance", { address: ME, denom: "uosmo" }]);
  observe(["live", "osmosis-1", "bank", "balance", { address: OTHER, denom: "uosmo" }]);
  observe(["live", "osmosis-1", "liquid-staking", "state", { contract: CONTRACT }]);
  observe(["live", "osmosis-1", "staking", "params", {}]);
  observe(["live", "celestia", "bank", "balance", { address: ME, denom: "utia" }]);
  observe(["live", "babylon", "status", "head", {}]);
  return { client, fetched };
}

afterEach(() => vi.useRealTimers());

describe("what a new block can have changed", () => {
  const key = (op: string, params: Record<string, unknown> = {}, area = "bank") => ["live", "osmosis-1", area, op, params];
  const pushed = (touched: string[], txs = touched.length ? 1 : 0) => ({ height: 9, txs, touched: new Set(touched) });

  it("a read about an account or a contract: when a transaction touched it, at once", () => {
    expect(canHaveChanged(key("balance", { address: ME }), 0, pushed([ME]), 1)).toBe(true);
    expect(canHaveChanged(key("balance", { address: ME }), 0, pushed([OTHER]), 10 * 60_000)).toBe(false);
    expect(canHaveChanged(key("state", { contract: CONTRACT }, "liquid-staking"), 0, pushed([CONTRACT]), 1)).toBe(true);
  });

  it("not again when it was fetched after the block arrived (a transaction's own refetch already has it)", () => {
    expect(canHaveChanged(key("balance", { address: ME }), 5_000, { ...pushed([ME]), sinceMs: 4_000 }, 5_100)).toBe(false);
    expect(canHaveChanged(key("balance", { address: ME }), 3_000, { ...pushed([ME]), sinceMs: 4_000 }, 5_100)).toBe(true);
  });

  it("a chain-wide read: when the block carried a message that changes its area, at most every 30 s", () => {
    const delegation = pushed([OTHER, "/milkyway.restaking.v1.MsgDelegatePool"]);
    expect(canHaveChanged(key("pools", {}, "restaking"), 0, delegation, 29_999)).toBe(false);
    expect(canHaveChanged(key("pools", {}, "restaking"), 0, delegation, 30_000)).toBe(true);
    // A vote or a plain send changes no restaking pool; an empty block nothing.
    expect(canHaveChanged(key("pools", {}, "restaking"), 0, pushed([OTHER, "/cosmos.gov.v1.MsgVote"]), 10 * 60_000)).toBe(false);
    expect(canHaveChanged(key("tally", { id: 3 }, "gov"), 0, pushed([OTHER, "/cosmos.gov.v1.MsgVote"]), 30_000)).toBe(true);
    expect(canHaveChanged(key("tally", { id: 3 }, "gov"), 0, pushed([OTHER, "/cosmos.gov.v1.MsgVote"]), 29_999)).toBe(false);
    expect(canHaveChanged(key("pools", {}, "restaking"), 0, pushed([OTHER, "/cosmos.bank.v1beta1.MsgSend"]), 10 * 60_000)).toBe(false);
    expect(canHaveChanged(key("pools", {}, "restaking"), 0, pushed([]), 10 * 60_000)).toBe(false);
  });

  it("a sweep (the chain's minute is up) refreshes every block-bound read fetched before the blocks; parameters never", () => {
    const sweep = { height: 9, txs: 0, touched: new Set<string>(), sinceMs: 4_000, sweep: true };
    expect(canHaveChanged(key("user-total", { user: ME }, "rewards"), 3_000, sweep, 5_000)).toBe(true);
    expect(canHaveChanged(key("pools", {}, "restaking"), 3_000, sweep, 5_000)).toBe(true);
    expect(canHaveChanged(key("pools", {}, "restaking"), 4_500, sweep, 5_000)).toBe(false);
    expect(canHaveChanged(key("params"), 0, sweep, 5_000)).toBe(false);
  });

  it("parameters and the head never; polled blocks (contents unknown) every 30 s", () => {
    expect(canHaveChanged(key("params"), 0, pushed([ME]), 10 * 60_000)).toBe(false);
    expect(canHaveChanged(key("head", {}, "status"), 0, pushed([ME]), 10 * 60_000)).toBe(false);
    const polled = { height: 9, txs: 0, touched: null };
    expect(canHaveChanged(key("balance", { address: ME }), 0, polled, 29_999)).toBe(false);
    expect(canHaveChanged(key("balance", { address: ME }), 0, polled, 30_000)).toBe(true);
  });

  it("a packet read is about its sequence", () => {
    expect(canHaveChanged(["live", "milkyway", "ibc", "recv-packet", { channel: "channel-0", sequence: 12 }], 0, pushed(["12"]), 1)).toBe(true);
  });
});

describe("live freshness", () => {
  it("knows which chains something on screen reads, and which only for their health", () => {
    expect(Object.fromEntries(chainsInUse(withQueries().client))).toEqual({ "osmosis-1": "reads", celestia: "reads", babylon: "head" });
  });

  it("a block that touched my account refetches my balance only: not another's, not parameters, not the other chain", async () => {
    const { client, fetched } = withQueries();
    await chainMoved(client, "osmosis-1", { height: 9, txs: 1, touched: new Set([ME]) }, 1_000);
    expect(fetched).toEqual([`osmosis-1/balance/${JSON.stringify({ address: ME, denom: "uosmo" })}`]);
  });
});

describe("the watch", () => {
  function harness(opts: { socket: boolean }) {
    vi.useFakeTimers();
    const q = withQueries(Date.now());
    let visible = true;
    let shown: (() => void) | undefined;
    const heights: string[] = [];
    const sockets = new Map<string, Parameters<NonNullable<LiveHeadsArgs["subscribe"]>>[1]>();
    const stop = startLiveHeads({
      client: q.client,
      net: { mode: "live", chainIds: {} as never, rpc: {} },
      keyOf: (id) => (id === "osmosis-1" ? "osmosis" : id === "celestia" ? "celestia" : "babylon"),
      height: async (key) => (heights.push(key), 7 + heights.length),
      subscribe: (key, h) => {
        if (!opts.socket) h.onError(new Error("no websocket"));
        else sockets.set(key, h);
        return () => sockets.delete(key);
      },
      visible: () => visible,
      onShown: (f) => ((shown = f), () => undefined),
      everyMs: 1_000,
    });
    return { ...q, heights, sockets, stop, hide: (v: boolean) => (visible = !v), show: () => ((visible = true), shown?.()) };
  }

  it("with a websocket: asks no heads, and refetches what a pushed block's transaction touched", async () => {
    const h = harness({ socket: true });
    await vi.advanceTimersByTimeAsync(10);
    expect([...h.sockets.keys()].sort()).toEqual(["babylon", "celestia", "osmosis"]);
    const osmosis = h.sockets.get("osmosis")!;
    osmosis.onBlock(100);
    osmosis.onBlock(101);
    osmosis.onTx(101, ["transfer", ME, "5uosmo"]);
    for (let b = 102; b < 106; b++) {
      await vi.advanceTimersByTimeAsync(5_000);
      for (const s of h.sockets.values()) s.onBlock(b);
    }
    expect(h.heights).toEqual([]);
    expect(h.fetched).toEqual([`osmosis-1/balance/${JSON.stringify({ address: ME, denom: "uosmo" })}`]);
    h.stop();
    expect(h.sockets.size).toBe(0);
  });

  it("a socket that stays silent while the chain moves is dropped for polling", async () => {
    const h = harness({ socket: true });
    await vi.advanceTimersByTimeAsync(10);
    await vi.advanceTimersByTimeAsync(SILENT_SOCKET_MS - 1_000);
    expect(h.heights).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    // One check of each silent socket's chain: the first learns the head, the next sees it moved.
    expect(h.heights.sort()).toEqual(["babylon", "celestia", "osmosis"]);
    await vi.advanceTimersByTimeAsync(SILENT_SOCKET_MS);
    expect(h.sockets.size).toBe(0);
    const before = h.heights.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(h.heights.length - before).toBeGreaterThanOrEqual(10);
    h.stop();
  });

  it("a block pushed while a quiet socket's head is being read keeps the socket and its Tx list", async () => {
    vi.useFakeTimers();
    const q = withQueries(Date.now());
    const sockets = new Map<string, Parameters<NonNullable<LiveHeadsArgs["subscribe"]>>[1]>();
    let answer: ((h: number) => void) | undefined;
    let reads = 0;
    const stop = startLiveHeads({
      client: q.client,
      net: { mode: "live", chainIds: {} as never, rpc: {} },
      keyOf: (id) => (id === "osmosis-1" ? "osmosis" : undefined),
      // The first read answers at once; the next one is held until the test answers it.
      height: (key) => (key !== "osmosis" ? Promise.resolve(1) : reads++ === 0 ? Promise.resolve(100) : new Promise<number>((r) => (answer = r))),
      subscribe: (key, h) => (sockets.set(key, h), () => sockets.delete(key)),
      visible: () => true,
      everyMs: 1_000,
    });
    await vi.advanceTimersByTimeAsync(SILENT_SOCKET_MS + 1_000);
    await vi.advanceTimersByTimeAsync(SILENT_SOCKET_MS + 1_000);
    expect(answer).toBeDefined();
    const osmosis = sockets.get("osmosis")!;
    osmosis.onBlock(101);
    osmosis.onTx(101, ["transfer", ME, "5uosmo"]);
    answer!(101);
    await vi.advanceTimersByTimeAsync(1_000);
    expect([...sockets.keys()]).toEqual(["osmosis"]);
    expect(q.fetched).toEqual([`osmosis-1/balance/${JSON.stringify({ address: ME, denom: "uosmo" })}`]);
    stop();
  });

  it("once a minute per chain, every block-bound read together, even in empty blocks", async () => {
    const h = harness({ socket: true });
    await vi.advanceTimersByTimeAsync(10);
    const osmosis = h.sockets.get("osmosis")!;
    const celestia = h.sockets.get("celestia")!;
    for (let b = 100; b < 112; b++) {
      osmosis.onBlock(b);
      // Celestia's socket delivers too (a silent one would have its head read).
      if (b > 100) celestia.onBlock(b - 100);
      await vi.advanceTimersByTimeAsync(5_000);
    }
    expect(h.fetched).toEqual([]);
    osmosis.onBlock(112);
    await vi.advanceTimersByTimeAsync(5_000);
    // Both osmosis balances and the contract's state; not its parameters, not another chain.
    expect(h.fetched.map((f) => f.split("/")[1]).sort()).toEqual(["balance", "balance", "state"]);
    h.stop();
  });

  it("hidden: nothing is asked; shown again, what moved meanwhile is caught up once", async () => {
    const h = harness({ socket: true });
    await vi.advanceTimersByTimeAsync(10);
    h.hide(true);
    const osmosis = h.sockets.get("osmosis")!;
    osmosis.onBlock(100);
    for (let b = 101; b < 110; b++) {
      osmosis.onBlock(b);
      osmosis.onTx(b, [ME]);
    }
    await vi.advanceTimersByTimeAsync(120_000);
    expect(h.heights).toEqual([]);
    expect(h.fetched).toEqual([]);
    h.show();
    await vi.advanceTimersByTimeAsync(10);
    // Two minutes hidden: the sweep is due, so each block-bound read once, my balance among them.
    expect(h.fetched).toHaveLength(3);
    expect(new Set(h.fetched).size).toBe(3);
    expect(h.fetched).toContain(`osmosis-1/balance/${JSON.stringify({ address: ME, denom: "uosmo" })}`);
    h.stop();
  });

  it("without a websocket: one head read per chain with reads each tick; a health-only chain every HEALTH_POLL_MS", async () => {
    const h = harness({ socket: false });
    await vi.advanceTimersByTimeAsync(10);
    await vi.advanceTimersByTimeAsync(10_000);
    const count = (k: string) => h.heights.filter((x) => x === k).length;
    expect(count("osmosis")).toBe(11);
    expect(count("celestia")).toBe(11);
    expect(count("babylon")).toBe(1);
    h.hide(true);
    const before = h.heights.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.heights.length).toBe(before);
    h.stop();
  });
});

describe("heads for the stalled-chains notice", () => {
  // The notice names a chain whose head it has not seen change for STALL_AFTER_MS, and it looks
  // every HEALTH_CHECK_MS: a moving chain's head must be learnt again sooner than the difference,
  // whatever carries it, or a healthy chain is named (with pushes on, once every chain was).
  const MARGIN = STALL_AFTER_MS - HEALTH_CHECK_MS;
  const KEY = { "osmosis-1": "osmosis", celestia: "celestia", babylon: "babylon" } as const;

  function watch(opts: { socket: boolean; halted?: string; hung?: string }) {
    vi.useFakeTimers();
    const t0 = Date.now();
    const q = withQueries(t0);
    const learnt: Record<string, number[]> = { osmosis: [], celestia: [], babylon: [] };
    const height = { value: 100 };
    const sockets = new Map<string, Parameters<NonNullable<LiveHeadsArgs["subscribe"]>>[1]>();
    const stop = startLiveHeads({
      client: q.client,
      net: { mode: "live", chainIds: {} as never, rpc: {} },
      keyOf: (id) => KEY[id as keyof typeof KEY],
      // The default cadence (no everyMs): the margin depends on it.
      height: (key) => {
        if (key === opts.hung) return new Promise<number>(() => undefined);
        learnt[key].push(Date.now());
        return Promise.resolve(key === opts.halted ? 50 : ++height.value);
      },
      subscribe: (key, h) => {
        if (!opts.socket) h.onError(new Error("no websocket"));
        else sockets.set(key, h);
        return () => sockets.delete(key);
      },
      onHeight: (key) => learnt[key].push(Date.now()),
      visible: () => true,
    });
    const worstGap = (key: string) => {
      const times = [t0, ...learnt[key], Date.now()];
      return Math.max(...times.slice(1).map((t, i) => t - times[i]));
    };
    return { learnt, sockets, stop, worstGap, height };
  }

  it("a socket that stops delivering while its chain moves: the head is read again in time, then polled", async () => {
    const w = watch({ socket: true, halted: "celestia" });
    await vi.advanceTimersByTimeAsync(10);
    for (let b = 0; b < 5; b++) {
      for (const [key, s] of w.sockets) if (key !== "celestia") s.onBlock(++w.height.value);
      await vi.advanceTimersByTimeAsync(6_000);
    }
    // Silent from here on; osmosis and babylon keep moving underneath, celestia is halted.
    await vi.advanceTimersByTimeAsync(180_000);
    expect(w.worstGap("osmosis")).toBeLessThan(MARGIN);
    expect(w.worstGap("babylon")).toBeLessThan(MARGIN);
    // The halted chain's socket is kept: silence is what a halted chain sends.
    expect([...w.sockets.keys()]).toEqual(["celestia"]);
    w.stop();
  });

  it("without a websocket, a chain watched only for its health is polled in time", async () => {
    const w = watch({ socket: false });
    await vi.advanceTimersByTimeAsync(180_000);
    expect(w.worstGap("babylon")).toBeLessThan(MARGIN);
    expect(w.worstGap("osmosis")).toBeLessThan(MARGIN);
    w.stop();
  });

  it("a node that never answers holds up its own chain's reads only", async () => {
    const w = watch({ socket: false, hung: "osmosis" });
    await vi.advanceTimersByTimeAsync(180_000);
    expect(w.learnt.osmosis).toEqual([]);
    expect(w.worstGap("celestia")).toBeLessThan(MARGIN);
    expect(w.worstGap("babylon")).toBeLessThan(MARGIN);
    w.stop();
  });

  it("a failed socket is tried again after SOCKET_RETRY_MS, and polling stops while it delivers", async () => {
    let fail = true;
    vi.useFakeTimers();
    const q = withQueries(Date.now());
    const reads: string[] = [];
    const sockets = new Map<string, Parameters<NonNullable<LiveHeadsArgs["subscribe"]>>[1]>();
    let opened = 0;
    const stop = startLiveHeads({
      client: q.client,
      net: { mode: "live", chainIds: {} as never, rpc: {} },
      keyOf: (id) => KEY[id as keyof typeof KEY],
      height: async (key) => (reads.push(key), 100 + reads.length),
      subscribe: (key, h) => {
        opened++;
        if (fail) h.onError(new Error("the node closed the websocket"));
        else sockets.set(key, h);
        return () => sockets.delete(key);
      },
      visible: () => true,
    });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(opened).toBe(3);
    fail = false;
    await vi.advanceTimersByTimeAsync(SOCKET_RETRY_MS - 60_000 - 7_000);
    expect(opened).toBe(3);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(opened).toBe(6);
    const before = reads.length;
    for (let b = 0; b < 10; b++) {
      for (const s of sockets.values()) s.onBlock(1_000 + b);
      await vi.advanceTimersByTimeAsync(6_000);
    }
    expect(reads.length).toBe(before);
    stop();
  });
});
