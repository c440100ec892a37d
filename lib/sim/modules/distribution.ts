import { fromBech32, toBech32 } from "@cosmjs/encoding";
import {
  QueryCommunityPoolResponse,
  QueryDelegationRewardsRequest,
  QueryDelegationRewardsResponse,
  QueryDelegationTotalRewardsRequest,
  QueryDelegationTotalRewardsResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryDelegatorWithdrawAddressRequest,
  QueryDelegatorWithdrawAddressResponse,
  QueryParamsResponse,
  QueryValidatorCommissionRequest,
  QueryValidatorCommissionResponse,
  QueryValidatorOutstandingRewardsRequest,
  QueryValidatorOutstandingRewardsResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import {
  MsgFundCommunityPool,
  MsgSetWithdrawAddress,
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawValidatorCommission,
  MsgWithdrawValidatorCommissionResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import type { Dec } from "../../amount/decimal";
import { fromProtoCoins, toProtoCoins } from "../coins";
import { sdk } from "../errors";
import { rec, type Rec } from "../journal";
import type { QueryRoute, SimModule } from "../module";
import {
  accrueRewards,
  decCoinsAdd,
  fundCommunityPool,
  pendingRewards,
  setWithdrawAddress,
  toProtoDecCoins,
  withdrawAddressOf,
  withdrawCommission,
  withdrawRewards,
} from "./distribution-keeper";
import { checkAddress } from "./staking";
import { distrErr } from "./staking-errors";
import { byAddressBytes, invalidArgument, stakingOf } from "./staking-queries";
import type { StakingState } from "./staking-state";

/** The operator's own account: same bytes, account prefix (all simulated chains use `<acc>valoper`). */
function operatorSigner(valoper: string): string {
  try {
    const { prefix, data } = fromBech32(valoper);
    return toBech32(prefix.replace(/valoper$/, ""), data);
  } catch {
    return valoper;
  }
}

const q = (f: (st: StakingState, req: Uint8Array) => Uint8Array): QueryRoute => (env, req) => f(stakingOf(env.chain), req);

function delegatorValopers(st: StakingState, delegator: string): string[] {
  return Object.keys(st.delegations[delegator] ?? {})
    .filter((v) => st.validators[v])
    .sort(byAddressBytes);
}

export const distributionModule: SimModule = {
  name: "distribution",
  msgs: {
    "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward": {
      codec: MsgWithdrawDelegatorReward,
      signers: (m: MsgWithdrawDelegatorReward) => [m.delegatorAddress],
      gas: 90_000,
      handle(ctx, m: MsgWithdrawDelegatorReward) {
        checkAddress(m.validatorAddress, ctx.cfg.valoperPrefix, "validator");
        checkAddress(m.delegatorAddress, ctx.cfg.bech32Prefix, "delegator");
        const amount = withdrawRewards(ctx, m.delegatorAddress, m.validatorAddress);
        return MsgWithdrawDelegatorRewardResponse.encode({ amount: toProtoCoins(amount) }).finish();
      },
    },
    "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress": {
      codec: MsgSetWithdrawAddress,
      signers: (m: MsgSetWithdrawAddress) => [m.delegatorAddress],
      gas: 45_000,
      handle(ctx, m: MsgSetWithdrawAddress) {
        checkAddress(m.delegatorAddress, ctx.cfg.bech32Prefix, "delegator");
        checkAddress(m.withdrawAddress, ctx.cfg.bech32Prefix, "withdraw");
        setWithdrawAddress(ctx, m.delegatorAddress, m.withdrawAddress);
        return new Uint8Array();
      },
    },
    "/cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission": {
      codec: MsgWithdrawValidatorCommission,
      signers: (m: MsgWithdrawValidatorCommission) => [operatorSigner(m.validatorAddress)],
      gas: 80_000,
      handle(ctx, m: MsgWithdrawValidatorCommission) {
        checkAddress(m.validatorAddress, ctx.cfg.valoperPrefix, "validator");
        const amount = withdrawCommission(ctx, m.validatorAddress);
        return MsgWithdrawValidatorCommissionResponse.encode({ amount: toProtoCoins(amount) }).finish();
      },
    },
    "/cosmos.distribution.v1beta1.MsgFundCommunityPool": {
      codec: MsgFundCommunityPool,
      signers: (m: MsgFundCommunityPool) => [m.depositor],
      gas: 60_000,
      handle(ctx, m: MsgFundCommunityPool) {
        checkAddress(m.depositor, ctx.cfg.bech32Prefix, "depositor");
        let coins;
        try {
          coins = fromProtoCoins(m.amount);
        } catch {
          throw sdk.invalidCoins(m.amount.map((c) => `${c.amount}${c.denom}`).join(","));
        }
        if (coins.length === 0 || coins.some((c) => c.amount <= 0n)) throw sdk.invalidCoins(coins.map((c) => `${c.amount}${c.denom}`).join(","));
        fundCommunityPool(ctx, m.depositor, coins);
        return new Uint8Array();
      },
    },
  },
  queries: {
    "/cosmos.distribution.v1beta1.Query/Params": q((st) =>
      QueryParamsResponse.encode({
        params: {
          communityTax: st.communityTax.toString(),
          baseProposerReward: "0",
          bonusProposerReward: "0",
          withdrawAddrEnabled: true,
        },
      }).finish(),
    ),
    "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards": q((st, bytes) => {
      const r = QueryValidatorOutstandingRewardsRequest.decode(bytes);
      if (r.validatorAddress === "") throw invalidArgument("empty validator address");
      const v = st.validators[r.validatorAddress];
      if (!v) throw distrErr.noValidatorExists(r.validatorAddress);
      return QueryValidatorOutstandingRewardsResponse.encode({ rewards: { rewards: toProtoDecCoins(v.outstanding) } }).finish();
    }),
    "/cosmos.distribution.v1beta1.Query/ValidatorCommission": q((st, bytes) => {
      const r = QueryValidatorCommissionRequest.decode(bytes);
      if (r.validatorAddress === "") throw invalidArgument("empty validator address");
      const v = st.validators[r.validatorAddress];
      if (!v) throw distrErr.noValidatorExists(r.validatorAddress);
      return QueryValidatorCommissionResponse.encode({ commission: { commission: toProtoDecCoins(v.commission) } }).finish();
    }),
    "/cosmos.distribution.v1beta1.Query/DelegationRewards": q((st, bytes) => {
      const r = QueryDelegationRewardsRequest.decode(bytes);
      if (r.delegatorAddress === "") throw invalidArgument("empty delegator address");
      if (r.validatorAddress === "") throw invalidArgument("empty validator address");
      if (!st.validators[r.validatorAddress]) throw distrErr.noValidatorExists(r.validatorAddress);
      if (!st.delegations[r.delegatorAddress]?.[r.validatorAddress]) throw distrErr.noDelegationExists();
      return QueryDelegationRewardsResponse.encode({
        rewards: toProtoDecCoins(pendingRewards(st, r.delegatorAddress, r.validatorAddress)),
      }).finish();
    }),
    "/cosmos.distribution.v1beta1.Query/DelegationTotalRewards": q((st, bytes) => {
      const r = QueryDelegationTotalRewardsRequest.decode(bytes);
      if (r.delegatorAddress === "") throw invalidArgument("empty delegator address");
      let total: Rec<Dec> = rec();
      const rewards = delegatorValopers(st, r.delegatorAddress).map((v) => {
        const p = pendingRewards(st, r.delegatorAddress, v);
        total = decCoinsAdd(total, p);
        return { validatorAddress: v, reward: toProtoDecCoins(p) };
      });
      return QueryDelegationTotalRewardsResponse.encode({ rewards, total: toProtoDecCoins(total) }).finish();
    }),
    "/cosmos.distribution.v1beta1.Query/DelegatorValidators": q((st, bytes) => {
      const r = QueryDelegatorValidatorsRequest.decode(bytes);
      if (r.delegatorAddress === "") throw invalidArgument("empty delegator address");
      return QueryDelegatorValidatorsResponse.encode({ validators: delegatorValopers(st, r.delegatorAddress) }).finish();
    }),
    "/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress": q((st, bytes) => {
      const r = QueryDelegatorWithdrawAddressRequest.decode(bytes);
      if (r.delegatorAddress === "") throw invalidArgument("empty delegator address");
      return QueryDelegatorWithdrawAddressResponse.encode({ withdrawAddress: withdrawAddressOf(st, r.delegatorAddress) }).finish();
    }),
    "/cosmos.distribution.v1beta1.Query/CommunityPool": q((st) =>
      QueryCommunityPoolResponse.encode({ pool: toProtoDecCoins(st.communityPool) }).finish(),
    ),
  },
  beginBlock: accrueRewards,
};
