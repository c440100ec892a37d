"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { walletStore } from "@/lib/stores/wallet-store";
import { toastStore } from "@/lib/stores/toast-store";
import type { TxKind } from "@/lib/tx/kinds";
import { recordMoveOutcome } from "@/lib/tx/move-record";
import { txMutationOptions } from "@/lib/tx/mutation-options";

/** One kind of transaction (lib/tx/mutation-options.ts holds its whole lifecycle). */
export function useTx(kind: TxKind) {
  const queryClient = useQueryClient();
  return useMutation(txMutationOptions(kind, { queryClient, wallet: () => walletStore.getState(), toast: (t) => toastStore.getState().show(t), recordMove: recordMoveOutcome }));
}
