"use client";

import { useShallow } from "zustand/react/shallow";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { useNetwork } from "@/hooks/use-network";

/**
 * Where the wallet button goes. A placeholder until the wallet layer (cosmos-kit and the demo
 * wallet) is wired: it names the wallet the current mode will use and is disabled.
 */
export function WalletSlot() {
  const { mode, hydrated } = useNetwork(useShallow((s) => ({ mode: s.mode, hydrated: s.hydrated })));

  if (!hydrated) {
    return (
      <span aria-busy="true" className="inline-flex">
        <VisuallyHidden>Loading the wallet</VisuallyHidden>
        <Skeleton className="h-8 w-24 rounded-lg" />
      </span>
    );
  }

  return (
    <span className="inline-flex">
      <Button
        size="sm"
        variant="secondary"
        disabled
        aria-describedby="wallet-slot-note"
        title="Wallet connection is not available yet"
        className="max-sm:px-2"
      >
        {mode === "simulator" ? "Demo wallet" : "Connect wallet"}
      </Button>
      <VisuallyHidden id="wallet-slot-note">Wallet connection is not available yet.</VisuallyHidden>
    </span>
  );
}
