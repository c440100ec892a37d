import { fromUtf8, toUtf8 } from "@cosmjs/encoding";
import { MsgExecuteContract, MsgExecuteContractResponse } from "cosmjs-types/cosmwasm/wasm/v1/tx";
import {
  QueryContractInfoRequest,
  QueryContractInfoResponse,
  QueryRawContractStateRequest,
  QueryRawContractStateResponse,
  QuerySmartContractStateRequest,
  QuerySmartContractStateResponse,
} from "cosmjs-types/cosmwasm/wasm/v1/query";
import { stringifyBig } from "../bigjson";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { QueryError, SdkError, sdk } from "../errors";
import { fromProtoCoins, type SimCoin } from "../coins";
import type { QueryEnv, SimModule } from "../module";
import type { ChainState, ContractInfo } from "../state";
import { CONTRACTS } from "../contracts/registry";
import { ContractError, type ContractApi, type ContractResponse } from "../contracts/types";
import { balanceOf, burnCoins, mintCoins, sendCoins } from "./bank";
import { sendTransfer } from "./ibc-transfer";

function contractImpl(chain: ChainState, address: string) {
  const info = chain.wasm.contracts[address];
  if (!info) return undefined;
  return { info, impl: CONTRACTS[info.kind].impl };
}

function makeApi(ctx: Ctx, address: string, readonly = false): ContractApi {
  const storage = () => ctx.sub(ctx.chain.wasm.storage, address);
  const ro = () => {
    if (readonly) throw new ContractError("Write access denied in a query");
  };
  return {
    env: {
      block: { height: ctx.height, timeNs: BigInt(ctx.timeMs) * 1_000_000n, chainId: ctx.chain.chainId },
      contract: { address },
    },
    get: <T>(key: string) => ctx.chain.wasm.storage[address]?.[key] as T | undefined,
    set: (key, value) => (ro(), ctx.set(storage(), key, value)),
    del: (key) => (ro(), ctx.del(storage(), key)),
    keys: (prefix) => Object.keys(ctx.chain.wasm.storage[address] ?? {}).filter((k) => k.startsWith(prefix)).sort(),
    balance: (addr, denom) => balanceOf(ctx.chain, addr, denom),
    bankSend: (to, coins) => (ro(), sendCoins(ctx, address, to, coins.filter((c) => c.amount > 0n))),
    mint(denom, amount, to) {
      ro();
      if (!denom.startsWith(`factory/${address}/`)) throw new ContractError(`unauthorized: denom ${denom} is not admin'd by ${address}`);
      mintCoins(ctx, to ?? address, [{ denom, amount }]);
      ctx.emit("tf_mint", { mint_to_address: to ?? address, amount: `${amount}${denom}` });
    },
    burn(denom, amount) {
      ro();
      burnCoins(ctx, address, [{ denom, amount }]);
      ctx.emit("tf_burn", { burn_from_address: address, amount: `${amount}${denom}` });
    },
    ibcTransfer(a) {
      ro();
      const memo = a.callback ? mergeCallback(a.memo, address) : a.memo;
      return sendTransfer(ctx, { sender: address, channel: a.channel, token: a.coin, receiver: a.receiver, timeoutNs: a.timeoutNs, memo });
    },
    execute: (contract, msg, funds) => (ro(), executeContract(ctx, address, contract, msg, funds)),
    query: <T>(contract: string, msg: unknown) => queryContractJson(ctx.world, ctx.chain, contract, msg) as T,
    event: (type, attrs) => ctx.emit(`wasm-${type}`, { _contract_address: address, ...attrs }),
    // wasmd keeper.reply: a `reply` event, then the reply response's `wasm` event.
    reply(attributes) {
      ro();
      ctx.emit("reply", { _contract_address: address });
      if (attributes.length) ctx.emit("wasm", { _contract_address: address, ...Object.fromEntries(attributes.map((a) => [a.key, a.value])) });
    },
    // The price feed the restaking module values stakes with; chains without one price nothing.
    oraclePrice: (ticker) => ctx.chain.restaking?.prices[ticker] ?? null,
  };
}

function mergeCallback(memo: string, contract: string): string {
  const base = memo ? JSON.parse(memo) : {};
  return JSON.stringify({ ...base, ibc_callback: contract });
}

function wrapContractError(e: unknown, suffix: string): never {
  if (e instanceof ContractError) throw new SdkError("wasm", 5, `${e.message}: ${suffix}`);
  throw e;
}

function emitWasmEvent(ctx: Ctx, at: number, address: string, res: ContractResponse, kind: "execute" | "instantiate" | "sudo"): void {
  const evs = [
    { type: kind, attributes: [{ key: "_contract_address", value: address }] },
    ...(res.attributes.length
      ? [{ type: "wasm", attributes: [{ key: "_contract_address", value: address }, ...res.attributes] }]
      : []),
  ];
  if (ctx.msgIndex !== null) for (const e of evs) e.attributes.push({ key: "msg_index", value: String(ctx.msgIndex) });
  ctx.events.splice(at, 0, ...evs);
}

/** MsgExecuteContract semantics: funds move first, then the contract runs; all atomic. */
export function executeContract(ctx: Ctx, sender: string, address: string, msg: unknown, funds: SimCoin[]): ContractResponse {
  const found = contractImpl(ctx.chain, address);
  if (!found) throw new SdkError("wasm", 8, `no such contract: ${address}: not found`);
  return ctx.atomic(() => {
    if (funds.length) sendCoins(ctx, sender, address, funds);
    const at = ctx.events.length;
    let res: ContractResponse;
    try {
      res = found.impl.execute(makeApi(ctx, address), { sender, funds }, msg);
    } catch (e) {
      wrapContractError(e, "execute wasm contract failed");
    }
    emitWasmEvent(ctx, at, address, res, "execute");
    return res;
  });
}

export function sudoContract(ctx: Ctx, address: string, msg: unknown): ContractResponse {
  const found = contractImpl(ctx.chain, address);
  if (!found?.impl.sudo) throw new SdkError("wasm", 8, `no such contract: ${address}: not found`);
  return ctx.atomic(() => {
    const at = ctx.events.length;
    let res: ContractResponse;
    try {
      res = found.impl.sudo!(makeApi(ctx, address), msg);
    } catch (e) {
      wrapContractError(e, "sudo wasm contract failed");
    }
    emitWasmEvent(ctx, at, address, res, "sudo");
    return res;
  });
}

/** Genesis/admin helper: place a contract at a fixed address and run its instantiate. */
export function instantiateContract(
  ctx: Ctx,
  args: { address: string; kind: string; creator: string; admin: string; label: string; msg: unknown; funds?: SimCoin[] },
): void {
  const entry = CONTRACTS[args.kind];
  if (!entry) throw new Error(`unknown contract kind ${args.kind}`);
  const info: ContractInfo = {
    address: args.address,
    codeId: entry.codeId,
    kind: args.kind,
    creator: args.creator,
    admin: args.admin,
    label: args.label,
    cw2: entry.impl.cw2,
  };
  ctx.set(ctx.chain.wasm.contracts, args.address, info);
  const at = ctx.events.length;
  if (args.funds?.length) sendCoins(ctx, args.creator, args.address, args.funds);
  let res: ContractResponse;
  try {
    res = entry.impl.instantiate(makeApi(ctx, args.address), { sender: args.creator, funds: args.funds ?? [] }, args.msg);
  } catch (e) {
    wrapContractError(e, "instantiate wasm contract failed");
  }
  emitWasmEvent(ctx, at, args.address, res, "instantiate");
}

/** Smart query against current state; writes are refused and nothing persists. */
export function queryContractJson(world: QueryEnv["world"], chain: ChainState, address: string, msg: unknown): unknown {
  const found = contractImpl(chain, address);
  if (!found) throw new QueryError("NotFound", `address ${address}: no such contract`);
  const ctx = new Ctx(world, chain, new Journal());
  try {
    return found.impl.query(makeApi(ctx, address, true), msg);
  } catch (e) {
    if (e instanceof ContractError) throw new QueryError("Unknown", `${e.message}: query wasm contract failed`);
    throw e;
  }
}

export const wasmModule: SimModule = {
  name: "wasm",
  msgs: {
    "/cosmwasm.wasm.v1.MsgExecuteContract": {
      codec: MsgExecuteContract,
      signers: (m: MsgExecuteContract) => [m.sender],
      gas: 150_000,
      handle(ctx, m: MsgExecuteContract) {
        let msg: unknown;
        try {
          msg = JSON.parse(fromUtf8(m.msg));
        } catch {
          throw new SdkError("wasm", 5, "Error parsing into type: invalid JSON: execute wasm contract failed");
        }
        if (msg === null || typeof msg !== "object" || Array.isArray(msg)) {
          throw new SdkError("wasm", 5, "Error parsing into type: expected an object: execute wasm contract failed");
        }
        const funds = fromProtoCoins(m.funds);
        if (funds.some((c) => c.amount <= 0n)) throw sdk.invalidCoins("funds must be positive");
        const res = executeContract(ctx, m.sender, m.contract, msg, funds);
        return MsgExecuteContractResponse.encode({ data: res.data ?? new Uint8Array() }).finish();
      },
    },
  },
  queries: {
    "/cosmwasm.wasm.v1.Query/SmartContractState": (q, req) => {
      const r = QuerySmartContractStateRequest.decode(req);
      let msg: unknown;
      try {
        msg = JSON.parse(fromUtf8(r.queryData));
      } catch {
        throw new QueryError("InvalidArgument", "invalid query data: invalid");
      }
      const out = queryContractJson(q.world, q.chain, r.address, msg);
      // Contracts answer with u128 strings; stringifyBig only matters if one returns a bigint by mistake.
      return QuerySmartContractStateResponse.encode({ data: toUtf8(stringifyBig(out)) }).finish();
    },
    "/cosmwasm.wasm.v1.Query/ContractInfo": (q, req) => {
      const { address } = QueryContractInfoRequest.decode(req);
      const info = q.chain.wasm.contracts[address];
      if (!info) throw new QueryError("NotFound", `address ${address}: no such contract`);
      return QueryContractInfoResponse.encode({
        address,
        contractInfo: { codeId: BigInt(info.codeId), creator: info.creator, admin: info.admin, label: info.label, ibcPortId: "", extension: undefined, created: undefined },
      }).finish();
    },
    "/cosmwasm.wasm.v1.Query/RawContractState": (q, req) => {
      const r = QueryRawContractStateRequest.decode(req);
      const key = fromUtf8(r.queryData);
      // cw2 lives under the raw key "contract_info", as cw2::get_contract_version reads it.
      const info = q.chain.wasm.contracts[r.address];
      if (!info) throw new QueryError("NotFound", `address ${r.address}: no such contract`);
      const value = key === "contract_info" ? info.cw2 : q.chain.wasm.storage[r.address]?.[key];
      return QueryRawContractStateResponse.encode({ data: value === undefined ? new Uint8Array() : toUtf8(stringifyBig(value)) }).finish();
    },
  },
};
