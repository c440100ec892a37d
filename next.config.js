import { staticSecurityHeaders } from "./lib/security/static-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The simulator and CosmJS run in the browser only; nothing here needs a Node runtime.
  turbopack: {},
  // Every response (pages, chunks, the genesis file) carries these; the per-request CSP with
  // its nonce comes from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

export default nextConfig;
