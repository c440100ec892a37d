/**
 * Who may drive the devnet. It binds to 127.0.0.1, but a web page the developer visits can still
 * reach it through the browser, so: the Host header must name this machine (no DNS rebinding),
 * a request from a web origin needs that origin allowed (localhost ports by default, more with
 * --allow-origin), and a POST must be application/json (no text/plain "simple" form posts).
 */
import type { IncomingMessage } from "node:http";

const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/**
 * The Chrome Web Store builds of Keplr and Leap (ids from cosmos-kit's wallet registry). Their
 * background pages fetch balances with the extension's origin; an extension origin cannot be
 * borrowed by a web page, and the developer installed these, so they may read and send by default.
 */
export const WALLET_EXTENSION_ORIGINS = ["chrome-extension://dmkamcknogkgcdfhhbddcghachkejeap", "chrome-extension://fcfcfllfndlomdhbehjjcoimbgofdncg"];

export interface GuardOptions {
  port: number;
  /** Exact origins allowed besides localhost ones; "*" allows every origin. */
  allowOrigins: string[];
}

export type GuardVerdict = { ok: true; corsOrigin: string | null } | { ok: false; status: number; reason: string };

export function hostAllowed(host: string | undefined, port: number): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return h === `localhost:${port}` || h === `127.0.0.1:${port}` || h === `[::1]:${port}`;
}

export function originAllowed(origin: string, opts: GuardOptions): boolean {
  return LOCAL_ORIGIN.test(origin) || WALLET_EXTENSION_ORIGINS.includes(origin) || opts.allowOrigins.includes("*") || opts.allowOrigins.includes(origin);
}

export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  return value.split(";")[0].trim().toLowerCase() === "application/json";
}

/** The verdict on a request before its body is read. */
export function guard(req: IncomingMessage, opts: GuardOptions): GuardVerdict {
  if (!hostAllowed(req.headers.host, opts.port)) {
    return { ok: false, status: 403, reason: `Host header must be localhost:${opts.port}, 127.0.0.1:${opts.port} or [::1]:${opts.port}` };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !originAllowed(origin, opts)) {
    return { ok: false, status: 403, reason: `origin ${origin.slice(0, 200)} is not allowed; start the devnet with --allow-origin ${origin.slice(0, 200)} to allow it` };
  }
  return { ok: true, corsOrigin: origin ?? null };
}

export function parseAllowOrigins(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--allow-origin" && argv[i + 1]) out.push(...argv[++i].split(","));
    else if (a.startsWith("--allow-origin=")) out.push(...a.slice("--allow-origin=".length).split(","));
  }
  return out.map((o) => o.trim().replace(/\/+$/, "")).filter(Boolean);
}
