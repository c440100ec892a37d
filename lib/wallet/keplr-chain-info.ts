/**
 * The Keplr chain suggestion (Keplr's ChainInfo) for the app's own chain records, with the same
 * rules as `@chain-registry/keplr`'s `chainRegistryChainToKeplr`, which the Keplr and Leap
 * connectors call in `addChain`. next.config.js resolves that package to this module: the
 * original pulls in `@keplr-wallet/cosmos` and `@keplr-wallet/crypto` (with elliptic, ~300 kB
 * gzip) only to build the six bech32 prefixes. chain-records.test.ts checks this module's output
 * against the original for every chain of both networks.
 */

interface ChainLike {
  chain_id: string;
  chain_name: string;
  pretty_name?: string;
  slip44?: number;
  bech32_prefix: string;
  codebase?: { cosmos_sdk_version?: string; cosmwasm_enabled?: boolean; cosmwasm_version?: string };
  fees?: { fee_tokens: Array<{ denom: string; low_gas_price?: number; average_gas_price?: number; high_gas_price?: number }> };
  staking?: { staking_tokens: Array<{ denom: string }> };
  apis?: { rpc?: Array<{ address: string }>; rest?: Array<{ address: string }> };
}

interface AssetListLike {
  chain_name: string;
  assets: Array<{
    base: string;
    symbol: string;
    display: string;
    denom_units: Array<{ denom: string; exponent: number }>;
    coingecko_id?: string;
    logo_URIs?: { svg?: string; png?: string };
  }>;
}

interface GasPriceStep {
  low: number;
  average: number;
  high: number;
}

/** major.minor of a version string such as "0.50.0" or "v0.47"; [0, 40] when absent (stargate assumed). */
function majorMinor(version: string | undefined, fallback: [number, number]): [number, number] {
  const m = version?.match(/(\d+)\.(\d+)/);
  return m ? [Number(m[1]), Number(m[2])] : fallback;
}

const atLeast = (v: [number, number], major: number, minor: number) => v[0] > major || (v[0] === major && v[1] >= minor);

export function chainRegistryChainToKeplr(chain: ChainLike, assets: AssetListLike[]) {
  const features: string[] = [];
  if (chain.codebase?.cosmos_sdk_version) {
    const sdk = majorMinor(chain.codebase.cosmos_sdk_version, [0, 40]);
    if (atLeast(sdk, 0, 40)) features.push("stargate");
    if (atLeast(sdk, 0, 43)) features.push("no-legacy-stdTx");
    features.push("ibc-transfer");
    if (atLeast(sdk, 0, 45)) features.push("ibc-go");
    if (chain.codebase.cosmwasm_enabled) {
      features.push("cosmwasm");
      if (atLeast(majorMinor(chain.codebase.cosmwasm_version, [0, 24]), 0, 24)) features.push("wasmd_0.24+");
    }
  }

  const currencies = (assets.find((a) => a.chain_name === chain.chain_name)?.assets ?? []).map((a) => ({
    coinDenom: a.symbol,
    coinMinimalDenom: a.base,
    coinDecimals: a.denom_units.find((u) => u.denom === a.display)?.exponent,
    coinGeckoId: a.coingecko_id || undefined,
    coinImageUrl: a.logo_URIs?.svg ?? a.logo_URIs?.png,
  }));
  const steps = new Map<string, GasPriceStep>(
    (chain.fees?.fee_tokens ?? []).map((t) => [t.denom, { low: t.low_gas_price ?? 0.01, average: t.average_gas_price ?? 0.025, high: t.high_gas_price ?? 0.04 }]),
  );
  const withGas = (c: (typeof currencies)[number]) => (steps.has(c.coinMinimalDenom) ? { ...c, gasPriceStep: steps.get(c.coinMinimalDenom)! } : c);
  const stakingDenoms = (chain.staking?.staking_tokens ?? []).map((t) => t.denom);
  // As the original: a staking denom is matched against the currencies' symbols, else the first currency.
  const stakeCurrency = currencies.find((c) => stakingDenoms.includes(c.coinDenom)) ?? currencies[0];
  const feeDenoms = (chain.fees?.fee_tokens ?? []).map((t) => t.denom);
  const feeCurrencies = currencies.filter((c) => feeDenoms.includes(c.coinMinimalDenom)).map(withGas);
  const p = chain.bech32_prefix;

  return {
    rpc: chain.apis?.rpc?.[0]?.address ?? "",
    rest: chain.apis?.rest?.[0]?.address ?? "",
    chainId: chain.chain_id,
    chainName: chain.pretty_name,
    bip44: { coinType: chain.slip44 },
    bech32Config: {
      bech32PrefixAccAddr: p,
      bech32PrefixAccPub: `${p}pub`,
      bech32PrefixValAddr: `${p}valoper`,
      bech32PrefixValPub: `${p}valoperpub`,
      bech32PrefixConsAddr: `${p}valcons`,
      bech32PrefixConsPub: `${p}valconspub`,
    },
    currencies,
    stakeCurrency,
    feeCurrencies: feeCurrencies.length !== 0 ? feeCurrencies : currencies.filter((c) => c.coinDenom === stakeCurrency?.coinDenom).map(withGas),
    features,
  };
}
