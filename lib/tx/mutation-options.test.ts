import { MutationObserver, QueryClient, QueryObserver } from "@tanstack/react-query";
import { toBech32 } from "@cosmjs/encoding";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { describe, expect, it } from "vitest";
import { lstBySymbol, type NetworkSnapshot } from "../chains/networks";
import { liquidStakeMsg } from "../protocol/liquid-staking";
import { voteMsg } from "../protocol/gov";
import { LIVE_CHAIN_IDS, SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import type { Toast } from "../stores/toast-store";
import { WalletSignError, TxFailedError, type executeTx } from "./execute";
import type { MoveRecord } from "./move-record";
import { txMutationOptions, type TxRequest } from "./mutation-options";

const SIM: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const LIVE: NetworkSnapshot = { mode: "live", chainIds: LIVE_CHAIN_IDS, rpc: {} };
const osmo = toBech32("osmo", new Uint8Array(20).fill(7));
const milk = toBech32("milk", new Uint8Array(20).fill(7));
const HASH = "AB".repeat(32);

const deferred = <T = void>() => {
  let resolve!: (v: T) => void;
  const p = new Promise<T>((r) => (resolve = r));
  return { p, resolve };
};

const included = (height = 42): DeliverTxResponse =>
  ({ code: 0, height, transactionHash: HASH, events: [], msgResponses: [], gasUsed: 1n, gasWanted: 1n, txIndex: 0 }) as DeliverTxResponse;

/** A query client with reads on screen (active observers) that count their fetches. */
function world(net: NetworkSnapshot) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetched: string[] = [];
  const gates = new Map<string, Promise<void>>();
  const read = (chain: string, area: string) => {
    const key = [net.mode, chain, area, "op", {}];
    queryClient.setQueryData(key, 0);
    new QueryObserver(queryClient, {
      queryKey: key,
      staleTime: Infinity,
      queryFn: async () => {
        fetched.push(`${chain}/${area}`);
        await gates.get(area);
        return fetched.length;
      },
    }).subscribe(() => undefined);
  };
  const osmosis = net.chainIds.osmosis;
  const milkyway = net.chainIds.milkyway;
  for (const area of ["bank", "liquid-staking", "way-card", "history", "staking"]) read(osmosis, area);
  for (const area of ["bank", "gov"]) read(milkyway, area);
  const toasts: Toast[] = [];
  const recorded: Array<{ record: MoveRecord; height: number; fetchedBefore: number }> = [];
  const deps = (execute: typeof executeTx) => ({
    queryClient,
    wallet: () => ({ addresses: { [osmosis]: osmo, [milkyway]: milk }, getSigner: async () => ({}) as never }),
    toast: (t: Toast) => toasts.push(t),
    recordMove: (record: MoveRecord, r: DeliverTxResponse) => void recorded.push({ record, height: r.height, fetchedBefore: fetched.length }),
    execute,
  });
  return { queryClient, fetched, gates, toasts, recorded, deps };
}

const stakeReq = (net: NetworkSnapshot): TxRequest => ({
  net,
  chain: "osmosis",
  msgs: [liquidStakeMsg(lstBySymbol(net, "milkTIA")!, osmo, 10_000_000n, 9_000_000n)],
  label: "Stake 10 TIA",
});

function run<K extends Parameters<typeof txMutationOptions>[0]>(kind: K, w: ReturnType<typeof world>, execute: typeof executeTx, req: TxRequest) {
  return new MutationObserver(w.queryClient, txMutationOptions(kind, w.deps(execute))).mutate(req);
}

describe("a kind's mutation refetches what its messages touch, on the signing chain", () => {
  it("a stake: balances, the contract's reads and the history; not a Way Card, not staking, not the other chain", async () => {
    const w = world(SIM);
    await run("stake", w, async () => included(), stakeReq(SIM));
    expect(w.fetched.sort()).toEqual(["osmosis-sim-1/bank", "osmosis-sim-1/history", "osmosis-sim-1/liquid-staking"]);
  });

  it("a vote on MilkyWay: its balances and governance reads", async () => {
    const w = world(SIM);
    await run("vote", w, async () => included(), { net: SIM, chain: "milkyway", msgs: [voteMsg(3n, milk, "yes")], label: "Vote Yes on #3" });
    expect(w.fetched.sort()).toEqual(["milkyway-sim-1/bank", "milkyway-sim-1/gov"]);
  });

  it("an included failure paid its fee: the balances refresh, nothing else", async () => {
    const w = world(SIM);
    const failed = new TxFailedError({ ...included(), code: 5, rawLog: "spendable balance 1utia is smaller than 5utia: insufficient funds" });
    await expect(run("stake", w, async () => Promise.reject(failed), stakeReq(SIM))).rejects.toBe(failed);
    expect(w.fetched).toEqual(["osmosis-sim-1/bank"]);
    expect(w.toasts.at(-1)).toMatchObject({ tone: "error", detail: "Your balance does not cover the amount plus the network fee.", meta: expect.stringMatching(/^Block 42 · /) });
  });
});

describe("the button stays pending until the invalidated data is fresh", () => {
  it("the mutation resolves only after the refetch of a read on screen has answered", async () => {
    const w = world(SIM);
    const slowBank = deferred();
    w.gates.set("bank", slowBank.p);
    const observer = new MutationObserver(w.queryClient, txMutationOptions("stake", w.deps(async () => included())));
    const done = observer.mutate(stakeReq(SIM));
    await new Promise((r) => setTimeout(r, 20));
    expect(w.fetched).toContain("osmosis-sim-1/bank");
    expect(observer.getCurrentResult().isPending).toBe(true);
    expect(w.toasts.at(-1)?.detail).not.toBe("Included.");
    slowBank.resolve();
    await done;
    expect(observer.getCurrentResult().isSuccess).toBe(true);
    expect(w.queryClient.getQueryState([SIM.mode, "osmosis-sim-1", "bank", "op", {}])?.isInvalidated).toBe(false);
    expect(w.toasts.at(-1)?.detail).toBe("Included.");
  });
});

describe("one toast per transaction, through its phases", () => {
  it("preparing → waiting for the wallet → broadcasting → included, under one id; live, an explorer link", async () => {
    const w = world(LIVE);
    await run("stake", w, async (a) => (a.onPhase?.("signing"), a.onPhase?.("broadcasting"), a.onPhase?.("included"), included(7)), stakeReq(LIVE));
    expect(new Set(w.toasts.map((t) => t.id)).size).toBe(1);
    expect(w.toasts.map((t) => t.detail)).toEqual(["Preparing the transaction…", "Waiting for your wallet…", "Broadcasting…", "Included."]);
    expect(w.toasts.at(-1)).toMatchObject({ tone: "success", meta: `Block 7 · ABABAB…ABAB`, href: `https://www.mintscan.io/osmosis/tx/${HASH}` });
  });

  it("the simulator's toast names the block and links nowhere", async () => {
    const w = world(SIM);
    await run("stake", w, async () => included(9), stakeReq(SIM));
    expect(w.toasts.at(-1)).toMatchObject({ meta: "Block 9 · ABABAB…ABAB", href: undefined });
  });
});

describe("a request's record of a saved move", () => {
  const record: MoveRecord = { kind: "finished", scope: { mode: "simulator", lstSymbol: "milkTIA", address: osmo } };

  it("is applied by the mutation once included, after the reads are fresh", async () => {
    const w = world(SIM);
    await run("stake", w, async () => included(11), { ...stakeReq(SIM), record });
    expect(w.recorded).toEqual([{ record, height: 11, fetchedBefore: 3 }]);
  });

  it("is not applied when the chain refused the transaction or the wallet was not asked", async () => {
    const w = world(SIM);
    const refused = new TxFailedError({ ...included(), code: 5, rawLog: "insufficient funds" });
    await expect(run("stake", w, async () => Promise.reject(refused), { ...stakeReq(SIM), record })).rejects.toBe(refused);
    const vote = { net: SIM, chain: "milkyway" as const, msgs: [voteMsg(3n, milk, "yes")], label: "Stake 10 TIA", record };
    await expect(run("stake", w, async () => included(), vote)).rejects.toThrow();
    expect(w.recorded).toEqual([]);
  });

  it("that cannot be written does not turn an included transaction into a failure", async () => {
    const w = world(SIM);
    const deps = w.deps(async () => included(12));
    deps.recordMove = () => {
      throw new Error("storage quota exceeded");
    };
    const observer = new MutationObserver(w.queryClient, txMutationOptions("stake", deps));
    await expect(observer.mutate({ ...stakeReq(SIM), record })).resolves.toMatchObject({ height: 12 });
    expect(observer.getCurrentResult().status).toBe("success");
  });
});

describe("refused before any wallet prompt", () => {
  it("a message of another kind is not sent: a stake button cannot sign a vote", async () => {
    const w = world(SIM);
    let executed = false;
    const vote = { net: SIM, chain: "milkyway" as const, msgs: [voteMsg(3n, milk, "yes")], label: "Stake 10 TIA" };
    await expect(run("stake", w, async () => ((executed = true), included()), vote)).rejects.toThrow(/sends a liquid stake; it refuses a MsgVote message/);
    expect(executed).toBe(false);
    expect(w.fetched).toEqual([]);
    expect(w.toasts).toEqual([expect.objectContaining({ tone: "error", title: "Stake 10 TIA: Not sent" })]);
  });

  it("no wallet: nothing is sent and the toast says to connect one", async () => {
    const w = world(SIM);
    const observer = new MutationObserver(w.queryClient, txMutationOptions("stake", { ...w.deps(async () => included()), wallet: () => ({ addresses: {}, getSigner: null }) }));
    await expect(observer.mutate(stakeReq(SIM))).rejects.toThrow(/Connect a wallet first/);
    expect(w.toasts.at(-1)?.title).toBe("Stake 10 TIA: Not sent");
  });
});

describe("who said no", () => {
  it("the wallet's refusal is the user's rejection; the chain's 'denied' is the chain's", async () => {
    const w = world(SIM);
    await expect(run("stake", w, async () => Promise.reject(new WalletSignError(new Error("Request rejected"))), stakeReq(SIM))).rejects.toThrow();
    expect(w.toasts.at(-1)).toMatchObject({ title: "Stake 10 TIA: Request rejected", detail: "You rejected the request in your wallet. Nothing was sent." });
    const chain = new TxFailedError({ ...included(), code: 4, rawLog: "failed to execute message; message index: 0: access denied: unauthorized" });
    await expect(run("stake", w, async () => Promise.reject(chain), stakeReq(SIM))).rejects.toBe(chain);
    expect(w.toasts.at(-1)?.title).toBe("Stake 10 TIA: The chain refused the transaction");
    expect(w.toasts.at(-1)?.detail).toBe("access denied: unauthorized");
  });
});
