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
  ...(root ? { outputFileTracingRoot: root } : {}),
  // Every response (pages, chunks, the genesis file) carries these; the per-request CSP with
  // its nonce comes from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders({ production: process.env.NODE_ENV === "production" }) }];
  },
};

export default nextConfig;
