/**
 * The Content-Security-Policy and the other security headers, as pure functions so they are
 * unit-tested; proxy.ts sets the per-request CSP with its nonce. The static headers every
 * response carries live in static-headers.mjs, which next.config.js loads without a compiler.
 */

/** WalletConnect v2 relays (Keplr Mobile) and its Verify iframe. */
const WALLETCONNECT_RELAYS = ["wss://relay.walletconnect.org", "wss://relay.walletconnect.com"];
const WALLETCONNECT_FRAMES = ["https://verify.walletconnect.org", "https://verify.walletconnect.com"];

/**
 * Where the browser may connect. Live mode talks to whatever CometBFT RPC endpoint the user
 * types in Settings, so no fixed host list can work: any https: origin is allowed, and plain
 * http: only for a node on this machine (localhost / 127.0.0.1, e.g. the devnet). That is also
 * all a browser lets an https page reach (mixed content blocks other http: URLs anyway), so
 * the Settings form cannot promise more than this. Exfiltration to an arbitrary https: host is
 * therefore not prevented by connect-src; script-src (nonces, no 'unsafe-inline') is what
 * keeps injected code from running at all. The same holds for the nodes' websockets (live mode
 * subscribes to new blocks at <rpc>/websocket): wss: anywhere, ws: only on this machine.
 */
function connectSources(): string[] {
  const local = ["http://localhost:*", "http://127.0.0.1:*", "ws://localhost:*", "ws://127.0.0.1:*"];
  return ["'self'", "https:", "wss:", ...local, ...WALLETCONNECT_RELAYS];
}

export function contentSecurityPolicy(nonce: string, opts: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic': the chunks Next's nonced scripts load are trusted too; no host list.
    // React's dev build evaluates code for its debugging aids, so 'unsafe-eval' only in dev.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(opts.dev ? ["'unsafe-eval'"] : [])],
    // Styles: the stylesheet plus style="" attributes React renders (progress bars, charts).
    // Inline styles cannot run code; a nonce here would forbid those attributes.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "font-src": ["'self'", "data:"],
    "connect-src": connectSources(),
    "frame-src": WALLETCONNECT_FRAMES,
    "worker-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(" ")}`)
    .join("; ");
}

/** A fresh nonce: 128 random bits, base64 (the CSP nonce-source alphabet). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
