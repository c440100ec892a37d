import { mutationOptions, type QueryClient } from "@tanstack/react-query";
import type { EncodeObject, OfflineSigner } from "@cosmjs/proto-signing";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { chainConfig, type NetworkSnapshot } from "../chains/networks";
import { explorerTxUrl, shortHash } from "../chains/explorers";
import { assertAddress, assertMessageAddresses } from "../cosmos/address";
import type { ChainKey } from "../stores/network-store";
import type { Toast } from "../stores/toast-store";
import { runForAccount } from "./account-queue";
import { toUserError } from "./errors";
import type { executeTx } from "./execute";
import { TxFailedError } from "./tx-outcome";
import { areasToInvalidate, invalidationKey } from "./invalidation";
import { assertKind, type TxKind } from "./kinds";
import type { MoveRecord } from "./move-record";

export interface TxRequest {
  net: NetworkSnapshot;
  chain: ChainKey;
  msgs: EncodeObject[];
  memo?: string;
  /** What the toast calls this transaction, e.g. "Stake 10 TIA". */
  label: string;
  /** What its inclusion records in a saved move (a hop sent, a flow finished), whatever the screen does by then. */
  record?: MoveRecord;
}

/** What a transaction needs from the page, passed in so this module stays free of React and stores. */
export interface TxDeps {
  queryClient: QueryClient;
  /** The connected wallet now: its address per chain-id and how to get a signer. */
  wallet: () => { addresses: Record<string, string>; getSigner: ((chainId: string) => Promise<OfflineSigner>) | null };
  toast: (t: Toast) => void;
  /** Applies a request's `record` to the saved move (lib/tx/move-record.ts); tests observe it. */
  recordMove: (record: MoveRecord, result: DeliverTxResponse) => void;
  /** Sign, broadcast and wait for inclusion; tests replace it. */
  execute?: typeof executeTx;
}

export class NotConnectedError extends Error {
  constructor() {
    super("Connect a wallet first. Nothing was sent.");
    this.name = "NotConnectedError";
  }
}

let toastSeq = 0;

/**
 * The mutation options of one kind of transaction (TanStack `mutationOptions`): a `useMutation`
 * of them is the whole hook. The mutation
 * - refuses messages that are not of its kind, and addresses that do not belong where they go,
 *   before any wallet prompt (a clear toast; nothing is sent);
 * - runs after the same account's earlier transactions (the sequence), beside other accounts';
 * - shows one toast under a stable id through waiting for the wallet → broadcasting → included /
 *   failed / rejected, with the block, and in live mode an explorer link;
 * - after inclusion refetches exactly what the invalidation table names for its messages on the
 *   signing chain, and resolves only once the reads on screen have their new data, so the
 *   button stays pending until the screen is true. An included failure still refreshes the fee
 *   balances (the fee was paid);
 * - on inclusion applies the request's `record` to the saved move. Here, not in a `mutate(vars,
 *   { onSuccess })` callback: TanStack skips those once the calling component has unmounted, and
 *   options' callbacks run inside the Mutation whatever the screen does.
 */
export function txMutationOptions(kind: TxKind, deps: TxDeps) {
  return mutationOptions<DeliverTxResponse, Error, TxRequest>({
    mutationKey: ["tx", kind],
    mutationFn: async (req) => {
      const id = `tx-${++toastSeq}`;
      const show = (t: Omit<Toast, "id" | "title"> & { title?: string }) => deps.toast({ id, title: req.label, ...t });
      const refuse = (e: unknown): never => {
        const u = toUserError(e);
        show({ tone: "error", title: `${req.label}: ${u.title}`, detail: u.detail });
        throw e;
      };
      const chainId = req.net.chainIds[req.chain];
      const { addresses, getSigner } = deps.wallet();
      const sender = addresses[chainId];
      if (!getSigner || !sender) return refuse(new NotConnectedError());
      try {
        assertKind(kind, req.msgs);
        // The last gate before any wallet prompt: every address must belong where it goes.
        const cfg = chainConfig(req.chain);
        assertAddress(sender, cfg.bech32Prefix);
        assertMessageAddresses(req.msgs, { prefix: cfg.bech32Prefix, valoperPrefix: cfg.valoperPrefix });
      } catch (e) {
        return refuse(e);
      }
      return runForAccount(`${chainId}/${sender}`, () => send(deps, req, chainId, sender, getSigner, show));
    },
    onSuccess: (result, req) => {
      if (!req.record) return;
      // Bookkeeping: a record that cannot be written must not turn an included transaction into a failure.
      try {
        deps.recordMove(req.record, result);
      } catch {
        /* the screen still shows its outcome; only resuming after a reload is lost */
      }
    },
  });
}

async function send(
  deps: TxDeps,
  req: TxRequest,
  chainId: string,
  sender: string,
  getSigner: (chainId: string) => Promise<OfflineSigner>,
  show: (t: Omit<Toast, "id" | "title"> & { title?: string }) => void,
): Promise<DeliverTxResponse> {
  const qc = deps.queryClient;
  show({ tone: "info", detail: "Preparing the transaction…", busy: true });
  try {
    // CosmJS's signing stack loads with the first transaction, not with the screen (module
    // evaluation of ~1 MB was the longest main-thread task of a cold load on a phone).
    const execute = deps.execute ?? (await import("./execute")).executeTx;
    const result = await execute({
      net: req.net,
      chain: req.chain,
      signer: await getSigner(chainId),
      sender,
      msgs: req.msgs,
      memo: req.memo,
      onPhase: (p) => {
        if (p === "signing") show({ tone: "info", detail: "Waiting for your wallet…", busy: true });
        if (p === "broadcasting") show({ tone: "info", detail: "Broadcasting…", busy: true });
      },
    });
    // Exactly the areas the table names, on the signing chain; awaited, so the mutation is
    // pending until the reads on screen hold their new data.
    const areas = areasToInvalidate(req.msgs.map(invalidationKey));
    await Promise.all(areas.map((area) => qc.invalidateQueries({ queryKey: [req.net.mode, chainId, area] })));
    show({ tone: "success", detail: "Included.", ...where(req, result) });
    return result;
  } catch (e) {
    if (e instanceof TxFailedError) await qc.invalidateQueries({ queryKey: [req.net.mode, chainId, "bank"] });
    const u = toUserError(e);
    show({ tone: "error", title: `${req.label}: ${u.title}`, detail: u.detail, ...(e instanceof TxFailedError ? where(req, e.result) : {}) });
    throw e;
  }
}

/** The block that included it, and live, the transaction on the network's explorer. */
function where(req: TxRequest, r: DeliverTxResponse): Pick<Toast, "meta" | "href"> {
  const href = explorerTxUrl(req.net, req.chain, r.transactionHash) ?? undefined;
  return { meta: `Block ${r.height} · ${shortHash(r.transactionHash)}`, href };
}
