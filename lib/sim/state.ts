import type { Rec } from "./journal";
import type { SdkEvent } from "./events";
import type { StakingState } from "./modules/staking-state";
import type { GovState } from "./modules/gov-state";
import type { RestakingState } from "./modules/restaking/state";
import type { OsmosisState } from "./modules/osmosis/pool-store";

export const STATE_FORMAT = "milkyway-sim";
// 2: the Way Card contract and its program (older saves have neither).
// 3: Osmosis volume counted in OSMO via protorev, pool #2003 TIA/OSMO, the team treasury for the wind-down.
export const STATE_VERSION = 3;

export interface Account {
  address: string;
  accountNumber: number;
  sequence: number;
  /** Compressed secp256k1 public key, base64; set by the first signed tx. */
  pubKey?: string;
}

export interface ContractInfo {
  address: string;
  codeId: number;
  /** Which TypeScript implementation runs this contract. */
  kind: string;
  creator: string;
  admin: string;
  label: string;
  /** cw2 contract_info. */
  cw2: { contract: string; version: string };
}

/** An ICS-20 packet committed on its source chain and waiting for the relayer. */
export interface PacketRecord {
  srcChainId: string;
  srcChannel: string;
  dstChainId: string;
  dstChannel: string;
  sequence: number;
  data: { denom: string; amount: string; sender: string; receiver: string; memo: string };
  /** Unix ms; 0 = none. */
  timeoutMs: number;
  sentAtMs: number;
  /** Contract to call back with ibc_lifecycle_complete (ibc-hooks callback). */
  callback?: string;
  /** Set once the destination has answered. */
  ack?: { success: boolean; ackB64: string; atMs: number } | { timeout: true; atMs: number };
}

export interface IndexedTxRecord {
  hash: string;
  height: number;
  index: number;
  /** base64 TxRaw bytes. */
  tx: string;
  code: number;
  codespace: string;
  log: string;
  /** base64 TxMsgData. */
  data: string;
  gasWanted: number;
  gasUsed: number;
  events: SdkEvent[];
  timeMs: number;
  /** Recorded action of an off-chain actor (relayer, coordinator, other users); pruned with age. */
  system?: true;
}

export interface BlockRecord {
  height: number;
  timeMs: number;
  txs: string[];
}

export interface ChainState {
  chainId: string;
  height: number;
  timeMs: number;
  /** Monotonic counters: account numbers, packet sequences per channel, ids. */
  counters: Rec<number>;
  accounts: Rec<Account>;
  /** address → denom → amount. Zero balances are deleted. */
  balances: Rec<Rec<bigint>>;
  supply: Rec<bigint>;
  staking?: StakingState;
  wasm: { contracts: Rec<ContractInfo>; storage: Rec<Rec<unknown>> };
  ibc: {
    /** `${channel}/${sequence}` → packet sent from this chain. */
    packets: Rec<PacketRecord>;
    /** ibc/HASH → trace path (`transfer/channel-x/denom`). */
    traces: Rec<string>;
  };
  gov?: GovState;
  restaking?: RestakingState;
  /** Osmosis pools (poolmanager, gamm, concentrated-liquidity) on osmosis-sim-1. */
  osmosis?: OsmosisState;
  txs: Rec<IndexedTxRecord>;
  /** Recent blocks only (bounded), for the `block` RPC. */
  blocks: Rec<BlockRecord>;
  /** Transactions accepted by CheckTx but held back (the "delay inclusion" fault). */
  mempool: Array<{ tx: string; blocksLeft: number }>;
}

export interface Faults {
  /** Reject the next tx on a chain at CheckTx with this log text. */
  rejectNextCheckTx?: string | null;
  /** Fail the next tx in DeliverTx with this log text (fee and sequence still consumed). */
  failNextDeliverTx?: string | null;
  /** Hold the next txs in the mempool for this many blocks. */
  delayInclusionBlocks?: number;
  /** Answer every RPC call with this JSON-RPC error message. */
  rpcError?: string | null;
  /** Never answer RPC calls (the transport times out). */
  rpcTimeout?: boolean;
  /** The relayer stops carrying packets (they time out after their deadline). */
  relayerStalled?: boolean;
  /** Restrict the switches above to one chain; undefined = every chain. */
  chainId?: string | null;
  /** The node answers with text that is not JSON (a broken proxy in front of it). */
  rpcGarbage?: boolean;
  /** The node lags: it reports the head it had when the switch was set and cannot find newer txs. */
  rpcLagging?: boolean;
  /** The chain halts: the node's head stops and broadcast txs are accepted but never included. */
  chainHalted?: boolean;
  /** Set by sim_fault with rpcLagging/chainHalted: each faulted chain's head at that moment. */
  frozenAt?: Record<string, { height: number; timeMs: number }>;
}

export interface HistoryPoint {
  timeMs: number;
  /** LST symbol → redemption rate N/L as an 18-decimal fixed-point string. */
  rates: Rec<string>;
  /** LST symbol → total native tokens N (base units, string). */
  tvl: Rec<string>;
}

export interface World {
  format: typeof STATE_FORMAT;
  version: number;
  seed: number;
  timeMs: number;
  genesisTimeMs: number;
  /** xorshift32 state for the living world's random choices. */
  rng: number;
  chains: Rec<ChainState>;
  faults: Faults;
  /** Actor bookkeeping (coordinator schedules, other users). */
  actors: Rec<unknown>;
  history: HistoryPoint[];
}
