"use client";

import type { ReactNode } from "react";
import { PERIOD } from "@/lib/time/periods";
import Link from "next/link";
import { useMemo } from "react";
import { ConnectPrompt } from "@/components/dashboard/connect-prompt";
import { QueryError } from "@/components/dashboard/query-error";
import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useHistory } from "@/hooks/use-history";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { usePortfolio } from "@/hooks/use-portfolio";
import { useWalletGate } from "@/hooks/use-wallet-gate";
import { useRateHistories } from "@/hooks/use-yield";
import { assetRegistry, formatCoins } from "@/lib/protocol/assets";
import { claimedWithin, lstEarnings } from "@/lib/protocol/earnings";
import { DAY_S, windowYield } from "@/lib/protocol/yield";
import { RewardsSkeleton } from "./rewards-skeleton";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";
import { displayPercent, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";

const td = "px-4 py-2.5 font-mono tabular-nums";

/** Earned by source over the last day and week, pending rewards and APY per product. */
export function RewardsEarned() {
  const net = useNetworkSnapshot();
  const gate = useWalletGate();
  const nowMs = useLstClock(net.mode);
  const portfolio = usePortfolio(net, gate.addresses, gate.connected);
  const rates = useRateHistories(net, portfolio.lsts);
  const history = useHistory(net, gate.addresses, gate.connected);
  const assets = useMemo(() => assetRegistry(net), [net]);

  if (!net.hydrated || gate.status === "connecting") return <RewardsSkeleton />;
  if (!gate.connected) {
    return (
      <ConnectPrompt
        what="what your positions have earned"
        simulator={net.mode === "simulator"}
        pending={gate.pending}
        error={gate.error}
        onUseDemo={() => void gate.useDemo()}
        onChooseWallet={gate.chooseWallet}
      />
    );
  }

  const s = portfolio.sources;
  // Every form of each LST the user holds: in wallets on any chain, restaked, and locked by the card.
  const holdingOf = (symbol: string) => {
    let sum = 0n;
    for (const b of s.balances) for (const c of b.coins ?? []) if (assets.get(c.denom)?.symbol === symbol) sum += c.amount;
    for (const r of s.restaked ?? []) for (const c of r.balance) if (assets.get(c.denom)?.symbol === symbol) sum += c.amount;
    for (const c of s.card ?? []) if (c.coin.amount > 0n && assets.get(c.coin.denom)?.symbol === symbol) sum += c.coin.amount;
    return sum;
  };
  const balancesReady = s.balances.every((b) => b.coins !== undefined) && s.restaked !== undefined;
  const historyReady = !history.loading && nowMs !== null;
  const rateErrors = rates.flatMap((r, i) => (r.error ? [{ lst: portfolio.lsts[i], r }] : []));

  const coinsText = (coins: ReturnType<typeof claimedWithin> | undefined) => (coins === undefined ? undefined : coins.length ? formatCoins(assets, coins) : "0");
  const pending = (coins: ReadonlyArray<{ denom: string; amount: bigint }> | undefined) => (coins === undefined ? undefined : coins.length ? formatCoins(assets, coins) : "0");
  const cell = (text: ReactNode | undefined) => text ?? <Skeleton className="h-4 w-20" />;

  return (
    <div className="space-y-4">
      {portfolio.errors.length > 0 ? <QueryError what="Some of your positions" error={portfolio.errors[0].error} onRetry={() => portfolio.errors.forEach((e) => e.retry())} /> : null}
      {rateErrors.map(({ lst, r }) => (
        <QueryError key={lst.symbol} what={`The ${lst.symbol} rate history`} error={r.error} onRetry={() => void r.refetch()} />
      ))}
      {history.chains
        .filter((c) => c.error)
        .map((c) => (
          <QueryError key={c.chain} what={`Your transactions on ${c.chain}`} error={c.error} onRetry={c.refetch} />
        ))}
      <Card className="overflow-x-auto p-0" tabIndex={0} role="region" aria-label="Earned by source (scrolls sideways)">
        <CardsOnPhone>
        <table className="w-full min-w-[44rem] text-sm">
          <caption className="sr-only">Earned by source</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="px-4 py-2.5 font-medium">Source</th>
              <th scope="col" className="px-4 py-2.5 font-medium">Last {PERIOD.day}</th>
              <th scope="col" className="px-4 py-2.5 font-medium">Last {PERIOD.week}</th>
              <th scope="col" className="px-4 py-2.5 font-medium">Pending now</th>
              <th scope="col" className="px-4 py-2.5 font-medium">APY</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {portfolio.lsts.map((lst, i) => {
              const h = rates[i].data;
              const holding = balancesReady ? holdingOf(lst.symbol) : undefined;
              const e = h && holding !== undefined ? lstEarnings(holding, h.samples) : undefined;
              const fmt = (v: bigint | null | undefined) => (v === undefined ? undefined : v === null ? "Not enough history" : <DisplayValue shown={displayToken(v, lst.decimals, lst.nativeSymbol)} />);
              const w = h ? windowYield(h.samples, 7) : undefined;
              return (
                <tr key={lst.symbol}>
                  <th scope="row" className="px-4 py-2.5 text-left font-medium">
                    {lst.symbol} value growth
                    <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
                      {holding !== undefined ? <>on <DisplayValue shown={displayToken(holding, lst.decimals, lst.symbol)} /> held now</> : "…"}
                    </span>
                  </th>
                  <td className={td}>{cell(fmt(e?.day))}</td>
                  <td className={td}>{cell(fmt(e?.week))}</td>
                  <td className={td}>Nothing to claim</td>
                  <td className={td}>{cell(w === undefined ? undefined : w ? `${displayPercent(w.apy).text} (${PERIOD.week})` : "Not enough history")}</td>
                </tr>
              );
            })}
            <tr>
              <th scope="row" className="px-4 py-2.5 text-left font-medium">
                Restaking rewards
                <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">paid out, from your transactions</span>
              </th>
              <td className={td}>{cell(historyReady ? coinsText(claimedWithin(history.rows, "restaking", nowMs!, DAY_S)) : undefined)}</td>
              <td className={td}>{cell(historyReady ? coinsText(claimedWithin(history.rows, "restaking", nowMs!, 7 * DAY_S)) : undefined)}</td>
              <td className={td}>{cell(pending(s.restakeRewards))}</td>
              <td className="px-4 py-2.5">
                <Link href="/rewards/yield" className="text-milk-700 underline underline-offset-2 dark:text-milk-300">
                  Per pool and service
                </Link>
              </td>
            </tr>
            <tr>
              <th scope="row" className="px-4 py-2.5 text-left font-medium">
                MILK staking rewards
                <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">paid out, from your transactions</span>
              </th>
              <td className={td}>{cell(historyReady ? coinsText(claimedWithin(history.rows, "milk-staking", nowMs!, DAY_S)) : undefined)}</td>
              <td className={td}>{cell(historyReady ? coinsText(claimedWithin(history.rows, "milk-staking", nowMs!, 7 * DAY_S)) : undefined)}</td>
              <td className={td}>{cell(pending(s.milkRewards))}</td>
              <td className="px-4 py-2.5 text-slate-600 dark:text-slate-300">No estimate available</td>
            </tr>
          </tbody>
        </table>
        </CardsOnPhone>
      </Card>
      <p className="text-xs leading-5 text-slate-500 dark:text-slate-400">
        Liquid-staking figures assume you held today&rsquo;s balance for the whole period: if you staked or unstaked within it,
        the real gain differs. Paid-out rewards count every payout to you whose block time falls in the window: claims,
        top-ups of the Way Card from rewards, and the automatic payout when you change a delegation or your trusted services. Pending rewards have
        built up since the last payout, and the chain does not say when. MILK staking shows no APY because the app reads
        no inflation figure from the chain.
      </p>
    </div>
  );
}
