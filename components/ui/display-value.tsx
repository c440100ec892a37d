import type { Shown } from "@/lib/amount/display";

/**
 * A rounded number on screen with its exact value one hover away (title) and read in full by
 * screen readers, e.g. `<DisplayValue shown={displayToken(base, 6, "TIA")} />`. A <data>
 * element carries the machine-readable exact value. Unrounded values render as plain text.
 */
export function DisplayValue({ shown, className }: { shown: Shown; className?: string }) {
  if (shown.text === shown.exact) return <span className={className}>{shown.text}</span>;
  return (
    <data value={shown.exact} title={shown.exact} className={className}>
      <span aria-hidden="true">{shown.text}</span>
      <span className="sr-only">{shown.exact}</span>
    </data>
  );
}
