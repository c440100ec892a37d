import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { fromBase64 } from "@cosmjs/encoding";
import type { Ctx } from "../ctx";
import { QueryError } from "../errors";
import type { Account } from "../state";
import type { SimModule } from "../module";

/** The account at `address`, created with the next account number if it does not exist. */
export function ensureAccount(ctx: Ctx, address: string): Account {
  const existing = ctx.chain.accounts[address];
  if (existing) return existing;
  const acc: Account = { address, accountNumber: ctx.nextId("accountNumber") - 1, sequence: 0 };
  ctx.set(ctx.chain.accounts, address, acc);
  return acc;
}

export function encodeBaseAccount(acc: Account) {
  return {
    typeUrl: "/cosmos.auth.v1beta1.BaseAccount",
    value: BaseAccount.encode({
      address: acc.address,
      pubKey: acc.pubKey
        ? { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: fromBase64(acc.pubKey) }).finish() }
        : undefined,
      accountNumber: BigInt(acc.accountNumber),
      sequence: BigInt(acc.sequence),
    }).finish(),
  };
}

export const authModule: SimModule = {
  name: "auth",
  queries: {
    "/cosmos.auth.v1beta1.Query/Account": (q, req) => {
      const { address } = QueryAccountRequest.decode(req);
      const acc = q.chain.accounts[address];
      // CosmJS's getAccount() turns exactly this text into `null` (an unknown account).
      if (!acc) throw new QueryError("NotFound", `account ${address} not found: key not found`);
      return QueryAccountResponse.encode({ account: encodeBaseAccount(acc) }).finish();
    },
  },
};
