/** Joins class names, skipping falsy parts. A tiny stand-in for clsx (no new dependency). */
export function cn(...parts: ReadonlyArray<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(" ");
}
