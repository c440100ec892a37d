"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";
import { cn } from "@/components/ui/class-names";

/**
 * Below the `sm` breakpoint, every table inside becomes a stack of cards: one card per body
 * row, its row header (th scope="row") as the card's title, then "label  value" lines. It stays
 * ONE DOM table — caption, column headers (visually hidden, still announced), rows and cells
 * keep their roles, order and accessible names — only the CSS changes, so nothing scrolls
 * sideways on a phone and tests that find rows by name and cells by index still hold.
 *
 * The labels come from the table's own column headers: each body cell gets a `data-label`
 * copied from the header above it (re-done when rows change), drawn with
 * `::before { content: attr(data-label) }`. A header with only visually-hidden text (e.g. the
 * "Action" column) gives an empty label; a cell spanning several columns gets none.
 */
export const CARDS_ON_PHONE = [
  "max-sm:[&_table]:block max-sm:[&_table]:w-full max-sm:[&_table]:min-w-0",
  // Column headers: off screen but still in the accessibility tree.
  "max-sm:[&_thead]:absolute max-sm:[&_thead]:size-px max-sm:[&_thead]:overflow-hidden max-sm:[&_thead]:[clip-path:inset(50%)] max-sm:[&_thead]:whitespace-nowrap",
  "max-sm:[&_tbody]:block max-sm:[&_tbody]:space-y-2 max-sm:[&_tbody]:p-2",
  "max-sm:[&_tbody>tr]:flex max-sm:[&_tbody>tr]:flex-col max-sm:[&_tbody>tr]:rounded-lg max-sm:[&_tbody>tr]:border max-sm:[&_tbody>tr]:border-slate-200 max-sm:[&_tbody>tr]:bg-white max-sm:[&_tbody>tr]:p-3 dark:max-sm:[&_tbody>tr]:border-slate-800 dark:max-sm:[&_tbody>tr]:bg-slate-900",
  // The row header is the card's title, whatever its column.
  "max-sm:[&_tbody_th]:order-first max-sm:[&_tbody_th]:block max-sm:[&_tbody_th]:p-0 max-sm:[&_tbody_th]:pb-1 max-sm:[&_tbody_th]:text-left max-sm:[&_tbody_th]:font-semibold",
  "max-sm:[&_tbody_td]:flex max-sm:[&_tbody_td]:max-w-none max-sm:[&_tbody_td]:items-baseline max-sm:[&_tbody_td]:justify-between max-sm:[&_tbody_td]:gap-3 max-sm:[&_tbody_td]:px-0 max-sm:[&_tbody_td]:py-1 max-sm:[&_tbody_td]:text-right max-sm:[&_tbody_td]:[overflow-wrap:anywhere]",
  "max-sm:[&_tbody_td]:before:shrink-0 max-sm:[&_tbody_td]:before:text-left max-sm:[&_tbody_td]:before:font-sans max-sm:[&_tbody_td]:before:text-xs max-sm:[&_tbody_td]:before:font-normal max-sm:[&_tbody_td]:before:text-slate-500 max-sm:[&_tbody_td]:before:content-[attr(data-label)] dark:max-sm:[&_tbody_td]:before:text-slate-400",
  "max-sm:[&_tbody_td[data-label='']]:justify-end max-sm:[&_tbody_td:not([data-label])]:block max-sm:[&_tbody_td:not([data-label])]:text-left",
].join(" ");

/** The visible text of a header cell: "" when all of it is visually hidden. */
function headerText(th: HTMLTableCellElement): string {
  const all = (th.textContent ?? "").trim();
  const hidden = [...th.querySelectorAll(".sr-only")].map((n) => n.textContent ?? "").join("").trim();
  return hidden && hidden === all ? "" : all;
}

/** Copies each column header's text onto the body cells below it as data-label. */
export function labelCells(root: ParentNode) {
  for (const table of root.querySelectorAll("table")) {
    const headRow = table.tHead?.rows[table.tHead.rows.length - 1];
    if (!headRow) continue;
    const heads: string[] = [];
    for (const th of headRow.cells) for (let i = 0; i < th.colSpan; i++) heads.push(headerText(th as HTMLTableCellElement));
    for (const body of table.tBodies) {
      for (const row of body.rows) {
        let col = 0;
        for (const cell of row.cells) {
          if (cell.tagName === "TD") {
            if (cell.colSpan > 1) cell.removeAttribute("data-label");
            else if (cell.getAttribute("data-label") !== (heads[col] ?? "")) cell.setAttribute("data-label", heads[col] ?? "");
          }
          col += cell.colSpan;
        }
      }
    }
  }
}

export function CardsOnPhone({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    labelCells(root);
    // Rows arrive and change after the first paint (queries); label them as they do.
    const observer = new MutationObserver(() => labelCells(root));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className={cn(CARDS_ON_PHONE, className)}>
      {children}
    </div>
  );
}
