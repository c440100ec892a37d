/**
 * Test-only fast-check arbitraries for MilkyWay messages (shared by the protobuf and amino
 * property tests). Not imported by application code.
 */
import fc from "fast-check";
import type { Any } from "cosmjs-types/google/protobuf/any";

import * as operators from "../proto/gen/milkyway/operators/v1/messages";
import * as operatorsModels from "../proto/gen/milkyway/operators/v1/models";
import * as pools from "../proto/gen/milkyway/pools/v1/models";
import * as restakingModels from "../proto/gen/milkyway/restaking/v1/models";
import * as restakingTx from "../proto/gen/milkyway/restaking/v1/messages";
import * as rewardsModels from "../proto/gen/milkyway/rewards/v1/models";
import * as rewardsTx from "../proto/gen/milkyway/rewards/v1/messages";
import * as services from "../proto/gen/milkyway/services/v1/messages";
import * as servicesModels from "../proto/gen/milkyway/services/v1/models";

export const uint32 = fc.integer({ min: 0, max: 0xffffffff });
export const uint64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
export const int64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
export const text = fc.string({ unit: "grapheme", maxLength: 24 });
export const address = fc.stringMatching(/^milk1[02-9ac-hj-np-z]{38}$/);
/** Canonical non-negative integer string (sdk.Int, or LegacyDec atomics). */
export const intString = fc.bigInt({ min: 0n, max: 2n ** 200n }).map((n) => n.toString());
export const denom = fc.oneof(
  fc.constantFrom("umilk", "utia", "ibc/16065EE5282C5217685C8F084FC44864C25C706AC37356B0D62811D50B96920F"),
  fc.stringMatching(/^[a-z][a-z0-9/]{2,40}$/),
);
export const coin = fc.record({ denom, amount: intString });
export const decCoin = fc.record({ denom, amount: intString });
export const coins = fc.array(coin, { maxLength: 4 });
export const timestamp = fc.record({
  seconds: fc.bigInt({ min: -62135596800n, max: 253402300799n }),
  nanos: fc.integer({ min: 0, max: 999_999_999 }),
});
export const delegationType = fc.constantFrom(0, 1, 2, 3);

export const trustedServiceEntry = fc.record({
  serviceId: uint32,
  poolsIds: fc.array(uint32, { maxLength: 6 }),
});
export const userPreferences = fc.record({ trustedServices: fc.array(trustedServiceEntry, { maxLength: 4 }) });

// rewards distributions (Any-typed)
const weighted = fc
  .array(fc.record({ delegationTargetId: uint32, weight: uint32 }), { maxLength: 4 })
  .map((weights): Any => ({
    typeUrl: rewardsModels.DistributionTypeWeighted.typeUrl,
    value: rewardsModels.DistributionTypeWeighted.encode({ weights }).finish(),
  }));
const basic: Any = { typeUrl: rewardsModels.DistributionTypeBasic.typeUrl, value: new Uint8Array() };
const egalitarian: Any = { typeUrl: rewardsModels.DistributionTypeEgalitarian.typeUrl, value: new Uint8Array() };
const usersBasic: Any = { typeUrl: rewardsModels.UsersDistributionTypeBasic.typeUrl, value: new Uint8Array() };
export const distribution = fc.record({
  delegationType,
  weight: uint32,
  type: fc.option(fc.oneof(fc.constant(basic), fc.constant(egalitarian), weighted), { nil: undefined }),
});
export const usersDistribution = fc.record({
  weight: uint32,
  type: fc.option(fc.constant(usersBasic), { nil: undefined }),
});

// ---------------------------------------------------------------------------------------------
// user Msgs

export const userMsgs = {
  MsgDelegatePool: [restakingTx.MsgDelegatePool, fc.record({ delegator: address, amount: coin })],
  MsgUndelegatePool: [restakingTx.MsgUndelegatePool, fc.record({ delegator: address, amount: coin })],
  MsgDelegateOperator: [
    restakingTx.MsgDelegateOperator,
    fc.record({ delegator: address, operatorId: uint32, amount: coins }),
  ],
  MsgUndelegateOperator: [
    restakingTx.MsgUndelegateOperator,
    fc.record({ delegator: address, operatorId: uint32, amount: coins }),
  ],
  MsgDelegateService: [restakingTx.MsgDelegateService, fc.record({ delegator: address, serviceId: uint32, amount: coins })],
  MsgUndelegateService: [
    restakingTx.MsgUndelegateService,
    fc.record({ delegator: address, serviceId: uint32, amount: coins }),
  ],
  MsgSetUserPreferences: [restakingTx.MsgSetUserPreferences, fc.record({ user: address, preferences: userPreferences })],
  MsgWithdrawDelegatorReward: [
    rewardsTx.MsgWithdrawDelegatorReward,
    fc.record({ delegatorAddress: address, delegationType, delegationTargetId: uint32 }),
  ],
  MsgSetWithdrawAddress: [rewardsTx.MsgSetWithdrawAddress, fc.record({ sender: address, withdrawAddress: address })],
  MsgWithdrawOperatorCommission: [
    rewardsTx.MsgWithdrawOperatorCommission,
    fc.record({ sender: address, operatorId: uint32 }),
  ],
} as const;

/** Admin / governance Msgs with non-trivial nested content. */
export const adminMsgs = {
  MsgCreateRewardsPlan: [
    rewardsTx.MsgCreateRewardsPlan,
    fc.record({
      sender: address,
      description: text,
      serviceId: uint32,
      amount: coin,
      startTime: timestamp,
      endTime: timestamp,
      poolsDistribution: distribution,
      operatorsDistribution: distribution,
      usersDistribution: usersDistribution,
      feeAmount: coins,
    }),
  ],
  MsgEditRewardsPlan: [
    rewardsTx.MsgEditRewardsPlan,
    fc.record({
      sender: address,
      id: uint64,
      description: text,
      amount: coin,
      startTime: timestamp,
      endTime: timestamp,
      poolsDistribution: distribution,
      operatorsDistribution: distribution,
      usersDistribution: usersDistribution,
    }),
  ],
  MsgRegisterOperator: [
    operators.MsgRegisterOperator,
    fc.record({ sender: address, moniker: text, website: text, pictureUrl: text, feeAmount: coins }),
  ],
  MsgSetOperatorParams: [
    operators.MsgSetOperatorParams,
    fc.record({ sender: address, operatorId: uint32, params: fc.record({ commissionRate: fc.oneof(fc.constant(""), intString) }) }),
  ],
  MsgCreateService: [
    services.MsgCreateService,
    fc.record({ sender: address, name: text, description: text, website: text, pictureUrl: text, feeAmount: coins }),
  ],
  MsgSetServiceParams: [
    services.MsgSetServiceParams,
    fc.record({ sender: address, serviceId: uint32, serviceParams: fc.record({ allowedDenoms: fc.array(denom, { maxLength: 4 }) }) }),
  ],
  MsgJoinService: [restakingTx.MsgJoinService, fc.record({ sender: address, operatorId: uint32, serviceId: uint32 })],
  MsgBorrowPoolSecurity: [restakingTx.MsgBorrowPoolSecurity, fc.record({ sender: address, serviceId: uint32, poolId: uint32 })],
  RestakingMsgUpdateParams: [
    restakingTx.MsgUpdateParams,
    fc.record({
      authority: address,
      params: fc.record({
        unbondingTime: int64,
        allowedDenoms: fc.array(denom, { maxLength: 4 }),
        restakingCap: fc.oneof(fc.constant(""), intString),
        maxEntries: uint32,
      }),
    }),
  ],
  OperatorsMsgUpdateParams: [
    operators.MsgUpdateParams,
    fc.record({ authority: address, params: fc.record({ operatorRegistrationFee: coins, deactivationTime: int64 }) }),
  ],
} as const;

// ---------------------------------------------------------------------------------------------
// models

const delegation = fc.record({
  type: delegationType,
  userAddress: address,
  targetId: uint32,
  shares: fc.array(decCoin, { maxLength: 4 }),
});
const unbondingEntry = fc.record({
  creationHeight: int64,
  completionTime: timestamp,
  initialBalance: coins,
  balance: coins,
  unbondingId: uint64,
});

export const models = {
  Delegation: [restakingModels.Delegation, delegation],
  DelegationResponse: [restakingModels.DelegationResponse, fc.record({ delegation, balance: coins })],
  UnbondingDelegation: [
    restakingModels.UnbondingDelegation,
    fc.record({
      type: delegationType,
      delegatorAddress: address,
      targetId: uint32,
      entries: fc.array(unbondingEntry, { maxLength: 3 }),
    }),
  ],
  UserPreferences: [restakingModels.UserPreferences, userPreferences],
  Pool: [
    pools.Pool,
    fc.record({ id: uint32, denom, address, tokens: intString, delegatorShares: intString }),
  ],
  Operator: [
    operatorsModels.Operator,
    fc.record({
      id: uint32,
      status: fc.constantFrom(0, 1, 2, 3),
      admin: address,
      moniker: text,
      website: text,
      pictureUrl: text,
      address,
      tokens: coins,
      delegatorShares: fc.array(decCoin, { maxLength: 4 }),
    }),
  ],
  Service: [
    servicesModels.Service,
    fc.record({
      id: uint32,
      status: fc.constantFrom(0, 1, 2, 3),
      admin: address,
      name: text,
      description: text,
      website: text,
      pictureUrl: text,
      address,
      tokens: coins,
      delegatorShares: fc.array(decCoin, { maxLength: 4 }),
      accredited: fc.boolean(),
    }),
  ],
  RewardsPlan: [
    rewardsModels.RewardsPlan,
    fc.record({
      id: uint64,
      description: text,
      serviceId: uint32,
      amountPerDay: coin,
      startTime: timestamp,
      endTime: timestamp,
      rewardsPool: address,
      poolsDistribution: distribution,
      operatorsDistribution: distribution,
      usersDistribution: usersDistribution,
    }),
  ],
} as const;
