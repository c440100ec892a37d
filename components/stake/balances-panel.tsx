import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { TokenOnChainIcon } from "@/components/icons/token-on-chain-icon";
import { DisplayValue } from "@/components/ui/display-value";
import type { Shown } from "@/lib/amount/display";

export interface BalanceRow {
  id: string;
  /** e.g. "milkTIA on Osmosis". */
  label: string;
  /** The amount (displayToken: rounded, exact on hover, focus and copy) or a dash; null while loading; undefined when it failed. */
  amount: Shown | string | null | undefined;
  note?: string;
  /** For the icon: the token symbol and chain key ("milkTIA", "osmosis"). The label stays the text. */
  symbol?: string;
  chain?: string;
}

type BalancesPanelProps = {
  connected: boolean;
  connecting: boolean;
  rows: ReadonlyArray<BalanceRow>;
  /** Offered in simulator mode only: the built-in demo wallet. */
  onUseDemo?: () => void;
  connectError?: string | null;
};

/** The user's balances for the selected asset, or a call to connect when there is no wallet. */
export function BalancesPanel({ connected, connecting, rows, onUseDemo, connectError }: BalancesPanelProps) {
  if (!connected) {
    return (
      <div className="space-y-3 text-sm">
        <p className="leading-6 text-slate-700 dark:text-slate-300">
          Connect a wallet to see your balances and to stake. Use the wallet button at the top of the page
          {onUseDemo ? ", or try everything with the built-in demo wallet: test keys in this browser, funded by the simulator." : "."}
        </p>
        {onUseDemo ? (
          <Button onClick={onUseDemo} pending={connecting} pendingLabel="Connecting">
            Use the demo wallet
          </Button>
        ) : null}
        {connectError ? (
          <p role="alert" className="text-red-700 dark:text-red-400">
            The wallet could not connect: {connectError}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Your balances</caption>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row" className="py-2 pr-3 text-left font-normal text-slate-600 dark:text-slate-400">
              <span className="flex items-start gap-2.5">
                {r.symbol ? <TokenOnChainIcon symbol={r.symbol} chain={r.chain} className="mt-0.5 size-5" /> : null}
                <span>
                  {r.label}
                  {r.note ? <span className="block text-xs">{r.note}</span> : null}
                </span>
              </span>
            </th>
            <td className="py-2 text-right font-medium tabular-nums break-all">
              {r.amount === null ? (
                <span aria-busy="true">
                  <span className="sr-only">Loading</span>
                  <Skeleton className="ml-auto h-4 w-20" />
                </span>
              ) : r.amount === undefined ? (
                <span className="text-red-700 dark:text-red-400">unavailable</span>
              ) : typeof r.amount === "string" ? (
                r.amount
              ) : (
                <DisplayValue shown={r.amount} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
