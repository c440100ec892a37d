/** Shown when the contract's operators have stopped it: reads work, every action is refused. */
export function StoppedBanner({ symbol, chainName }: { symbol: string; chainName: string }) {
  return (
    <div
      role="status"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">The {symbol} contract is stopped</p>
      <p className="mt-1 leading-6">
        Its operators have stopped the staking contract on {chainName}, so staking, unstaking and claiming are
        disabled until they resume it. Balances, rates and your requests are still shown.
      </p>
    </div>
  );
}
