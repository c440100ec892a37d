/**
 * Keplr and Leap through cosmos-kit's wallet classes, used directly (no ChainProvider, no
 * WalletManager): this module is only ever imported on demand, so nothing of cosmos-kit is in a
 * route's first-load JavaScript (architecture §6). cosmos-kit only hands us an OfflineSigner;
 * clients are built by lib/cosmos/clients.ts. Without cosmos-kit's session object there is no
 * 30-minute expiry: the session lasts as long as the extension keeps this origin enabled.
 */
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { chainConfig } from "../chains/networks";
import type { NetworkSnapshot } from "../chains/networks";
import { CHAIN_KEYS, type ChainKey } from "../stores/network-store";

export type ExtensionKind = "keplr" | "leap";

/** The part of KeplrClient / LeapClient we use (both have the same shape). */
interface ExtensionClient {
  enable(chainIds: string | string[]): Promise<void>;
  getAccount(chainId: string): Promise<{ address: string; isNanoLedger?: boolean }>;
  getOfflineSigner(chainId: string, preferredSignType?: "amino" | "direct"): OfflineSigner;
  addChain(record: ChainRecordLike): Promise<void>;
}

interface ChainRecordLike {
  name: string;
  /** chain-registry v1 `Chain` (snake_case); only the fields the Keplr conversion reads. */
  chain: Record<string, unknown>;
  assetList: { chain_name: string; assets: Array<Record<string, unknown>> };
  preferredEndpoints?: { rpc?: string[]; rest?: string[] };
}

export class WalletNotInstalledError extends Error {
  constructor(readonly kind: ExtensionKind) {
    super(`${kind === "keplr" ? "Keplr" : "Leap"} is not installed in this browser (or is locked and did not answer).`);
  }
}

/** The event each extension fires on window when the user switches accounts. */
export const KEYSTORE_EVENT: Record<ExtensionKind, string> = {
  keplr: "keplr_keystorechange",
  leap: "leap_keystorechange",
};

/** Where `npm run devnet` serves a chain by default: JSON-RPC at /<chain-id>, REST under it. */
export const DEVNET_BASE = "http://127.0.0.1:26657";

/**
 * The REST base that goes with an RPC URL: the devnet serves REST at `<rpc>/rest` (a URL whose
 * path is the chain-id is a devnet endpoint). A real node's REST lives elsewhere and the app is
 * only configured with RPC, so there the RPC URL stands in (the wallet knows real chains anyway
 * and is only asked to add one it does not know).
 */
export function restFor(rpc: string, chainId: string): string {
  const trimmed = rpc.replace(/\/+$/, "");
  return trimmed.endsWith(`/${chainId}`) ? `${trimmed}/rest` : rpc;
}

/**
 * A hand-written chain record in the chain-registry v1 snake_case shape cosmos-kit converts for
 * experimentalSuggestChain. The simulated chains point at the devnet's default address, so a real
 * extension reads balances, staking and rewards from a running `npm run devnet` (the same genesis
 * as the in-tab simulator; the devnet's world, not the tab's) and can send there too.
 */
export function chainRecord(net: NetworkSnapshot, key: ChainKey): ChainRecordLike {
  const cfg = chainConfig(key);
  const chainId = net.chainIds[key];
  const rpc = net.mode === "simulator" ? `${DEVNET_BASE}/${chainId}` : (net.rpc[key] ?? "");
  const rest = restFor(rpc, chainId);
  const display = cfg.stakeSymbol.toLowerCase();
  const chain = {
    chain_name: chainId,
    chain_id: chainId,
    pretty_name: net.mode === "simulator" ? cfg.name : cfg.name.replace(/ \(simulated\)$/, ""),
    status: "live",
    network_type: net.mode === "simulator" ? "devnet" : "mainnet",
    bech32_prefix: cfg.bech32Prefix,
    slip44: 118,
    codebase: { cosmos_sdk_version: "0.50.0", cosmwasm_enabled: cfg.modules.includes("wasm") },
    fees: {
      // Gas prices stay decimal strings in our records; Keplr's ChainInfo wants numbers here.
      fee_tokens: cfg.feeTokens.map((t) => ({
        denom: t.denom,
        fixed_min_gas_price: Number(t.minGasPrice),
        low_gas_price: Number(t.minGasPrice),
        average_gas_price: Number(t.minGasPrice) * 1.5,
        high_gas_price: Number(t.minGasPrice) * 2,
      })),
    },
    staking: { staking_tokens: [{ denom: cfg.stakeDenom }] },
    apis: { rpc: [{ address: rpc }], rest: [{ address: rest }] },
  };
  const assetList = {
    chain_name: chainId,
    assets: [
      {
        base: cfg.stakeDenom,
        display,
        name: cfg.stakeSymbol,
        symbol: cfg.stakeSymbol,
        denom_units: [
          { denom: cfg.stakeDenom, exponent: 0 },
          { denom: display, exponent: cfg.decimals },
        ],
      },
    ],
  };
  return { name: chainId, chain, assetList, preferredEndpoints: { rpc: [rpc], rest: [rest] } };
}

async function loadClient(kind: ExtensionKind): Promise<ExtensionClient> {
  let wallet: { initClient(): Promise<void>; client?: unknown };
  if (kind === "keplr") {
    const m = await import("@cosmos-kit/keplr-extension");
    wallet = new m.KeplrExtensionWallet(m.keplrExtensionInfo);
  } else {
    const m = await import("@cosmos-kit/leap-extension");
    wallet = new m.LeapExtensionWallet(m.leapExtensionInfo);
  }
  // initClient reports "not installed" as an undefined client or a thrown ClientNotExistError.
  try {
    await wallet.initClient();
  } catch {
    throw new WalletNotInstalledError(kind);
  }
  const client = wallet.client as ExtensionClient | undefined;
  if (!client) throw new WalletNotInstalledError(kind);
  return client;
}

export interface ExtensionSession {
  kind: ExtensionKind;
  addresses: Record<string, string>;
  getSigner: (chainId: string) => Promise<OfflineSigner>;
  /** Reads the addresses again (after a keystore change); throws if the wallet is gone. */
  refresh: () => Promise<Record<string, string>>;
}

/**
 * Connects the extension for every chain of the network. In simulator mode the simulated chains
 * are suggested first (their chain-ids are unknown to any wallet); in live mode a chain is only
 * suggested when the wallet does not know it, as cosmos-kit's own connect does.
 */
export async function connectExtension(kind: ExtensionKind, net: NetworkSnapshot): Promise<ExtensionSession> {
  const client = await loadClient(kind);
  const keys = CHAIN_KEYS.filter((k) => Boolean(net.chainIds[k]));
  const chainIds = keys.map((k) => net.chainIds[k]);

  if (net.mode === "simulator") {
    for (const k of keys) await client.addChain(chainRecord(net, k));
    await client.enable(chainIds);
  } else {
    try {
      await client.enable(chainIds);
    } catch (e) {
      if (isRejection(e)) throw e;
      for (const k of keys) await client.addChain(chainRecord(net, k));
      await client.enable(chainIds);
    }
  }

  const readAddresses = async () => {
    const out: Record<string, string> = {};
    for (const id of chainIds) out[id] = (await client.getAccount(id)).address;
    return out;
  };

  return {
    kind,
    addresses: await readAddresses(),
    // The "auto" signer: direct (protobuf) unless the account is a Ledger, which signs amino only.
    getSigner: async (chainId) => {
      const account = await client.getAccount(chainId);
      return client.getOfflineSigner(chainId, account.isNanoLedger ? "amino" : "direct");
    },
    refresh: readAddresses,
  };
}

export function isRejection(e: unknown): boolean {
  return /reject/i.test((e as Error)?.message ?? String(e));
}
