import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
];

export default config;
