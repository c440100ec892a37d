import {
  MsgBeginRedelegate,
  MsgBeginRedelegateResponse,
  MsgCancelUnbondingDelegation,
  MsgDelegate,
  MsgUndelegate,
  MsgUndelegateResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { assertAddress } from "../address";
import type { Ctx } from "../ctx";
import { sdk } from "../errors";
import type { SimModule } from "../module";
import { msToTimestamp } from "./proto-time";
import { beginRedelegate, cancelUnbonding, completeMatureEntries, delegate, undelegate } from "./staking-keeper";
import { stakingErr } from "./staking-errors";
import { stakingQueries } from "./staking-queries";
import { stakingStateFor } from "./staking-state";

/** The SDK's "invalid <field> address: <cause>" text for a malformed bech32 address. */
export function checkAddress(addr: string, prefix: string, field: string): void {
  try {
    assertAddress(addr, prefix, field);
  } catch (e) {
    const cause = (e as Error).message
      .replace(/: invalid address$/, "")
      .replace(new RegExp(`^invalid ${field} address \\((.*)\\)$`), "$1");
    throw sdk.invalidAddress(`invalid ${field} address: ${cause}`);
  }
}

function checkAddresses(ctx: Ctx, delegator: string, ...validators: string[]): void {
  for (const v of validators) checkAddress(v, ctx.cfg.valoperPrefix, "validator");
  checkAddress(delegator, ctx.cfg.bech32Prefix, "delegator");
}

/** sdk.Coin.IsValid + IsPositive on the wire coin; the bigint amount when it passes. */
function positiveAmount(coin: { denom: string; amount: string } | undefined, what: string): bigint {
  if (!coin || !/^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/.test(coin.denom) || !/^\d+$/.test(coin.amount) || BigInt(coin.amount) <= 0n) {
    throw sdk.invalidRequest(what);
  }
  return BigInt(coin.amount);
}

function checkDenom(ctx: Ctx, denom: string): void {
  const bond = stakingStateFor(ctx).params.bondDenom;
  if (denom !== bond) throw sdk.invalidRequest(`invalid coin denomination: got ${denom}, expected ${bond}`);
}

export const stakingModule: SimModule = {
  name: "staking",
  msgs: {
    "/cosmos.staking.v1beta1.MsgDelegate": {
      codec: MsgDelegate,
      signers: (m: MsgDelegate) => [m.delegatorAddress],
      gas: 130_000,
      handle(ctx, m: MsgDelegate) {
        checkAddresses(ctx, m.delegatorAddress, m.validatorAddress);
        const amount = positiveAmount(m.amount, "invalid delegation amount");
        if (!stakingStateFor(ctx).validators[m.validatorAddress]) throw stakingErr.noValidatorFound();
        checkDenom(ctx, m.amount.denom);
        delegate(ctx, m.delegatorAddress, m.validatorAddress, amount);
        return new Uint8Array();
      },
    },
    "/cosmos.staking.v1beta1.MsgUndelegate": {
      codec: MsgUndelegate,
      signers: (m: MsgUndelegate) => [m.delegatorAddress],
      gas: 150_000,
      handle(ctx, m: MsgUndelegate) {
        checkAddresses(ctx, m.delegatorAddress, m.validatorAddress);
        const amount = positiveAmount(m.amount, "invalid shares amount");
        checkDenom(ctx, m.amount.denom);
        const r = undelegate(ctx, m.delegatorAddress, m.validatorAddress, amount);
        return MsgUndelegateResponse.encode({
          completionTime: msToTimestamp(r.completionMs),
          amount: { denom: m.amount.denom, amount: r.amount.toString() },
        }).finish();
      },
    },
    "/cosmos.staking.v1beta1.MsgBeginRedelegate": {
      codec: MsgBeginRedelegate,
      signers: (m: MsgBeginRedelegate) => [m.delegatorAddress],
      gas: 190_000,
      handle(ctx, m: MsgBeginRedelegate) {
        checkAddresses(ctx, m.delegatorAddress, m.validatorSrcAddress, m.validatorDstAddress);
        const amount = positiveAmount(m.amount, "invalid shares amount");
        checkDenom(ctx, m.amount.denom);
        const completionMs = beginRedelegate(ctx, m.delegatorAddress, m.validatorSrcAddress, m.validatorDstAddress, amount);
        return MsgBeginRedelegateResponse.encode({ completionTime: msToTimestamp(completionMs) }).finish();
      },
    },
    "/cosmos.staking.v1beta1.MsgCancelUnbondingDelegation": {
      codec: MsgCancelUnbondingDelegation,
      signers: (m: MsgCancelUnbondingDelegation) => [m.delegatorAddress],
      gas: 140_000,
      handle(ctx, m: MsgCancelUnbondingDelegation) {
        checkAddresses(ctx, m.delegatorAddress, m.validatorAddress);
        const amount = positiveAmount(m.amount, "invalid amount");
        if (m.creationHeight <= 0n) throw sdk.invalidRequest("invalid height");
        checkDenom(ctx, m.amount.denom);
        cancelUnbonding(ctx, m.delegatorAddress, m.validatorAddress, amount, Number(m.creationHeight));
        return new Uint8Array();
      },
    },
  },
  queries: stakingQueries,
  endBlock: completeMatureEntries,
};
