/** Which prices the USD columns use, so every value can be checked against price × amount. */
export function PricesNote({ prices, error }: { prices: ReadonlyArray<{ denom: string; symbol: string; usd: string | null }> | undefined; error: string | null }) {
  if (error) return <p className="text-sm text-red-700 dark:text-red-400">Prices could not be read: {error}</p>;
  if (!prices) return <p className="text-sm text-slate-600 dark:text-slate-400">Loading prices…</p>;
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300">
      USD values use the MilkyWay chain&apos;s own oracle prices:{" "}
      {prices.map((p, i) => (
        <span key={p.denom}>
          {i > 0 ? " · " : ""}
          <span className="whitespace-nowrap">
            {p.symbol} {p.usd !== null ? `$${p.usd}` : "no price"}
          </span>
        </span>
      ))}
      . APR (est.) ≈ a service&apos;s daily rewards × 365 × price ÷ the value that secures it; a pool or operator adds up the
      services it earns from (an operator after commission).
    </p>
  );
}
