import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";

/**
 * A fresh CSP nonce per page request. Next reads the nonce from the request's
 * Content-Security-Policy header and puts it on its own inline and chunk scripts; app/layout.tsx
 * reads x-nonce for the theme script. The browser gets the same policy on the response.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production" });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but what is never a document: built chunks and images, and the files in public/
  // (the simulator genesis, the icon and the web app manifest). Excluding by extension (".json", ".txt"…) would serve a 404 *page*
  // at such a path without its policy, so the exclusions name real folders and files only.
  // Prefetch requests are not skipped (as Next's example does): every page here renders per
  // request anyway, and a document must never be served without its policy because of a header.
  matcher: ["/((?!_next/static/|_next/image|sim/genesis\\.json$|favicon\\.svg$|manifest\\.webmanifest$).*)"],
};
