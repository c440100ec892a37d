"use client";

import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { Button } from "@/components/ui/button";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";
import { HowItWorks } from "@/components/way-card/how-it-works";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useTx } from "@/hooks/use-tx";
import { connectDemoWallet, useWalletState } from "@/hooks/use-wallet";
import { useWayCard, useWayCardParams } from "@/hooks/use-way-card";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { wayCardContract } from "@/lib/queries/way-card";
import { toUserError } from "@/lib/tx/errors";
import type { WayCardAction, WayCardContext } from "./way-card-context";
import { WayCardOpen } from "./way-card-open";
import { WayCardView } from "./way-card-view";

function Loading() {
  return (
    <SkeletonRegion label="Loading the Way Card" className="mt-4 grid gap-3 sm:grid-cols-3">
      <Skeleton className="h-20" />
      <Skeleton className="h-20" />
      <Skeleton className="h-20" />
    </SkeletonRegion>
  );
}

/** The Way Card screen; waits for the saved network choice before any query. */
export function WayCardScreen() {
  const net = useNetworkSnapshot();
  if (!net.hydrated) return <Loading />;
  const contract = wayCardContract(net);
  if (!contract) {
    return (
      <p role="status" className="mt-4 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
        The Way Card is not available on this network. It exists only on the simulated MilkyWay chain: switch to the simulator to try it.
      </p>
    );
  }
  return <WayCardReady net={net} contract={contract} />;
}

function WayCardReady({ net, contract }: { net: NetworkSnapshot; contract: string }) {
  const chainId = net.chainIds.milkyway;
  const wallet = useWalletState(useShallow((s) => ({ status: s.status, addresses: s.addresses })));
  const owner = wallet.status === "connected" ? wallet.addresses[chainId] : undefined;
  const params = useWayCardParams(net);
  const card = useWayCard(net, owner);
  const tx = useTx("way-card");
  const [action, setAction] = useState<WayCardAction | null>(null);

  if (!owner) {
    return (
      <div className="mt-4 space-y-4">
        <HowItWorks />
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={() => void connectDemoWallet()} pending={wallet.status === "connecting"}>
            Use the demo wallet
          </Button>
          <p className="text-sm text-slate-600 dark:text-slate-400">or connect a wallet (top right) to open or use your card.</p>
        </div>
      </div>
    );
  }
  const error = params.error ?? card.error;
  if (error) {
    return (
      <div role="alert" className="mt-4 flex flex-wrap items-center gap-3 text-sm text-red-700 dark:text-red-400">
        <span>The Way Card could not be read: {toUserError(error).detail}</span>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => {
            void params.refetch();
            void card.refetch();
          }}
        >
          Retry
        </Button>
      </div>
    );
  }
  if (!params.data || card.data === undefined) return <Loading />;

  const ctx: WayCardContext = {
    net,
    chainId,
    contract,
    owner,
    card: card.data,
    params: params.data,
    busy: tx.isPending,
    pending: tx.isPending ? action : null,
    failure: tx.isError && action ? { action, error: toUserError(tx.error) } : null,
    send: (a, msgs, label, onSuccess) => {
      setAction(a);
      tx.mutate({ net, chain: "milkyway", msgs, label }, { onSuccess });
    },
  };
  return <div className="mt-4">{ctx.card ? <WayCardView ctx={ctx} card={ctx.card} /> : <WayCardOpen ctx={ctx} />}</div>;
}
