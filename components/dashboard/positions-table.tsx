import { ChainIcon } from "@/components/icons/chain-icon";
import { TokenIcon } from "@/components/icons/token-icon";
import { Card } from "@/components/ui/card";
import { displayUsd } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import type { Position, PositionCategory } from "@/lib/protocol/portfolio";
import type { ChainKey } from "@/lib/stores/network-store";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";

/** One category's positions: where, what, how much (rounded, exact on hover, focus and copy), and its USD value if priced. */
export function PositionsTable({ category, positions, chainLabel }: { category: PositionCategory; positions: ReadonlyArray<Position>; chainLabel: (k: ChainKey) => string }) {
  return (
    <Card className="overflow-x-auto p-0" tabIndex={0} role="region" aria-label={`${category} positions`}>
      <CardsOnPhone>
        <table className="w-full min-w-[36rem] text-sm">
          <caption className="sr-only">{category} positions</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
              <th scope="col" className="px-4 py-2.5 font-medium">
                Asset
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                Chain
              </th>
              <th scope="col" className="px-4 py-2.5 font-medium">
                What
              </th>
              <th scope="col" className="px-4 py-2.5 text-right font-medium">
                Amount
              </th>
              <th scope="col" className="px-4 py-2.5 text-right font-medium">
                Value (USD)
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {positions.map((p) => (
              <tr key={p.id} aria-label={`${p.symbol} on ${chainLabel(p.chain)}, ${p.detail}`}>
                <th scope="row" className="px-4 py-2.5 text-left font-medium">
                  <TokenIcon symbol={p.symbol} className="mr-2 inline-block size-5 align-[-0.3em]" />
                  {p.symbol}
                </th>
                <td className="px-4 py-2.5">
                  <span className="inline-flex items-center gap-1.5">
                    <ChainIcon chain={p.chain} className="size-4" />
                    {chainLabel(p.chain)}
                  </span>
                </td>
                <td className="px-4 py-2.5 text-slate-600 dark:text-slate-300">{p.detail}</td>
                <td className="px-4 py-2.5 text-right font-mono tabular-nums"><DisplayValue shown={p.amount} /></td>
                <td className="px-4 py-2.5 text-right font-mono tabular-nums">{p.usd === null ? <span className="text-slate-500 dark:text-slate-400">No price</span> : <DisplayValue shown={displayUsd(p.usd)} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </CardsOnPhone>
    </Card>
  );
}
