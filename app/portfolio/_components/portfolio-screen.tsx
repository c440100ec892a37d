"use client";

import { useMemo } from "react";
import { ConnectPrompt } from "@/components/dashboard/connect-prompt";
import { PositionsTable } from "@/components/dashboard/positions-table";
import { QueryError } from "@/components/dashboard/query-error";
import { Stat } from "@/components/dashboard/stat";
import { Card } from "@/components/ui/card";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { usePortfolio } from "@/hooks/use-portfolio";
import { useWalletGate } from "@/hooks/use-wallet-gate";
import { assetRegistry } from "@/lib/protocol/assets";
import { redemptionRate } from "@/lib/protocol/liquid-staking";
import { NO_PRICES, POSITION_CATEGORIES, buildPositions, portfolioTotals, symbolPrices, type Valuation } from "@/lib/protocol/portfolio";
import { portfolioInputs } from "@/lib/protocol/portfolio-inputs";
import type { ChainKey } from "@/lib/stores/network-store";
import { PortfolioSkeleton } from "./portfolio-skeleton";
import { LiquidityPositions } from "./liquidity-positions";
import { DisplayValue } from "@/components/ui/display-value";
import { displayToken, displayUsd } from "@/lib/amount/display";

const chainLabel = (k: ChainKey) => CHAIN_NAMES[k];

const CATEGORY_NOTES: Record<(typeof POSITION_CATEGORIES)[number], string> = {
  Liquid: "In your wallets, ready to use.",
  Staked: "MILK delegated to validators.",
  Restaked: "Delegated to restaking pools, operators or services.",
  Unbonding: "On its way back: MILK and restaking unbondings, unstake requests (estimates until their batch is received).",
  Claimable: "Yours to claim now: rewards and unstake requests whose batch has arrived.",
  Card: "On your Way Card.",
};

const EMPTY_TEXT: Record<(typeof POSITION_CATEGORIES)[number], string> = {
  Liquid: "Your wallets are empty on every chain.",
  Staked: "No MILK staked.",
  Restaked: "Nothing restaked.",
  Unbonding: "Nothing on its way back.",
  Claimable: "Nothing to claim right now.",
  Card: "No Way Card open, or nothing on it.",
};

export function PortfolioScreen() {
  const net = useNetworkSnapshot();
  const gate = useWalletGate();
  const p = usePortfolio(net, gate.addresses, gate.connected);
  const assets = useMemo(() => assetRegistry(net), [net]);

  const valuation: Valuation = useMemo(() => {
    const lstRates = new Map(p.lsts.flatMap((l, i) => (p.states[i] ? [[l.symbol, { nativeSymbol: l.nativeSymbol, rate: redemptionRate(p.states[i]!) }] as const] : [])));
    return { priceOfSymbol: p.prices ? symbolPrices(assets, p.prices) : NO_PRICES.priceOfSymbol, lstRates };
  }, [p.lsts, p.states, p.prices, assets]);
  const positions = buildPositions(portfolioInputs(p.sources), assets, valuation);
  const totals = portfolioTotals(positions, assets);

  if (!net.hydrated || gate.status === "connecting") return <PortfolioSkeleton />;
  if (!gate.connected) {
    return (
      <ConnectPrompt
        what="your positions on every chain"
        simulator={net.mode === "simulator"}
        pending={gate.pending}
        error={gate.error}
        onUseDemo={() => void gate.useDemo()}
        onChooseWallet={gate.chooseWallet}
      />
    );
  }
  if (p.loading && positions.length === 0) return <PortfolioSkeleton />;

  // Whether anything is priced, not the sign of the total: debt can make a priced total zero or negative.
  const anyPrice = positions.some((x) => x.usd !== null);
  return (
    <div className="space-y-8">
      {p.errors.length > 0 ? (
        <QueryError
          what={`${p.errors.length} of your positions' sources`}
          error={p.errors[0].error}
          onRetry={() => p.errors.forEach((e) => e.retry())}
        />
      ) : null}
      {p.pricesError ? (
        <QueryError what="The price feed (positions are shown without USD values)" error={p.pricesError} onRetry={p.retryPrices} />
      ) : null}
      <section aria-labelledby="totals-heading" className="space-y-3">
        <h2 id="totals-heading" className="text-xl font-semibold tracking-tight">
          Totals
        </h2>
        <Card>
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <Stat
              label="Total value (USD)"
              value={anyPrice ? <DisplayValue shown={displayUsd(totals.usd)} /> : "No prices available"}
              note={totals.unpriced > 0 ? `${totals.unpriced} position${totals.unpriced === 1 ? "" : "s"} without a price ${totals.unpriced === 1 ? "is" : "are"} not included` : "Every position is priced"}
            />
            {POSITION_CATEGORIES.map((c) => (
              <Stat key={c} label={c} value={anyPrice ? <DisplayValue shown={displayUsd(totals.byCategory[c].usd)} /> : `${positions.filter((x) => x.category === c).length} positions`} />
            ))}
          </dl>
          <details className="mt-4 text-sm">
            <summary className="cursor-pointer font-medium text-milk-700 dark:text-milk-300">Totals per asset, every category together</summary>
            <ul className="mt-2 grid gap-1 sm:grid-cols-2">
              {[...totals.bySymbol].map(([symbol, t]) => (
                <li key={symbol} className="font-mono tabular-nums">
                  <DisplayValue shown={displayToken(t.amount, t.decimals, symbol)} />
                </li>
              ))}
            </ul>
          </details>
        </Card>
        {p.loading ? (
          <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
            Still loading some positions…
          </p>
        ) : null}
      </section>
      {POSITION_CATEGORIES.map((c) => {
        const list = positions.filter((x) => x.category === c);
        const id = `positions-${c.toLowerCase()}`;
        return (
          <section key={c} aria-labelledby={id} className="space-y-3">
            <div>
              <h2 id={id} className="text-xl font-semibold tracking-tight">
                {c}
              </h2>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{CATEGORY_NOTES[c]}</p>
            </div>
            {list.length > 0 ? (
              <PositionsTable category={c} positions={list} chainLabel={chainLabel} />
            ) : (
              <p className="rounded-lg border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-300">
                {c === "Card" && net.mode === "live" ? "The Way Card is not available on this network." : EMPTY_TEXT[c]}
              </p>
            )}
          </section>
        );
      })}
      <LiquidityPositions net={net} address={gate.addresses[net.chainIds.osmosis]} />
    </div>
  );
}
