import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import { coinsString as protoCoinsString, validateCoins } from "../tx/validate-basic";
import type { Ctx } from "../ctx";
import { sdk } from "../errors";
import { assertAddress } from "../address";
import { coinsString, fromProtoCoins, sortCoins, toProtoCoins, type SimCoin } from "../coins";
import type { ChainState } from "../state";
import type { SimModule } from "../module";
import { ensureAccount } from "./auth";
import { paginate } from "./page-query";

export function balanceOf(chain: ChainState, address: string, denom: string): bigint {
  return chain.balances[address]?.[denom] ?? 0n;
}

export function allBalances(chain: ChainState, address: string): SimCoin[] {
  const b = chain.balances[address];
  if (!b) return [];
  return sortCoins(Object.entries(b).map(([denom, amount]) => ({ denom, amount })));
}

function addBalance(ctx: Ctx, address: string, denom: string, delta: bigint): void {
  const rec = ctx.sub(ctx.chain.balances, address);
  const next = (rec[denom] ?? 0n) + delta;
  if (next < 0n) throw new Error("negative balance");
  if (next === 0n) ctx.del(rec, denom);
  else ctx.set(rec, denom, next);
}

function assertPositive(coins: ReadonlyArray<SimCoin>): void {
  for (const c of coins) {
    if (c.amount <= 0n) throw sdk.invalidCoins(coinsString(coins));
  }
}

/** Moves coins; the SDK's error text when the sender is short. */
export function sendCoins(ctx: Ctx, from: string, to: string, coins: ReadonlyArray<SimCoin>): void {
  assertPositive(coins);
  for (const c of coins) {
    const have = balanceOf(ctx.chain, from, c.denom);
    if (have < c.amount) {
      throw sdk.insufficientFunds(`spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`);
    }
  }
  ensureAccount(ctx, to);
  for (const c of coins) {
    addBalance(ctx, from, c.denom, -c.amount);
    addBalance(ctx, to, c.denom, c.amount);
  }
  const amount = coinsString(coins);
  ctx.emit("coin_spent", { spender: from, amount });
  ctx.emit("coin_received", { receiver: to, amount });
  ctx.emit("transfer", { recipient: to, sender: from, amount });
}

export function mintCoins(ctx: Ctx, to: string, coins: ReadonlyArray<SimCoin>): void {
  assertPositive(coins);
  ensureAccount(ctx, to);
  for (const c of coins) {
    addBalance(ctx, to, c.denom, c.amount);
    ctx.set(ctx.chain.supply, c.denom, (ctx.chain.supply[c.denom] ?? 0n) + c.amount);
  }
  const amount = coinsString(coins);
  ctx.emit("coinbase", { minter: to, amount });
  ctx.emit("coin_received", { receiver: to, amount });
}

export function burnCoins(ctx: Ctx, from: string, coins: ReadonlyArray<SimCoin>): void {
  assertPositive(coins);
  for (const c of coins) {
    const have = balanceOf(ctx.chain, from, c.denom);
    if (have < c.amount) {
      throw sdk.insufficientFunds(`spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`);
    }
  }
  for (const c of coins) {
    addBalance(ctx, from, c.denom, -c.amount);
    const next = (ctx.chain.supply[c.denom] ?? 0n) - c.amount;
    if (next === 0n) ctx.del(ctx.chain.supply, c.denom);
    else ctx.set(ctx.chain.supply, c.denom, next);
  }
  const amount = coinsString(coins);
  ctx.emit("coin_spent", { spender: from, amount });
  ctx.emit("burn", { burner: from, amount });
}

export const bankModule: SimModule = {
  name: "bank",
  msgs: {
    "/cosmos.bank.v1beta1.MsgSend": {
      codec: MsgSend,
      signers: (m: MsgSend) => [m.fromAddress],
      gas: 20_000,
      handle(ctx, m: MsgSend) {
        assertAddress(m.toAddress, ctx.cfg.bech32Prefix, "to");
        // x/bank/keeper/msg_server.go:48-54 (SDK 0.50 has no MsgSend.ValidateBasic): checked in
        // execution, so the tx is included and its fee charged.
        if (validateCoins(m.amount) !== null || m.amount.length === 0) throw sdk.invalidCoins(protoCoinsString(m.amount));
        const coins = fromProtoCoins(m.amount);
        sendCoins(ctx, m.fromAddress, m.toAddress, coins);
        ctx.emit("message", { sender: m.fromAddress, module: "bank" });
        return new Uint8Array();
      },
    },
  },
  queries: {
    "/cosmos.bank.v1beta1.Query/Balance": (q, req) => {
      const r = QueryBalanceRequest.decode(req);
      const amount = balanceOf(q.chain, r.address, r.denom);
      return QueryBalanceResponse.encode({ balance: { denom: r.denom, amount: amount.toString() } }).finish();
    },
    "/cosmos.bank.v1beta1.Query/AllBalances": (q, req) => {
      const r = QueryAllBalancesRequest.decode(req);
      // Denom order, paged like the SDK's prefix store (x/bank/keeper/grpc_query.go AllBalances).
      const { page, pagination } = paginate(toProtoCoins(allBalances(q.chain, r.address)), r.pagination);
      return QueryAllBalancesResponse.encode({ balances: page, pagination }).finish();
    },
    "/cosmos.bank.v1beta1.Query/SupplyOf": (q, req) => {
      const r = QuerySupplyOfRequest.decode(req);
      const amount = q.chain.supply[r.denom] ?? 0n;
      return QuerySupplyOfResponse.encode({ amount: { denom: r.denom, amount: amount.toString() } }).finish();
    },
    "/cosmos.bank.v1beta1.Query/TotalSupply": (q) => {
      const supply = sortCoins(Object.entries(q.chain.supply).map(([denom, amount]) => ({ denom, amount })));
      return QueryTotalSupplyResponse.encode({ supply: toProtoCoins(supply), pagination: undefined }).finish();
    },
  },
};
