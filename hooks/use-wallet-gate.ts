"use client";

import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { requestConnectDialog } from "@/lib/wallet/open-connect-dialog";
import { connectDemoWallet, useWalletState } from "./use-wallet";

/** What a dashboard needs to know about the wallet, and the two connect actions of its prompt. */
export function useWalletGate() {
  const w = useWalletState(useShallow((s) => ({ status: s.status, error: s.error, addresses: s.addresses })));
  const [pending, setPending] = useState(false);
  return {
    status: w.status,
    error: w.status === "error" ? w.error : null,
    connected: w.status === "connected",
    addresses: w.addresses,
    pending: pending || w.status === "connecting",
    useDemo: async () => {
      setPending(true);
      await connectDemoWallet();
      setPending(false);
    },
    chooseWallet: requestConnectDialog,
  };
}
