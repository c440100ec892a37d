/**
 * The read-only client every chain read uses: the five calls of CosmJS's CosmWasmClient the app
 * reads with (height, one balance, a contract's smart query, a transaction search, a block), with
 * the same results and errors, built from CosmJS's own narrower modules.
 *
 * Why not CosmWasmClient itself: its module (and @cosmjs/stargate's index, which it imports)
 * pulls in every query extension, amino converter and signing client of the SDK, and with them
 * most of cosmjs-types — about a megabyte of JavaScript that the simulator's worker and the live
 * read worker had to download, parse and evaluate before their first answer. These packages are
 * CommonJS, so the bundler cannot drop what an index re-exports: the imports below name files.
 */
import { fromUtf8, toHex, toUtf8 } from "@cosmjs/encoding";
import { Uint53 } from "@cosmjs/math";
import { QueryClient } from "@cosmjs/stargate/build/queryclient/queryclient.js";
import { createProtobufRpcClient, type ProtobufRpcClient } from "@cosmjs/stargate/build/queryclient/utils.js";
import { fromTendermintEvent } from "@cosmjs/stargate/build/events.js";
import type { Block, IndexedTx } from "@cosmjs/stargate";
import type { Coin } from "cosmjs-types/cosmos/base/v1beta1/coin";
import { Comet38Client } from "@cosmjs/tendermint-rpc/build/comet38/comet38client.js";
import { toRfc3339WithNanoseconds } from "@cosmjs/tendermint-rpc/build/dates.js";
import type { RpcClient } from "@cosmjs/tendermint-rpc";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { QueryClientImpl as BankQuery } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { QueryClientImpl as WasmQuery } from "cosmjs-types/cosmwasm/wasm/v1/query";

export class ChainReader {
  private readonly bank: BankQuery;
  private readonly wasm: WasmQuery;

  private constructor(
    private readonly comet: Comet38Client,
    /** gRPC-over-ABCI queries of this same node (QueryClient: its errors name the failing code and log). */
    readonly rpc: ProtobufRpcClient,
  ) {
    this.bank = new BankQuery(rpc);
    this.wasm = new WasmQuery(rpc);
  }

  static async create(transport: RpcClient): Promise<ChainReader> {
    const comet = await Comet38Client.create(transport);
    return new ChainReader(comet, createProtobufRpcClient(new QueryClient(comet)));
  }

  async getHeight(): Promise<number> {
    return (await this.comet.status()).syncInfo.latestBlockHeight;
  }

  async getBalance(address: string, denom: string): Promise<Coin> {
    const { balance } = await this.bank.Balance({ address, denom });
    // CosmJS asserts the same (an SDK node always answers with a coin, zero or not).
    if (!balance) throw new Error("condition is not truthy");
    return balance;
  }

  /** The contract's JSON answer; a missing contract is named as CosmJS names it. */
  async queryContractSmart(address: string, query: unknown): Promise<unknown> {
    let data: Uint8Array;
    try {
      ({ data } = await this.wasm.SmartContractState({ address, queryData: toUtf8(JSON.stringify(query)) }));
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("not found: contract")) throw new Error(`No contract found at address "${address}"`);
      throw error;
    }
    // By convention a smart query returns a JSON document (CosmWasm#144).
    let text: string;
    try {
      text = fromUtf8(data);
    } catch (error) {
      throw new Error(`Could not UTF-8 decode smart query response from contract: ${error}`);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`Could not JSON parse smart query response from contract: ${error}`);
    }
  }

  /** Every transaction matching a CometBFT event query (all pages). */
  async searchTx(query: string): Promise<IndexedTx[]> {
    const { txs } = await this.comet.txSearchAll({ query });
    return txs.map((tx) => ({
      height: tx.height,
      txIndex: tx.index,
      hash: toHex(tx.hash).toUpperCase(),
      code: tx.result.code,
      events: tx.result.events.map(fromTendermintEvent),
      rawLog: tx.result.log || "",
      tx: tx.tx,
      msgResponses: TxMsgData.decode(tx.result.data ?? new Uint8Array()).msgResponses,
      gasUsed: tx.result.gasUsed,
      gasWanted: tx.result.gasWanted,
    }));
  }

  /** A block by height, or the latest. */
  async getBlock(height?: number): Promise<Block> {
    const r = await this.comet.block(height);
    return {
      id: toHex(r.blockId.hash).toUpperCase(),
      header: {
        version: { block: new Uint53(r.block.header.version.block).toString(), app: new Uint53(r.block.header.version.app).toString() },
        height: r.block.header.height,
        chainId: r.block.header.chainId,
        time: toRfc3339WithNanoseconds(r.block.header.time),
      },
      txs: r.block.txs,
    };
  }
}
