"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { EncodeObject } from "@cosmjs/proto-signing";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { executeTx, TxFailedError } from "@/lib/tx/execute";
import { toUserError } from "@/lib/tx/errors";
import { areasToInvalidate } from "@/lib/tx/invalidation";
import { walletStore } from "@/lib/stores/wallet-store";
import { toastStore } from "@/lib/stores/toast-store";
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
 * Every transaction goes through here: serialised per account (mutation scope), one toast
 * through signing → included / failed / rejected, and the table-driven refetch after
 * inclusion. The mutation stays pending until the refetch has landed.
 */
export function useTx() {
  const qc = useQueryClient();
  return useMutation<DeliverTxResponse, Error, TxRequest>({
    scope: { id: "tx" },
    mutationFn: async (req) => {
      const { addresses, getSigner } = walletStore.getState();
      const chainId = req.net.chainIds[req.chain];
      const sender = addresses[chainId];
      if (!getSigner || !sender) throw new Error("Connect a wallet first.");
      const id = `tx-${Date.now()}`;
      try {
        // The last gate before any wallet prompt: every address must belong where it goes.
        const cfg = chainConfig(req.chain);
        assertAddress(sender, cfg.bech32Prefix);
        assertMessageAddresses(req.msgs, { prefix: cfg.bech32Prefix, valoperPrefix: cfg.valoperPrefix });
      } catch (e) {
        const u = toUserError(e);
        toastStore.getState().show({ id, tone: "error", title: `${req.label}: ${u.title}`, detail: u.detail });
        throw e;
      }
      toastStore.getState().show({ id, tone: "info", title: req.label, detail: "Waiting for your signature…", busy: true });
      try {
        const result = await executeTx({
          net: req.net,
          chain: req.chain,
          signer: await getSigner(chainId),
          sender,
          msgs: req.msgs,
          memo: req.memo,
          onPhase: (p) => {
            if (p === "signing") toastStore.getState().show({ id, tone: "info", title: req.label, detail: "Broadcasting…", busy: true });
          },
        });
        await Promise.all(
          areasToInvalidate(req.msgs.map((m) => m.typeUrl)).map((area) => qc.invalidateQueries({ queryKey: [req.net.mode, chainId, area] })),
        );
        await qc.invalidateQueries({ queryKey: [req.net.mode] });
        toastStore.getState().show({ id, tone: "success", title: req.label, detail: "Included.", meta: `Block ${result.height} · ${result.transactionHash.slice(0, 10)}…` });
        return result;
      } catch (e) {
        if (e instanceof TxFailedError) {
          await qc.invalidateQueries({ queryKey: [req.net.mode, chainId, "bank"] });
        }
        const u = toUserError(e);
        toastStore.getState().show({ id, tone: "error", title: `${req.label}: ${u.title}`, detail: u.detail });
        throw e;
      }
    },
  });
}
