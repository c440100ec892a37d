import { TokenIcon } from "@/components/icons/token-icon";

export interface AssetOption {
  /** The LST symbol, e.g. "milkTIA". */
  value: string;
  label: string;
}

type AssetSelectProps = {
  id: string;
  value: string;
  options: ReadonlyArray<AssetOption>;
  onChange: (value: string) => void;
};

/** Which token to stake: a native select, so keyboard and screen readers get the platform control. */
export function AssetSelect({ id, value, options, onChange }: AssetSelectProps) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        Asset
      </label>
      {/* A native select cannot hold images: the chosen token's mark sits inside its left edge. */}
      <div className="relative sm:w-64">
        <TokenIcon symbol={value} className="pointer-events-none absolute top-1/2 left-2.5 size-5 -translate-y-1/2" />
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className="h-10 w-full rounded-lg border border-slate-300 bg-white pr-3 pl-9 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
