// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider, useMutation, useQueryClient } from "@tanstack/react-query";
import { toBech32 } from "@cosmjs/encoding";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { act, render, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lstBySymbol, type NetworkSnapshot } from "@/lib/chains/networks";
import { movableTokensOf, routeBetween } from "@/lib/chains/token-places";
import { balanceQuery } from "@/lib/queries/bank";
import { moveProgressKey, parseMoveProgress, saveMoveProgress } from "@/lib/stores/move-progress";
import { LIVE_CHAIN_IDS, SIMULATOR_CHAIN_IDS } from "@/lib/stores/network-store";
import { TRANSFER_TIMEOUT_MS } from "@/lib/protocol/ibc-transfer";
import { TIMEOUT_GRACE_MS, type HopPhase } from "@/lib/protocol/transfer-phase";
import type { executeTx } from "@/lib/tx/execute";
import { recordMoveOutcome } from "@/lib/tx/move-record";
import { txMutationOptions, type TxRequest } from "@/lib/tx/mutation-options";
import { useMoveRoute } from "./use-move-route";

// The chains' answers: every receipt read is counted; balances are empty.
const chain = vi.hoisted(() => ({ receipt: null as "ok" | "error" | null, receiptReads: 0 }));
vi.mock("@/lib/reads/run", () => ({
  read: async (op: string) => {
    if (op !== "packetReceipt") return 0n;
    chain.receiptReads++;
    return chain.receipt;
  },
}));

const SIM: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const [TIA] = movableTokensOf(lstBySymbol(SIM, "milkTIA")!);
const HOP = routeBetween(TIA, "celestia", "osmosis")![0];
const celestia = toBech32("celestia", new Uint8Array(20).fill(3));
const osmo = toBech32("osmo", new Uint8Array(20).fill(3));
const addresses = { [SIM.chainIds.celestia]: celestia, [SIM.chainIds.osmosis]: osmo };
const scope = { mode: "simulator" as const, lstSymbol: "milkTIA", address: celestia };
const NOW = 1_700_000_000_000;

/** The transfer's inclusion, with the send_packet event its packet sequence is read from. */
const included = (sequence: string): DeliverTxResponse =>
  ({
    code: 0,
    height: 9,
    transactionHash: "CD".repeat(32),
    events: [{ type: "send_packet", attributes: [{ key: "packet_src_channel", value: HOP.channel }, { key: "packet_sequence", value: sequence }] }],
    msgResponses: [],
    gasUsed: 1n,
    gasWanted: 1n,
    txIndex: 0,
  }) as DeliverTxResponse;

/** The Move tab's wiring: a "move" mutation of the app's factory and the progress hook. */
function MoveScreen({ execute, expose }: { execute: typeof executeTx; expose: (x: { start: () => void }) => void }) {
  const tx = useMutation(
    txMutationOptions("move", {
      queryClient: useQueryClient(),
      wallet: () => ({ addresses, getSigner: async () => ({}) as never }),
      toast: () => undefined,
      recordMove: recordMoveOutcome,
      execute,
    }),
  );
  const flow = useMoveRoute({ net: SIM, tokens: [TIA], selected: TIA, scope, addresses, nowMs: NOW, label: () => "Move 5 TIA to Osmosis" });
  // A per-call callback as screens pass them: TanStack drops it once the screen has unmounted.
  const send = (req: TxRequest) => tx.mutate(req, { onSuccess: perCall });
  expose({ start: () => flow.start(send, TIA, "celestia", "osmosis", 5_000_000n) });
  return null;
}
const perCall = vi.fn();
let client: QueryClient;

afterEach(() => {
  localStorage.clear();
  perCall.mockReset();
});

describe("a transfer included after its screen has gone", () => {
  it("is still recorded in the progress, with its packet sequence, when the user left before the broadcast resolved", async () => {
    client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
    // The destination's balance before the transfer (the hop's baseline) and the source's.
    client.setQueryData(balanceQuery(SIM, "osmosis", osmo, HOP.to.denom).queryKey, 40n);
    client.setQueryData(balanceQuery(SIM, "celestia", celestia, HOP.from.denom).queryKey, 90_000_000n);
    let resolveTx!: (r: DeliverTxResponse) => void;
    const execute = vi.fn<typeof executeTx>(() => new Promise((r) => (resolveTx = r)));
    let screen!: { start: () => void };
    const view = render(
      <QueryClientProvider client={client}>
        <MoveScreen execute={execute} expose={(x) => (screen = x)} />
      </QueryClientProvider>,
    );
    act(() => screen.start());
    await waitFor(() => expect(execute).toHaveBeenCalledTimes(1));
    expect(localStorage.getItem(moveProgressKey(scope))).toBeNull();

    view.unmount();
    await act(async () => resolveTx(included("7")));

    await waitFor(() =>
      expect(parseMoveProgress(localStorage.getItem(moveProgressKey(scope)))).toEqual({
        symbol: "TIA",
        from: "celestia",
        to: "osmosis",
        amount: 5_000_000n,
        hop: 0,
        sent: true,
        baseline: 40n,
        sequence: "7",
        sentMs: NOW,
      }),
    );
    // What the screen would have done itself never ran: the record had to come from the mutation.
    expect(perCall).not.toHaveBeenCalled();
  });
});

describe("a live transfer's receipt is read every few seconds only until its outcome is decided", () => {
  const LIVE: NetworkSnapshot = { mode: "live", chainIds: LIVE_CHAIN_IDS, rpc: {} };
  const liveScope = { mode: "live" as const, lstSymbol: "milkTIA", address: celestia };
  const liveAddresses = { [LIVE.chainIds.celestia]: celestia, [LIVE.chainIds.osmosis]: osmo };

  function Watch({ expose }: { expose: (phase: HopPhase | null) => void }) {
    const flow = useMoveRoute({ net: LIVE, tokens: [TIA], selected: TIA, scope: liveScope, addresses: liveAddresses, nowMs: NOW, label: () => "" });
    expose(flow.phase);
    return null;
  }

  /** Shows a hop sent at `sentMs` whose receipt reads `receipt`; the receipt reads over the next 15 s. */
  async function watch(receipt: "ok" | "error" | null, sentMs: number) {
    chain.receipt = receipt;
    chain.receiptReads = 0;
    saveMoveProgress(liveScope, { symbol: "TIA", from: "celestia", to: "osmosis", amount: 5n, hop: 0, sent: true, baseline: 0n, sequence: "7", sentMs });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
    try {
      let phase: HopPhase | null = null;
      const view = render(
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <Watch expose={(p) => (phase = p)} />
        </QueryClientProvider>,
      );
      await act(() => vi.advanceTimersByTimeAsync(100));
      const first = { phase, reads: chain.receiptReads };
      await act(() => vi.advanceTimersByTimeAsync(15_000));
      view.unmount();
      return { first, later: chain.receiptReads - first.reads };
    } finally {
      vi.useRealTimers();
    }
  }

  it("in flight: read again about every 3 s", async () => {
    const r = await watch(null, NOW);
    expect(r.first).toEqual({ phase: "in-flight", reads: 1 });
    expect(r.later).toBeGreaterThanOrEqual(4);
  });

  it("arrived, refused or timed out: never read again", async () => {
    const late = NOW - TRANSFER_TIMEOUT_MS - TIMEOUT_GRACE_MS;
    for (const [receipt, sentMs, phase] of [["ok", NOW, "arrived"], ["error", NOW, "refused"], [null, late, "timed-out"]] as const) {
      const r = await watch(receipt, sentMs);
      expect(r.first, phase).toEqual({ phase, reads: 1 });
      expect(r.later, phase).toBe(0);
    }
  });
});
