/**
 * Block times as fixed, locale-free UTC text ("2026-11-23 22:10 UTC"), so the screen, the CSV
 * and the e2e tests read the same for every user and time zone.
 */
export function formatUtc(ms: number, precision: "minute" | "second" = "minute"): string {
  return `${new Date(ms).toISOString().slice(0, precision === "second" ? 19 : 16).replace("T", " ")} UTC`;
}
