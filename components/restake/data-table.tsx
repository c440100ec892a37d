import type { ReactNode } from "react";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * A captioned table. On a phone each row is a card of "label  value" lines (CardsOnPhone), so
 * nothing scrolls sideways; from `sm` up it is a plain table that may scroll if very narrow.
 * While `loading` (its read has not answered yet) it shows placeholder rows, never `empty`: an
 * empty table is an answer, and saying "No pools yet." before asking would be a false one.
 */
export function DataTable({
  caption,
  head,
  children,
  empty,
  loading = false,
}: {
  caption: string;
  head: ReadonlyArray<string>;
  children: ReactNode;
  empty?: string;
  loading?: boolean;
}) {
  return (
    <CardsOnPhone className="sm:overflow-x-auto">
      <table aria-busy={loading || undefined} className="w-full min-w-[32rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-slate-500 dark:text-slate-400">
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="px-2 py-2 font-medium">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
          {loading ? (
            <tr>
              <td colSpan={head.length} className="space-y-2 px-2 py-3">
                <span className="sr-only">Loading {caption.toLowerCase()}</span>
                <Skeleton className="h-5 w-full" />
                <Skeleton className="h-5 w-2/3" />
              </td>
            </tr>
          ) : null}
          {!loading ? children : null}
          {!loading && empty ? (
            <tr>
              <td colSpan={head.length} className="px-2 py-3 text-slate-600 dark:text-slate-400">
                {empty}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </CardsOnPhone>
  );
}

export function Cell({ children, header, className }: { children: ReactNode; header?: boolean; className?: string }) {
  const cls = `px-2 py-2 align-top ${className ?? ""}`;
  return header ? (
    <th scope="row" className={`${cls} font-medium`}>
      {children}
    </th>
  ) : (
    <td className={cls}>{children}</td>
  );
}
