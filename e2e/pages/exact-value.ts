import type { Locator } from "@playwright/test";

/**
 * The exact value behind a rounded number on screen. The display module (components/ui/
 * display-value.tsx) shows a rounded text and carries the exact value in a <data value>, the
 * one a user gets on hover, focus or copy; a value shown unrounded is plain text. Tests that
 * compare against the chain to the last base unit read this, never the rounded text.
 */
export async function exactText(scope: Locator): Promise<string> {
  const data = scope.locator("data[value]");
  const n = await data.count();
  if (n === 0) return (await scope.textContent()) ?? "";
  if (n > 1) throw new Error(`exactText: ${n} values in one place; narrow the locator`);
  return (await data.getAttribute("value")) ?? "";
}
