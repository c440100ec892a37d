// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { lstBySymbol, type NetworkSnapshot } from "@/lib/chains/networks";
import { LIVE_CHAIN_IDS } from "@/lib/stores/network-store";
import { TRANSFER_TIMEOUT_MS } from "@/lib/protocol/ibc-transfer";
import { TIMEOUT_GRACE_MS } from "@/lib/protocol/transfer-phase";
import type { OneClickTrack } from "@/lib/stores/one-click-track";
import { useLstIbcProgress, type OneClickPhase } from "./use-lst-ibc-progress";

// The chains' answers, with every read counted.
const chain = vi.hoisted(() => ({ receipt: null as "ok" | "error" | null, balance: 0n, reads: 0 }));
vi.mock("@/lib/reads/run", () => ({
  read: async (op: string) => {
    chain.reads++;
    return op === "packetReceipt" ? chain.receipt : chain.balance;
  },
}));

const LIVE: NetworkSnapshot = { mode: "live", chainIds: LIVE_CHAIN_IDS, rpc: {} };
const lst = lstBySymbol(LIVE, "milkTIA")!;
const SENT_MS = 1_700_000_000_000;
const track: OneClickTrack = { lst, sequence: "3", dest: { key: "celestia", address: "celestia1user", denom: lst.lstOnNativeDenom }, baseline: 10n, sentMs: SENT_MS };
/** The chains' clock while the test watches: just after sending, unless a test moves it. */
let nowMs = SENT_MS + 1_000;

function Watch({ expose }: { expose: (p: OneClickPhase | null) => void }) {
  expose(useLstIbcProgress(LIVE, track, nowMs));
  return null;
}

/** The phase once the first reads have answered, and how many reads the next 15 s make. */
async function watch(receipt: "ok" | "error" | null, balance: bigint) {
  Object.assign(chain, { receipt, balance, reads: 0 });
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
  let phase: OneClickPhase | null = null;
  const view = render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Watch expose={(p) => (phase = p)} />
    </QueryClientProvider>,
  );
  await act(() => vi.advanceTimersByTimeAsync(100));
  const first = { phase, reads: chain.reads };
  await act(() => vi.advanceTimersByTimeAsync(15_000));
  view.unmount();
  return { first, later: chain.reads - first.reads };
}

afterEach(() => {
  vi.useRealTimers();
  nowMs = SENT_MS + 1_000;
});

describe("a live one-click stake is read every few seconds only until its outcome is decided", () => {
  it("while the LST has not landed, the receipt and the destination balance are read again", async () => {
    const r = await watch("ok", 10n);
    expect(r.first).toEqual({ phase: "received", reads: 2 });
    // Only the balance: the receipt is final once there.
    expect(r.later).toBeGreaterThanOrEqual(4);
  });

  it("minted or refused: nothing is read again", async () => {
    for (const [receipt, balance, phase] of [["ok", 11n, "minted"], ["error", 10n, "refused"]] as const) {
      const r = await watch(receipt, balance);
      expect(r.first, phase).toEqual({ phase, reads: 2 });
      expect(r.later, phase).toBe(0);
    }
  });

  it("no receipt before the transfer's deadline: still on its way, and read again", async () => {
    nowMs = SENT_MS + TRANSFER_TIMEOUT_MS;
    const r = await watch(null, 10n);
    expect(r.first).toEqual({ phase: "sent", reads: 2 });
    expect(r.later).toBeGreaterThanOrEqual(8);
  });

  it("no receipt past the deadline (and the clock-skew grace): timed out, and nothing is read again", async () => {
    nowMs = SENT_MS + TRANSFER_TIMEOUT_MS + TIMEOUT_GRACE_MS;
    const r = await watch(null, 10n);
    expect(r.first).toEqual({ phase: "timed-out", reads: 2 });
    expect(r.later).toBe(0);
  });

  it("a receipt found past the deadline still counts: the packet was received in time", async () => {
    nowMs = SENT_MS + 2 * TRANSFER_TIMEOUT_MS;
    const r = await watch("ok", 10n);
    expect(r.first.phase).toBe("received");
  });
});
