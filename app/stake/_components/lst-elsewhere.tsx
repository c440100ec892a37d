"use client";

import { Button } from "@/components/ui/button";
import { useLstBalances } from "@/hooks/use-lst-queries";
import { displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { movableTokensOf } from "@/lib/chains/token-places";
import type { ChainKey } from "@/lib/stores/network-store";
import { type StakeContext } from "./stake-context";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";

/**
 * The LST the user holds on chains other than `here` (one-click delivers it to the native chain,
 * restaking keeps it on MilkyWay), each with a way to bring it where the action needs it.
 */
export function LstElsewhere({ ctx, here, purpose, onMove }: { ctx: StakeContext; here: ChainKey; purpose: string; onMove: (from: ChainKey) => void }) {
  const { net, lst } = ctx;
  const places = movableTokensOf(lst)[1].places.filter((p) => p.key !== here);
  const results = useLstBalances(
    net,
    places.map((p) => ({ key: p.key, address: ctx.connected ? ctx.addresses[net.chainIds[p.key]] : undefined, denom: p.denom })),
  );
  const held = places.flatMap((p, i) => (results[i]?.data ? [{ key: p.key, amount: results[i].data! }] : []));
  if (held.length === 0) return null;
  return (
    <div role="note" aria-label={`Your ${lst.symbol} on other chains`} className="space-y-2 rounded-lg border border-milk-200 bg-milk-50 p-3 text-sm dark:border-milk-800 dark:bg-milk-900/40">
      {held.map((h) => (
        <div key={h.key} className="flex flex-wrap items-center justify-between gap-2">
          <span>
            You also have <DisplayValue shown={displayToken(h.amount, lst.decimals, lst.symbol)} /> on {CHAIN_NAMES[h.key]}. {purpose}
          </span>
          <Button size="sm" variant="secondary" disabled={ctx.busy} onClick={() => onMove(h.key)}>
            Move from {CHAIN_NAMES[h.key]} to {CHAIN_NAMES[here]}
          </Button>
        </div>
      ))}
    </div>
  );
}
