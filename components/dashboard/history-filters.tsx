import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { HISTORY_KINDS, type HistoryFilters as Filters } from "@/lib/protocol/history";
import { CHAIN_KEYS } from "@/lib/stores/network-store";

const field = "mt-1 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm dark:border-slate-700 dark:bg-slate-900";

/** Chain, type and date-range filters; a bad range is explained next to the dates. */
export function HistoryFilters({ value, onChange, problem }: { value: Filters; onChange: (f: Filters) => void; problem: string | null }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="sr-only">Filter transactions</legend>
      <label className="text-sm font-medium">
        Chain
        <select className={field} value={value.chain} onChange={(e) => onChange({ ...value, chain: e.target.value as Filters["chain"] })}>
          <option value="all">All chains</option>
          {CHAIN_KEYS.map((k) => (
            <option key={k} value={k}>
              {CHAIN_NAMES[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Type
        <select className={field} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as Filters["kind"] })}>
          <option value="all">All types</option>
          {HISTORY_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        From (UTC)
        <input
          type="date"
          className={field}
          value={value.from}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "history-date-problem" : undefined}
          onChange={(e) => onChange({ ...value, from: e.target.value })}
        />
      </label>
      <label className="text-sm font-medium">
        To (UTC)
        <input
          type="date"
          className={field}
          value={value.to}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "history-date-problem" : undefined}
          onChange={(e) => onChange({ ...value, to: e.target.value })}
        />
      </label>
      {problem ? (
        <p id="history-date-problem" role="alert" className="text-sm text-red-700 sm:col-span-2 lg:col-span-4 dark:text-red-300">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
