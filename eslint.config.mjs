import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// ---------------------------------------------------------------------------------------------
// Layer rules of docs/architecture (design §10 "Layer rules are lint rules"):
//   app → components, hooks → lib; lib never imports React; lib/sim imports only amount/, chains/
//   and generated codecs. Tests (and lib/sim/integration, which drives real CosmJS against the
//   simulator) may import anything.
// Paths are resolved by eslint-plugin-import (registered by eslint-config-next, with the
// TypeScript resolver), so "@/…" and relative imports are both caught.

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "**/test-*.ts", "**/test-*.tsx", "e2e/**", "scripts/**"];

/** UI frameworks lib/ must not depend on (zustand/vanilla and zustand/middleware are React-free). */
const REACT = [
  { group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*"], message: "lib/ never imports React or Next (design §10): put UI code in hooks/ or components/." },
  { group: ["@cosmos-kit/react", "@cosmos-kit/react-lite", "@cosmos-kit/react/*", "@cosmos-kit/react-lite/*"], message: "lib/ never imports React: cosmos-kit's React provider lives in components/wallet." },
];
/** zustand's root entry is its React binding; zustand/vanilla and zustand/middleware are React-free. */
const ZUSTAND_REACT = [{ name: "zustand", message: "lib/ never imports React: use zustand/vanilla; the React binding belongs in hooks/." }];
const REACT_QUERY = { group: ["@tanstack/react-query", "@tanstack/react-query/*"], message: "lib/ never imports React: query option factories live in lib/queries only." };

/** What the app uses to sign; the simulator derives what it verifies on its own (lib/sim/tx/aminojson.ts). */
const APP_COSMJS = {
  group: ["@cosmjs/amino", "@cosmjs/stargate", "@cosmjs/proto-signing", "@cosmjs/cosmwasm-stargate", "@cosmjs/tendermint-rpc"],
  message: "lib/sim is the chain: it uses generated codecs and @cosmjs/crypto|encoding|math, never the app's signing stack.",
};

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "lib/cosmos/proto/gen/**"],
  },
  {
    rules: {
      // Protobuf codecs and JSON-RPC payloads are untyped at the edge; the simulator narrows them.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
  {
    files: ["**/*.ts", "**/*.tsx"],
    ignores: TESTS,
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./app", "./components", "./hooks"], message: "lib/ is below the UI: it never imports app/, components/ or hooks/." },
            { target: "./hooks", from: ["./app", "./components"], message: "hooks/ sit below components/ and app/." },
            { target: "./components", from: "./app", message: "components/ never import app/ (app → components)." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { paths: ZUSTAND_REACT, patterns: [...REACT, REACT_QUERY] }] },
  },
  {
    // Exception: lib/queries are React Query option factories (queryOptions, infiniteQueryOptions,
    // skipToken are identity helpers with no React at call time); hooks/ pass them to useQuery.
    // lib/tx/mutation-options.ts likewise holds the mutationOptions factories useMutation takes.
    files: ["lib/queries/**/*.ts", "lib/tx/mutation-options.ts"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", { paths: ZUSTAND_REACT, patterns: REACT }] },
  },
  {
    files: ["lib/sim/**/*.ts"],
    ignores: [...TESTS, "lib/sim/integration/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: ZUSTAND_REACT, patterns: [...REACT, REACT_QUERY, APP_COSMJS] }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib/sim",
              from: "./lib",
              // lib/cosmos/proto holds the generated codecs (gen/) and, until the codegen branch
              // lands, the MilkyWay and connect codecs it is replacing with generated ones.
              except: ["./sim", "./amount", "./chains", "./cosmos/proto"],
              message: "lib/sim imports only lib/amount, lib/chains and generated codecs (design §10): it must not share app code.",
            },
            { target: "./lib/sim", from: ["./app", "./components", "./hooks"], message: "lib/sim never imports the UI." },
          ],
        },
      ],
    },
  },
  {
    // Code that runs in a Web Worker (the simulator's, or live mode's reads) or is shared with one:
    // a worker fetches and compiles every byte it imports before its first answer. CosmJS's
    // package indexes are CommonJS, so a bundler keeps all they re-export: one value import of
    // @cosmjs/stargate brought signing clients and every module's codecs (~500 kB) into both
    // workers. Import the file that holds the thing instead; types are free. (Comet38Client's own
    // files still require @cosmjs/crypto's index; the rule keeps us from adding more.)
    // scripts/worker-budget.json catches what this misses, dynamic import() included.
    files: [
      "lib/reads/**/*.ts",
      "lib/protocol/**/*.ts",
      "lib/sim-host/**/*.ts",
      "lib/sim/**/*.ts",
      "lib/chains/**/*.ts",
      "lib/amount/**/*.ts",
      "lib/time/**/*.ts",
      "lib/workers/**/*.ts",
      "lib/stores/network-store.ts",
      "lib/cosmos/chain-reader.ts",
      "lib/cosmos/clients.ts",
      "lib/cosmos/transport/**/*.ts",
    ],
    // The integration harness drives the real signing stack against the simulator, in Node.
    ignores: [...TESTS, "lib/sim/integration/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["@cosmjs/stargate", "@cosmjs/tendermint-rpc", "@cosmjs/cosmwasm-stargate", "@cosmjs/proto-signing", "@cosmjs/crypto", "@cosmjs/amino"].map((name) => ({
            name,
            allowTypeImports: true,
            message: `This code runs in (or is shared with) a Web Worker: import the file under ${name}/build/ that holds it, not the package index (CommonJS: the whole package comes along).`,
          })),
        },
      ],
    },
  },
  {
    // components/ reach the simulator through hooks/ (use-sim-host); types are fine.
    files: ["components/**/*.ts", "components/**/*.tsx"],
    ignores: TESTS,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/sim/*", "@/lib/sim-host/*", "**/lib/sim/*", "**/lib/sim-host/*"],
              allowTypeImports: true,
              message: "components/ use the simulator through hooks/ (use-sim-host); import only its types here.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
