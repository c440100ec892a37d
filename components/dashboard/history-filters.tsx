import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { HISTORY_KINDS, type HistoryFilters as Filters } from "@/lib/protocol/history";
import { CHAIN_KEYS } from "@/lib/stores/network-store";
import { SelectField } from "@/components/ui/select-field";

const field = "mt-1 block h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm dark:border-slate-700 dark:bg-slate-900";

/** Chain, type and date-range filters; a bad range is explained next to the dates. */
export function HistoryFilters({ value, onChange, problem }: { value: Filters; onChange: (f: Filters) => void; problem: string | null }) {
  return (
    <fieldset className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <legend className="sr-only">Filter transactions</legend>
      <SelectField
        id="history-chain"
        label="Chain"
        size="md"
        tight
        value={value.chain}
        options={[{ value: "all", label: "All chains" }, ...CHAIN_KEYS.map((k) => ({ value: k, label: CHAIN_NAMES[k] }))]}
        onChange={(v) => onChange({ ...value, chain: v as Filters["chain"] })}
      />
      <SelectField
        id="history-kind"
        label="Type"
        size="md"
        tight
        value={value.kind}
        options={[{ value: "all", label: "All types" }, ...HISTORY_KINDS.map((k) => ({ value: k, label: k }))]}
        onChange={(v) => onChange({ ...value, kind: v as Filters["kind"] })}
      />
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
