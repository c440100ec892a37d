"use client";

import { useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { QueryError } from "@/components/dashboard/query-error";
import { LiquiditySkeleton } from "@/components/liquidity/liquidity-skeleton";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { Skeleton } from "@/components/ui/skeleton";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useOsmosisPool } from "@/hooks/use-osmosis-pools";
import { usePoolId } from "@/hooks/use-pool-settings";
import { useTx } from "@/hooks/use-tx";
import type { TxRequest } from "@/lib/tx/mutation-options";
import { connectDemoWallet, useWalletState } from "@/hooks/use-wallet";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import { SIM_OSMOSIS_POOLS } from "@/lib/chains/osmosis-pools";
import { toUserError } from "@/lib/tx/errors";
import { BalancerPoolPanel } from "./balancer-pool-panel";
import { ClPoolPanel } from "./cl-pool-panel";
import type { PoolAction, PoolContext } from "./pool-context";
import { PoolHistorySection } from "./pool-history-section";

/** The milkTIA/TIA pools on Osmosis mainnet (concentrated, tick spacing 100). */
const LIVE_POOLS = [
  { id: 1335, label: "milkTIA/TIA 0.2%" },
  { id: 1475, label: "milkTIA/TIA 0.05%" },
  { id: 1800, label: "milkTIA/TIA 0.1%" },
];

export function LiquidityScreen() {
  const net = useNetworkSnapshot();
  if (!net.hydrated) return <LiquiditySkeleton />;
  return <LiquidityScreenReady net={net} />;
}

function LiquidityScreenReady({ net }: { net: NetworkSnapshot }) {
  const preset = usePoolId(net.mode, "milkTIA");
  const options = useMemo(() => (net.mode === "simulator" ? SIM_OSMOSIS_POOLS.map((p) => ({ id: p.id, label: p.label })) : LIVE_POOLS), [net.mode]);
  const [chosen, setChosen] = useState<string | null>(null);
  const poolId = BigInt(chosen ?? (preset !== undefined ? preset.toString() : String(options[0].id)));
  const pool = useOsmosisPool(net, poolId);
  const wallet = useWalletState(useShallow((s) => ({ status: s.status, addresses: s.addresses })));
  const address = wallet.status === "connected" ? wallet.addresses[net.chainIds.osmosis] : undefined;
  const tx = useTx("liquidity");
  const [action, setAction] = useState<PoolAction | null>(null);
  const ctx: PoolContext = {
    net,
    address,
    busy: tx.isPending,
    pending: tx.isPending ? action : null,
    failure: tx.isError && action ? { action, error: toUserError(tx.error) } : null,
    send: (a: PoolAction, req: TxRequest, onSuccess?: () => void) => {
      setAction(a);
      tx.mutate(req, { onSuccess });
    },
  };
  const labelled = options.some((o) => BigInt(o.id) === poolId) ? options : [{ id: Number(poolId), label: `Pool #${poolId}` }, ...options];

  return (
    <div className="space-y-4">
      <Card className="flex flex-wrap items-end gap-4">
        <SelectField
          id="liquidity-pool"
          label="Pool"
          size="md"
          className="sm:w-72"
          value={poolId.toString()}
          options={labelled.map((o) => ({ value: String(o.id), label: `#${o.id} ${o.label}` }))}
          onChange={(v) => {
            setChosen(v);
            tx.reset();
          }}
        />
        {!address ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Connect a wallet to add liquidity and see your positions.{" "}
            {net.mode === "simulator" ? (
              <button type="button" className="font-medium text-milk-700 underline dark:text-milk-300" onClick={() => void connectDemoWallet()}>
                Use the demo wallet
              </button>
            ) : null}
          </p>
        ) : null}
      </Card>
      {pool.isError ? (
        <QueryError what={`Pool #${poolId}`} error={pool.error} onRetry={() => void pool.refetch()} />
      ) : !pool.data ? (
        <Card>
          <Skeleton className="h-40 w-full" />
        </Card>
      ) : pool.data.kind === "concentrated" ? (
        <ClPoolPanel key={poolId.toString()} ctx={ctx} pool={pool.data} />
      ) : pool.data.kind === "balancer" ? (
        <BalancerPoolPanel key={poolId.toString()} ctx={ctx} pool={pool.data} />
      ) : (
        <Card>
          <p className="text-sm">Pool #{poolId} is a kind of pool this app does not show ({pool.data.typeUrl}).</p>
        </Card>
      )}
      {pool.data && pool.data.kind !== "other" ? <PoolHistorySection key={`history-${poolId}`} net={net} poolId={poolId} /> : null}
    </div>
  );
}
