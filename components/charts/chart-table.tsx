import { CardsOnPhone } from "@/components/ui/cards-on-phone";

/**
 * The table alternative of a chart: the exact figures the chart draws, behind a native
 * <details> so it is keyboard- and screen-reader-operable with no script of its own.
 */
export interface ChartTableData {
  caption: string;
  columns: ReadonlyArray<string>;
  /** Exact strings, first cell is the row header. */
  rows: ReadonlyArray<ReadonlyArray<string>>;
}

export function ChartTable({ data, summary = "Show the data as a table" }: { data: ChartTableData; summary?: string }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer rounded font-medium text-milk-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:text-milk-300">
        {summary}
      </summary>
      <div className="mt-2 max-h-80 overflow-auto rounded-lg border border-slate-200 dark:border-slate-800" tabIndex={0} role="region" aria-label={`${data.caption} (table)`}>
        <CardsOnPhone>
        <table className="w-full text-left">
          <caption className="sr-only">{data.caption}</caption>
          <thead className="sticky top-0 bg-slate-50 dark:bg-slate-900">
            <tr>
              {data.columns.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-medium text-slate-600 dark:text-slate-300">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {data.rows.map((r, i) => (
              <tr key={i}>
                {r.map((cell, j) =>
                  j === 0 ? (
                    <th key={j} scope="row" className="px-3 py-1.5 font-normal whitespace-nowrap">
                      {cell}
                    </th>
                  ) : (
                    <td key={j} className="px-3 py-1.5 font-mono tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
        </CardsOnPhone>
      </div>
    </details>
  );
}
