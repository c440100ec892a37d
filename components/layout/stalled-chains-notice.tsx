/**
 * Live mode: chains whose node has reported the same height for a while. Said plainly, because
 * a halted chain (or a lagging node) otherwise looks like stale balances and transactions that
 * never confirm, with no reason given.
 */
export function StalledChainsNotice({ chains }: { chains: ReadonlyArray<{ name: string; height: number; sinceMs: number }> }) {
  if (chains.length === 0) return null;
  const time = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return (
    <div className="mx-auto mt-4 w-full max-w-6xl px-4">
      <section
        role="alert"
        aria-labelledby="stalled-chains-heading"
        className="rounded-xl border-2 border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
      >
        <h2 id="stalled-chains-heading" className="text-base font-semibold">
          No new blocks from {chains.map((c) => c.name).join(", ")}
        </h2>
        <ul className="mt-1 text-sm leading-6">
          {chains.map((c) => (
            <li key={c.name}>
              {c.name}: still at block {c.height} since {time.format(new Date(c.sinceMs))}.
            </li>
          ))}
        </ul>
        <p className="mt-1 text-sm leading-6">
          The chain may be halted, or the RPC node may be behind. Balances may be out of date, and a transaction sent now may
          not be confirmed until blocks resume. Another RPC endpoint can be set in Settings.
        </p>
      </section>
    </div>
  );
}
