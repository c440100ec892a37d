"use client";

import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { EncodeObject, OfflineSigner } from "@cosmjs/proto-signing";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { executeTx, TxFailedError } from "@/lib/tx/execute";
import { toUserError } from "@/lib/tx/errors";
import { areasToInvalidate } from "@/lib/tx/invalidation";
import { walletStore } from "@/lib/stores/wallet-store";
import { toastStore, type Toast } from "@/lib/stores/toast-store";
import { explorerTxUrl, shortHash } from "@/lib/chains/explorers";
import { runForAccount } from "@/lib/tx/account-queue";
import { assertAddress, assertMessageAddresses } from "@/lib/cosmos/address";
import { chainConfig } from "@/lib/chains/networks";
import type { ChainKey } from "@/lib/stores/network-store";

export interface TxRequest {
  net: NetworkSnapshot;
  chain: ChainKey;
  msgs: EncodeObject[];
  memo?: string;
  /** What the toast calls this transaction, e.g. "Stake 10 TIA". */
  label: string;
}

/**
 * Every transaction goes through here: serialised per account (the same account cannot race
 * its sequence; two accounts sign at once), one toast per transaction through its phases —
 * waiting for the wallet → broadcasting → included / failed / rejected — and after inclusion
 * the refetch of exactly what the invalidation table names. The mutation stays pending until
 * that data is fresh.
 */
export function useTx() {
  const qc = useQueryClient();
  return useMutation<DeliverTxResponse, Error, TxRequest>({
    mutationFn: async (req) => {
      const { addresses, getSigner } = walletStore.getState();
      const chainId = req.net.chainIds[req.chain];
      const sender = addresses[chainId];
      if (!getSigner || !sender) throw new Error("Connect a wallet first.");
      return runForAccount(`${chainId}/${sender}`, () => sendTx(qc, req, chainId, sender, getSigner));
    },
  });
}

let toastSeq = 0;

async function sendTx(qc: QueryClient, req: TxRequest, chainId: string, sender: string, getSigner: (chainId: string) => Promise<OfflineSigner>): Promise<DeliverTxResponse> {
  // One toast per transaction: every phase replaces the text under the same id.
  const id = `tx-${++toastSeq}`;
  const show = (t: Omit<Toast, "id" | "title"> & { title?: string }) => toastStore.getState().show({ id, title: req.label, ...t });
  try {
    // The last gate before any wallet prompt: every address must belong where it goes.
    const cfg = chainConfig(req.chain);
    assertAddress(sender, cfg.bech32Prefix);
    assertMessageAddresses(req.msgs, { prefix: cfg.bech32Prefix, valoperPrefix: cfg.valoperPrefix });
  } catch (e) {
    const u = toUserError(e);
    show({ tone: "error", title: `${req.label}: ${u.title}`, detail: u.detail });
    throw e;
  }
  show({ tone: "info", detail: "Preparing the transaction…", busy: true });
  try {
    const result = await executeTx({
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
    await refetchAfter(qc, req, chainId);
    show({ tone: "success", detail: "Included.", ...txLocation(req, result) });
    return result;
  } catch (e) {
    // An included failure still paid its fee: the fee balances are stale too.
    if (e instanceof TxFailedError) await qc.invalidateQueries({ queryKey: [req.net.mode, chainId, "bank"] });
    const u = toUserError(e);
    show({ tone: "error", title: `${req.label}: ${u.title}`, detail: u.detail, ...(e instanceof TxFailedError ? txLocation(req, e.result) : {}) });
    throw e;
  }
}

/** Exactly the areas the invalidation table names for these messages, on the signing chain. */
function refetchAfter(qc: QueryClient, req: TxRequest, chainId: string): Promise<unknown> {
  return Promise.all(areasToInvalidate(req.msgs.map((m) => m.typeUrl)).map((area) => qc.invalidateQueries({ queryKey: [req.net.mode, chainId, area] })));
}

/** In the simulator the block that included it; live, a link to an explorer where there is one. */
function txLocation(req: TxRequest, r: DeliverTxResponse): Pick<Toast, "meta" | "href"> {
  const href = explorerTxUrl(req.net, req.chain, r.transactionHash) ?? undefined;
  return { meta: `Block ${r.height} · ${shortHash(r.transactionHash)}`, href };
}
