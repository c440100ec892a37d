/**
 * The simulated clock as every user (and every test) reads it: fixed English names, UTC,
 * "Mon, 8 Dec 2025, 09:33:20 UTC" (September is "Sept" in en-GB) — what Intl.DateTimeFormat("en-GB", { weekday: "short",
 * day: "numeric", month: "short", year: "numeric", hour/minute/second: "2-digit", hour12: false,
 * timeZone: "UTC" }) writes. Built by hand because constructing that formatter (its time-zone data)
 * was the heaviest single piece of the simulator dock's start-up: ~45 ms of main thread on a phone
 * (177 ms under Lighthouse's 4x CPU throttling), on every page, for a string this simple.
 */
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;

const two = (n: number) => String(n).padStart(2, "0");

export function formatSimTime(ms: number): string {
  const d = new Date(ms);
  const date = `${WEEKDAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${date}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`;
}
