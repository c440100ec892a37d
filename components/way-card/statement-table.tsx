import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";

export interface StatementRow {
  seq: number;
  /** <When>: relative to the chain clock, UTC on hover and focus. */
  time: ReactNode;
  kind: string;
  /** The merchant or a short note. */
  detail: string;
  /** Signed, to cents with the exact value on hover, e.g. "−$12.50" or "+$3.00"; null when no dollars moved. */
  amount: ReactNode;
  direction: "in" | "out" | "none";
  balanceAfter: ReactNode;
  owedAfter: ReactNode;
}

/** Older lines on request: present when the contract may have more. */
export interface StatementMore {
  onLoadMore: () => void;
  loading: boolean;
  /** Why the last "Load more" failed, if it did. */
  error?: string;
}

/** The card's statement as a real table (caption, column headers), scrolling sideways at 375 px. */
export function StatementTable({ rows, caption, more }: { rows: ReadonlyArray<StatementRow>; caption: string; more?: StatementMore }) {
  if (rows.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No statement lines yet.</p>;
  }
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800" tabIndex={0} role="region" aria-label={caption}>
        <CardsOnPhone>
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-950/40 dark:text-slate-400">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">When</th>
                <th scope="col" className="px-3 py-2 font-medium">What</th>
                <th scope="col" className="px-3 py-2 font-medium">Detail</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Amount</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Balance after</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">Owed after</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.seq} className="border-t border-slate-200 dark:border-slate-800">
                  <td className="px-3 py-2 whitespace-nowrap tabular-nums">{r.time}</td>
                  <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">{r.kind}</th>
                  <td className="min-w-[12rem] max-w-[20rem] px-3 py-2 break-words text-slate-600 dark:text-slate-400">{r.detail}</td>
                  <td
                    className={cn(
                      "px-3 py-2 text-right whitespace-nowrap tabular-nums",
                      r.direction === "in" && "text-emerald-700 dark:text-emerald-400",
                      r.direction === "out" && "text-slate-900 dark:text-slate-100",
                    )}
                  >
                    {r.amount || "—"}
                  </td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{r.balanceAfter}</td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{r.owedAfter}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </CardsOnPhone>
      </div>
      <p aria-live="polite" className="text-xs text-slate-600 dark:text-slate-400">
        {more?.error ? `Older lines could not be loaded: ${more.error}` : `${rows.length} ${rows.length === 1 ? "line" : "lines"} shown${more ? "; older lines can be loaded" : ""}.`}
      </p>
      {more ? (
        <Button variant="secondary" size="sm" onClick={more.onLoadMore} pending={more.loading} pendingLabel="Loading older lines">
          Load more
        </Button>
      ) : null}
    </div>
  );
}
