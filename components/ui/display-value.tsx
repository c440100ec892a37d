"use client";

import type { ClipboardEvent } from "react";
import type { Shown } from "@/lib/amount/display";

/**
 * A rounded number on screen with its exact value one hover or one Tab away, e.g.
 * `<DisplayValue shown={displayToken(base, 6, "TIA")} />`:
 * - hover: the exact value as the title (screen readers announce it as the description);
 * - keyboard: the value takes focus and shows the exact value beside it;
 * - copy: a selection within the value copies the exact amount, never the rounded one.
 * The text on screen is only the rounded value (what a reader, and a test, reads); a <data>
 * element carries the machine-readable exact value. Unrounded values render as plain text.
 */
export function DisplayValue({ shown, className }: { shown: Shown; className?: string }) {
  if (shown.text === shown.exact) return <span className={className}>{shown.text}</span>;
  return (
    <data
      value={shown.exact}
      title={shown.exact}
      tabIndex={0}
      data-exact={shown.exact}
      onCopy={(e) => copyExact(e, shown.exact)}
      className={[
        "relative rounded-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500",
        // The exact value beside the focused number (a title never shows for keyboard focus).
        "focus-visible:after:absolute focus-visible:after:left-0 focus-visible:after:top-full focus-visible:after:z-10 focus-visible:after:mt-1 focus-visible:after:whitespace-nowrap focus-visible:after:rounded focus-visible:after:bg-slate-900 focus-visible:after:px-2 focus-visible:after:py-1 focus-visible:after:text-xs focus-visible:after:font-normal focus-visible:after:text-white focus-visible:after:content-[attr(data-exact)]",
        className ?? "",
      ].join(" ")}
    >
      {shown.text}
    </data>
  );
}

/** A selection that lies within the value copies the exact value; a wider selection is left alone. */
export function copyExact(e: Pick<ClipboardEvent<HTMLElement>, "currentTarget" | "clipboardData" | "preventDefault">, exact: string): boolean {
  const sel = typeof window === "undefined" ? null : window.getSelection();
  if (!sel || sel.isCollapsed || !e.currentTarget.contains(sel.anchorNode) || !e.currentTarget.contains(sel.focusNode)) return false;
  e.clipboardData.setData("text/plain", exact);
  e.preventDefault();
  return true;
}
