import type { ReactNode } from "react";
import { formatUtc } from "@/lib/time/format";
import { Cell, DataTable } from "./data-table";

export interface UnbondingRow {
  key: string;
  target: string;
  amount: ReactNode;
  /** The countdown (lib/time/countdown.ts), e.g. "3d 0h", or "Ready". */
  countdown: string;
  /** When it completes, in ms on the chain clock: the absolute UTC time on hover and focus. */
  completesMs: number;
}

/**
 * One date style: how long is left, with the absolute UTC time on hover and focus (a title
 * never shows for keyboard focus, so the time takes focus and its accessible description
 * carries it).
 */
export function UnbondingsTable({ rows, caption = "Your unbondings" }: { rows: ReadonlyArray<UnbondingRow>; caption?: string }) {
  return (
    <DataTable caption={caption} head={["Target", "Amount", "Completes in"]} empty={rows.length ? undefined : "Nothing is unbonding."}>
      {rows.map((r) => {
        const iso = new Date(r.completesMs).toISOString();
        const utc = formatUtc(r.completesMs);
        return (
          <tr key={r.key}>
            <Cell header>{r.target}</Cell>
            <Cell className="tabular-nums">{r.amount}</Cell>
            <Cell className="tabular-nums">
              <time dateTime={iso} title={utc} tabIndex={0} className="rounded-sm underline decoration-dotted decoration-slate-400 underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500">
                {r.countdown}
              </time>
            </Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}
