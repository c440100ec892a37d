import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";
import { staticSecurityHeaders } from "./lib/security/static-headers.mjs";

/**
 * A git worktree may share another checkout's node_modules through a symlink. Turbopack only
 * compiles files under its root, so the root then has to contain both this project and the
 * real node_modules: their common ancestor. Without such a symlink the default stands.
 */
function sharedNodeModulesRoot() {
  try {
    if (!lstatSync("node_modules").isSymbolicLink()) return undefined;
    const here = process.cwd().split(path.sep);
    const there = realpathSync("node_modules").split(path.sep);
    let i = 0;
    while (i < here.length && i < there.length && here[i] === there[i]) i++;
    return here.slice(0, i).join(path.sep) || path.sep;
  } catch {
    return undefined;
  }
}
const root = sharedNodeModulesRoot();

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The simulator and CosmJS run in the browser only; nothing here needs a Node runtime.
  turbopack: {
    ...(root ? { root } : {}),
    // @cosmos-kit/react's default modal needs @interchain-ui/react; the app passes its own
    // walletModal, so that import resolves to a stub (components/wallet/no-default-modal.ts).
    // The Keplr and Leap connectors build their chain suggestion with @chain-registry/keplr, which
    // drags @keplr-wallet/cosmos and /crypto (elliptic, ~300 kB gzip) in for a bech32 prefix list;
    // our own conversion (checked against it in lib/wallet/chain-records.test.ts) takes its place.
    // hash-wasm, all of it, came with @cosmjs/crypto for an Argon2id nothing here calls: it loads
    // from its own file when called (lib/cosmos/hash-wasm-lazy.ts).
    resolveAlias: {
      "@interchain-ui/react": "./components/wallet/no-default-modal.ts",
      "@chain-registry/keplr": "./lib/wallet/keplr-chain-info.ts",
      "hash-wasm": "./lib/cosmos/hash-wasm-lazy.ts",
    },
  },
  // Few, large chunks. The simulator's worker loads its chunks one request after another
  // (Turbopack's worker bootstrap uses importScripts), and while a page starts every request
  // waits on the same two cores as hydration: 20 worker chunks took ~470 ms from the worker's
  // start to its code running, 4 take ~300 ms. Routes load 4 chunks instead of 11 (first-load JS
  // 166–172 → 161–167 kB). bench:data cold load paired against the build before, together with
  // the workers' smaller imports (scripts/worker-budget.json): 887 → 736 ms median (−156 ms).
  // The price: a light page evaluates its first-load JavaScript as one long task, and Lighthouse
  // mobile on /settings and /history came out 1–6 points lower in paired runs (the README has
  // the table, and the moderate setting that kept them even but put cold load over 1 s).
  // `maxMergeChunkSize` must be raised too: chunks over it (the codecs, React) are never merged.
  experimental: {
    turbopackChunking: { maxChunkCountPerGroup: 4, minChunkSize: 2_000_000, maxMergeChunkSize: 4_000_000, requestCost: 10_000_000 },
  },
  ...(root ? { outputFileTracingRoot: root } : {}),
  // Every response (pages, chunks, the genesis file) carries these; the per-request CSP with
  // its nonce comes from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

export default nextConfig;
