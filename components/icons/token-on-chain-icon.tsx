import { ChainIcon } from "./chain-icon";
import { TokenIcon } from "./token-icon";

/** A token's mark with its chain's small mark at the lower right ("milkTIA on Osmosis"). Decorative. */
export function TokenOnChainIcon({ symbol, chain, className }: { symbol: string; chain?: string; className?: string }) {
  return (
    <span aria-hidden="true" className={`relative inline-flex shrink-0 ${className ?? "size-6"}`}>
      <TokenIcon symbol={symbol} className="size-full" />
      {chain ? <ChainIcon chain={chain} className="absolute -right-1 -bottom-1 size-[55%] rounded-[3px] ring-2 ring-white dark:ring-slate-900" /> : null}
    </span>
  );
}
