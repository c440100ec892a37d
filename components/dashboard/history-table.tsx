import { Card } from "@/components/ui/card";
import { HISTORY_COLUMNS, historyCells, type HistoryRow } from "@/lib/protocol/history";
import type { ChainKey } from "@/lib/stores/network-store";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";

/**
 * The transactions on screen. Each cell shows exactly the string the CSV export writes
 * (historyCells), so the download and the table cannot drift apart. Chain text (memos) is
 * rendered as text by React, never as HTML.
 */
export function HistoryTable({ rows, chainLabel }: { rows: ReadonlyArray<HistoryRow>; chainLabel: (k: ChainKey) => string }) {
  return (
    <Card className="overflow-x-auto p-0" tabIndex={0} role="region" aria-label="Your transactions">
      <CardsOnPhone>
        <table className="w-full min-w-[56rem] text-sm">
          <caption className="sr-only">Your transactions</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
              {HISTORY_COLUMNS.map((c) => (
                <th key={c} scope="col" className="px-3 py-2.5 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top dark:divide-slate-800">
            {rows.map((r) => {
              const cells = historyCells(r, chainLabel);
              return (
                <tr key={r.id}>
                  <td className="px-3 py-2 whitespace-nowrap">{cells[0]}</td>
                  <td className="px-3 py-2">{cells[1]}</td>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    {cells[2]}
                  </th>
                  <td className="px-3 py-2 font-mono tabular-nums">{cells[3]}</td>
                  <td className="px-3 py-2 font-mono tabular-nums">{cells[4]}</td>
                  <td className="px-3 py-2 font-mono tabular-nums">{cells[5]}</td>
                  <td className={r.ok ? "px-3 py-2 font-medium text-emerald-700 dark:text-emerald-300" : "max-w-56 px-3 py-2 break-words text-red-700 dark:text-red-300"}>{cells[6]}</td>
                  <td className="px-3 py-2 font-mono tabular-nums">{cells[7]}</td>
                  <td className="max-w-40 px-3 py-2 font-mono text-xs break-all">{cells[8]}</td>
                  <td className="max-w-48 px-3 py-2 text-xs break-words whitespace-pre-wrap">{cells[9]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </CardsOnPhone>
    </Card>
  );
}
