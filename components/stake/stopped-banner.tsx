/** Shown when the contract's operators have stopped it: reads work, every contract action is refused. */
export function StoppedBanner({ symbol, chainName, poolId }: { symbol: string; chainName: string; poolId?: bigint }) {
  return (
    <div
      role="status"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">The {symbol} contract is stopped</p>
      <p className="mt-1 leading-6">
        Its operators have stopped the staking contract on {chainName}, so staking, unstaking and claiming are
        refused by the contract until they resume it. Balances, rates and your requests are still shown.
        {poolId !== undefined
          ? ` The way out that still works is the market: sell ${symbol} on Osmosis pool #${poolId} from the Unstake tab, quoted against the last redemption rate.`
          : ""}
      </p>
    </div>
  );
}
