"use client";

import Link from "next/link";
import { useQueries } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { requestConnectDialog } from "@/lib/wallet/open-connect-dialog";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { connectDemoWallet } from "@/hooks/use-wallet";
import { DEC_SCALE, decFromRatio } from "@/lib/amount/decimal";
import { lstsFor } from "@/lib/chains/networks";
import type { LstState } from "@/lib/protocol/liquid-staking";
import { allBalancesQuery } from "@/lib/queries/bank";
import { assetRegistry } from "@/lib/protocol/assets";
import { CHAIN_KEYS, type ChainKey } from "@/lib/stores/network-store";
import { lstConfigQuery, lstStateQuery } from "@/lib/queries/liquid-staking";
import { walletStore } from "@/lib/stores/wallet-store";
import { balanceRows, otherHoldings } from "./balance-rows";
import { BalancesSkeleton, LstRatesSkeleton } from "./overview-skeletons";
import { classifyReadError } from "@/lib/queries/read-errors";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";
import { TokenIcon } from "@/components/icons/token-icon";
import { DisplayValue } from "@/components/ui/display-value";
import { displayRate, displayToken } from "@/lib/amount/display";

/** The chain's own words out of a CosmJS/JSON-RPC error (the simulator transport wraps them in JSON). */
function readableError(e: unknown): string {
  // What happened (timeout, garbage answer, node error…), in the same words on every screen.
  return classifyReadError(e).message;
}

/** The user's balances on every chain, or a call to connect when no wallet is connected. */
export function BalancesOverview() {
  const net = useNetworkSnapshot();
  const wallet = useStore(walletStore, useShallow((s) => ({ status: s.status, error: s.error, addresses: s.addresses })));
  const fixed = useMemo(() => balanceRows(net), [net]);
  const assets = useMemo(() => assetRegistry(net), [net]);
  const connected = wallet.status === "connected";
  // One all-balances read per chain (the Portfolio's, so they share a cache): every holding shows.
  const held = useQueries({
    queries: CHAIN_KEYS.map((k) => ({ ...allBalancesQuery(net, k, connected ? wallet.addresses[net.chainIds[k]] : undefined), enabled: net.hydrated && connected })),
  });
  const byChain = (k: ChainKey) => held[CHAIN_KEYS.indexOf(k)];
  const rows = [...fixed, ...otherHoldings(fixed, CHAIN_KEYS.map((k) => ({ chain: k, coins: byChain(k).data })), assets)];
  const results = rows.map((r) => {
    const q = byChain(r.chain);
    return { q, data: q.data === undefined ? undefined : (q.data.find((c) => c.denom === r.denom)?.amount ?? 0n), isError: q.isError };
  });

  if (!net.hydrated || wallet.status === "connecting") {
    return <BalancesSkeleton label={wallet.status === "connecting" ? "Connecting your wallet" : "Loading your balances"} />;
  }
  if (!connected) return <ConnectCallToAction simulator={net.mode === "simulator"} error={wallet.status === "error" ? wallet.error : null} />;

  const failed = CHAIN_KEYS.map((k) => ({ q: byChain(k) })).filter(({ q }) => q.isError);
  return (
    <div className="space-y-3">
      {failed.length > 0 ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          <p className="flex-1">
            {failed.length === CHAIN_KEYS.length ? "Your balances could not be loaded" : `Balances on ${failed.length} of ${CHAIN_KEYS.length} chains could not be loaded`}:{" "}
            {readableError(failed[0].q.error)}
            {net.mode === "live" ? (
              <>
                {" "}
                <Link href="/settings" className="font-medium underline underline-offset-2">
                  Check the RPC endpoints
                </Link>
              </>
            ) : null}
          </p>
          <Button size="sm" variant="secondary" onClick={() => failed.forEach(({ q }) => void q.refetch())}>
            Retry
          </Button>
        </div>
      ) : null}
      <Card className="overflow-x-auto p-0">
        <CardsOnPhone>
        <table className="w-full text-sm">
          <caption className="sr-only">Your balances by asset and chain</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="px-4 py-2.5 font-medium">
                Asset
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Chain
              </th>
              <th scope="col" className="px-4 py-2.5 text-right font-medium">
                Balance
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {rows.map((row, i) => {
              const r = results[i];
              return (
                <tr key={row.id} aria-label={`${row.symbol} on ${CHAIN_NAMES[row.chain]}`}>
                  <th scope="row" className="px-4 py-2.5 text-left font-medium">
                    <TokenIcon symbol={row.symbol} className="mr-2 inline-block size-5 align-[-0.3em]" />
                    {row.symbol}
                    <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">{row.note}</span>
                  </th>
                  <td className="px-4 py-2.5 text-slate-700 dark:text-slate-300">{CHAIN_NAMES[row.chain]}</td>
                  <td className="px-4 py-2.5 text-right font-mono tabular-nums">
                    {r.data !== undefined ? (
                      <DisplayValue shown={displayToken(r.data, row.decimals)} />
                    ) : r.isError ? (
                      <Button size="sm" variant="ghost" onClick={() => void r.q.refetch()} aria-label={`Retry ${row.symbol} on ${CHAIN_NAMES[row.chain]}`}>
                        Retry
                      </Button>
                    ) : (
                      <>
                        <span className="sr-only">Loading</span>
                        <Skeleton className="ml-auto h-4 w-20" />
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </CardsOnPhone>
      </Card>
    </div>
  );
}

function ConnectCallToAction({ simulator, error }: { simulator: boolean; error: string | null }) {
  const [pending, setPending] = useState(false);
  return (
    <Card className="space-y-3">
      <p className="font-medium">Connect a wallet to see your balances</p>
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        {simulator
          ? "The demo wallet gets test tokens on every simulated chain the first time, so you can stake, unstake and claim straight away."
          : "Your TIA, BABY and INIT, your milkTIA, milkBABY and milkINIT and your MILK appear here, chain by chain."}
      </p>
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          Could not connect: {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {simulator ? (
          <Button
            pending={pending}
            pendingLabel="Connecting the demo wallet"
            aria-describedby="cta-demo-note"
            onClick={async () => {
              setPending(true);
              await connectDemoWallet();
              setPending(false);
            }}
          >
            Use the demo wallet
          </Button>
        ) : null}
        <Button variant={simulator ? "secondary" : "primary"} onClick={requestConnectDialog} aria-haspopup="dialog">
          Choose a wallet…
        </Button>
      </div>
      {simulator ? (
        <p id="cta-demo-note" className="text-xs text-slate-500 dark:text-slate-400">
          Test keys kept in this browser — simulator only
        </p>
      ) : null}
    </Card>
  );
}

function redemptionRate(state: LstState): string {
  // N/L truncated like the contract's Decimal::from_ratio, 1 when either side is 0 (doc §1.3);
  // shown with 6 decimals, cut down so it never overstates.
  const rate = state.totalNative === 0n || state.totalLst === 0n ? DEC_SCALE : decFromRatio(state.totalNative, state.totalLst, "floor");
  return displayRate(rate).text;
}

/** Each LST's redemption rate and whether its contract accepts stakes. Public: no wallet needed. */
export function LstRatesOverview() {
  const net = useNetworkSnapshot();
  const lsts = useMemo(() => lstsFor(net), [net]);
  const states = useQueries({ queries: lsts.map((l) => ({ ...lstStateQuery(net, l), enabled: net.hydrated })) });
  const configs = useQueries({ queries: lsts.map((l) => ({ ...lstConfigQuery(net, l), enabled: net.hydrated })) });

  if (!net.hydrated) return <LstRatesSkeleton />;

  return (
    <ul className="grid gap-4 sm:grid-cols-3">
      {lsts.map((lst, i) => {
        const state = states[i];
        const config = configs[i];
        const error = state.error ?? config.error;
        return (
          <Card as="li" key={lst.symbol} aria-labelledby={`lst-${lst.symbol}`} className="space-y-2">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`lst-${lst.symbol}`} className="font-semibold">
                {lst.symbol}
              </h3>
              {config.data ? (
                config.data.stopped ? (
                  <Badge tone="danger">Contract stopped</Badge>
                ) : (
                  <Badge tone="success">Accepting stakes</Badge>
                )
              ) : config.isError ? null : (
                <Skeleton className="h-5 w-24 rounded-full" />
              )}
            </div>
            {state.data ? (
              <>
                <p className="text-sm text-slate-600 dark:text-slate-300">Redemption rate</p>
                <p className="font-mono text-lg tabular-nums">
                  1 {lst.symbol} = {redemptionRate(state.data)} {lst.nativeSymbol}
                </p>
                <p className="text-xs text-slate-500 dark:text-slate-400">
                  <DisplayValue shown={displayToken(state.data.totalNative, lst.decimals, lst.nativeSymbol)} /> staked for{" "}
                  <DisplayValue shown={displayToken(state.data.totalLst, lst.decimals, lst.symbol)} />
                </p>
              </>
            ) : error ? null : (
              <>
                <span className="sr-only">Loading {lst.symbol}</span>
                <Skeleton className="h-4 w-24" />
                <Skeleton className="h-6 w-48 max-w-full" />
              </>
            )}
            {config.data?.stopped ? (
              <p className="text-sm text-red-700 dark:text-red-300">Stopped by its operators: staking, unstaking and claiming are refused until it resumes.</p>
            ) : null}
            {error ? (
              <div role="alert" className="space-y-2 text-sm text-red-800 dark:text-red-200">
                <p>Could not load {lst.symbol}: {readableError(error)}</p>
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => {
                    if (state.isError) void state.refetch();
                    if (config.isError) void config.refetch();
                  }}
                >
                  Retry
                </Button>
              </div>
            ) : null}
          </Card>
        );
      })}
    </ul>
  );
}
