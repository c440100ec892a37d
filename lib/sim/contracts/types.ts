import type { Dec } from "../../amount/decimal";
import type { SimCoin } from "../coins";

/** A contract-level failure; the host wraps it as wasmd does ("…: execute wasm contract failed"). */
export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ContractError";
  }
}

export interface ContractEnv {
  block: { height: number; timeNs: bigint; chainId: string };
  contract: { address: string };
}

export interface MessageInfo {
  sender: string;
  funds: SimCoin[];
}

/**
 * What a contract may do, synchronously and atomically with its caller. Actions run
 * immediately in call order (the equivalent of CosmWasm messages dispatched after the
 * handler): any throw, here or later in the transaction, undoes everything.
 */
export interface ContractApi {
  env: ContractEnv;
  /** Contract storage: JSON-safe values (bigint allowed). Never mutate a value you read. */
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  del(key: string): void;
  /** Keys with this prefix, ascending. */
  keys(prefix: string): string[];
  balance(address: string, denom: string): bigint;
  bankSend(to: string, coins: SimCoin[]): void;
  /** tokenfactory: mint `factory/<contract>/<subdenom>` to `to` (default: the contract). */
  mint(denom: string, amount: bigint, to?: string): void;
  burn(denom: string, amount: bigint): void;
  /**
   * ICS-20 transfer from the contract. Returns the packet sequence (what the reply of the
   * submessage would carry). With `callback`, ibc_lifecycle_complete is delivered via sudo.
   */
  ibcTransfer(args: {
    channel: string;
    receiver: string;
    coin: SimCoin;
    timeoutNs: bigint;
    memo: string;
    callback: boolean;
  }): number;
  /** Execute another contract as this contract. */
  execute(contract: string, msg: unknown, funds: SimCoin[]): void;
  /** Query another contract. */
  query<T>(contract: string, msg: unknown): T;
  /**
   * The contract's `reply` entry point ran for one of its submessages (wasmd: a `reply` event
   * with `_contract_address`, then the reply response's own `wasm` event with these attributes).
   */
  reply(attributes: Array<{ key: string; value: string }>): void;
  /** Emits a custom event `wasm-<type>`. */
  event(type: string, attrs: Record<string, string>): void;
  /**
   * Skip connect x/oracle `TICKER/USD` as an 18-decimal USD price, or null when the feed has
   * none. A real contract gets this through a Stargate query to x/oracle.
   */
  oraclePrice(ticker: string): Dec | null;
}

export interface ContractResponse {
  /** Attributes of the `wasm` event (after `_contract_address`), in order. */
  attributes: Array<{ key: string; value: string }>;
  /** Optional binary data for MsgExecuteContractResponse.data. */
  data?: Uint8Array;
}

export interface SimContract {
  /** cw2 name and version. */
  cw2: { contract: string; version: string };
  instantiate(api: ContractApi, info: MessageInfo, msg: any): ContractResponse;
  execute(api: ContractApi, info: MessageInfo, msg: any): ContractResponse;
  query(api: ContractApi, msg: any): unknown;
  sudo?(api: ContractApi, msg: any): ContractResponse;
}
