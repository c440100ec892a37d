import {
  MsgAddOperatorToAllowList,
  MsgBorrowPoolSecurity,
  MsgCeasePoolSecurityBorrow,
  MsgDelegateOperator,
  MsgDelegatePool,
  MsgDelegateService,
  MsgJoinService,
  MsgLeaveService,
  MsgRemoveOperatorFromAllowlist,
  MsgSetUserPreferences,
  MsgUndelegateOperator,
  MsgUndelegatePool,
  MsgUndelegateResponse,
  MsgUndelegateService,
} from "../../../cosmos/proto/gen/milkyway/restaking/v1/messages";
import {
  MsgDeactivateOperator,
  MsgRegisterOperator,
  MsgRegisterOperatorResponse,
  MsgSetOperatorParams,
} from "../../../cosmos/proto/gen/milkyway/operators/v1/messages";
import {
  MsgActivateService,
  MsgCreateService,
  MsgCreateServiceResponse,
  MsgDeactivateService,
  MsgSetServiceParams,
} from "../../../cosmos/proto/gen/milkyway/services/v1/messages";
import {
  MsgCreateRewardsPlan,
  MsgCreateRewardsPlanResponse,
  MsgEditRewardsPlan,
  MsgSetWithdrawAddress,
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
  MsgWithdrawOperatorCommission,
  MsgWithdrawOperatorCommissionResponse,
} from "../../../cosmos/proto/gen/milkyway/rewards/v1/messages";
import { parseDecWire } from "../../../amount/decimal";
import type { Ctx } from "../../ctx";
import { assertAddress } from "../../address";
import type { SimCoin } from "../../coins";
import { sdk } from "../../errors";
import type { MsgRoute } from "../../module";
import {
  activateService,
  addOperatorToAllowList,
  borrowPoolSecurity,
  ceasePoolSecurityBorrow,
  createService,
  deactivateOperator,
  deactivateService,
  joinService,
  leaveService,
  registerOperator,
  removeOperatorFromAllowList,
  setOperatorParams,
  setServiceParams,
  setWithdrawAddress,
} from "./admin";
import { withdrawOperatorCommission, withdrawRewards } from "./withdraw";
import { intPoolsSum } from "./dec-coins";
import { delegateOperator, delegatePool, delegateService, undelegateOperator, undelegatePool, undelegateService } from "./delegation";
import { setUserPreferences } from "./preferences";
import { createRewardsPlan, editRewardsPlan } from "./rewards-plans";
import { type DelegationType } from "./state";
import { coinsWire, distributionFromWire, msOf, timestampOf, usersDistributionFromWire } from "./wire";

const EMPTY_RESPONSE = new Uint8Array();

function coinsIn(list: ReadonlyArray<{ denom: string; amount: string }>): SimCoin[] {
  return list.map((c) => {
    if (!/^\d+$/.test(c.amount) || c.denom === "") throw sdk.invalidCoins(`${c.amount}${c.denom}`);
    return { denom: c.denom, amount: BigInt(c.amount) };
  });
}

function coinIn(c: { denom: string; amount: string } | undefined): SimCoin {
  if (!c) throw sdk.invalidRequest("invalid amount");
  return coinsIn([c])[0];
}

function addr(ctx: Ctx, a: string, field: string): void {
  assertAddress(a, ctx.cfg.bech32Prefix, field);
}

function decIn(s: string): bigint {
  try {
    return parseDecWire(s);
  } catch {
    throw sdk.invalidRequest(`invalid decimal ${s}`);
  }
}

/** A route whose single signer is `signer(msg)`. */
function route<T>(codec: MsgRoute<T>["codec"], signer: (m: T) => string, gas: number, handle: (ctx: Ctx, m: T) => Uint8Array): MsgRoute<T> {
  return {
    codec,
    signers: (m) => [signer(m)],
    gas,
    handle(ctx, m) {
      addr(ctx, signer(m), "sender");
      return handle(ctx, m);
    },
  };
}

const undelegateResponse = (completionMs: number) =>
  MsgUndelegateResponse.encode({ completionTime: timestampOf(completionMs) }).finish();

export const restakingMsgs: Record<string, MsgRoute> = {
  "/milkyway.restaking.v1.MsgDelegatePool": route(MsgDelegatePool, (m) => m.delegator, 60_000, (ctx, m) => {
    delegatePool(ctx, m.delegator, coinIn(m.amount));
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgUndelegatePool": route(MsgUndelegatePool, (m) => m.delegator, 60_000, (ctx, m) =>
    undelegateResponse(undelegatePool(ctx, m.delegator, coinIn(m.amount))),
  ),
  "/milkyway.restaking.v1.MsgDelegateOperator": route(MsgDelegateOperator, (m) => m.delegator, 60_000, (ctx, m) => {
    delegateOperator(ctx, m.delegator, m.operatorId, coinsIn(m.amount));
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgUndelegateOperator": route(MsgUndelegateOperator, (m) => m.delegator, 60_000, (ctx, m) =>
    undelegateResponse(undelegateOperator(ctx, m.delegator, m.operatorId, coinsIn(m.amount))),
  ),
  "/milkyway.restaking.v1.MsgDelegateService": route(MsgDelegateService, (m) => m.delegator, 60_000, (ctx, m) => {
    delegateService(ctx, m.delegator, m.serviceId, coinsIn(m.amount));
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgUndelegateService": route(MsgUndelegateService, (m) => m.delegator, 60_000, (ctx, m) =>
    undelegateResponse(undelegateService(ctx, m.delegator, m.serviceId, coinsIn(m.amount))),
  ),
  "/milkyway.restaking.v1.MsgSetUserPreferences": route(MsgSetUserPreferences, (m) => m.user, 30_000, (ctx, m) => {
    setUserPreferences(ctx, m.user, m.preferences?.trustedServices ?? []);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgJoinService": route(MsgJoinService, (m) => m.sender, 30_000, (ctx, m) => {
    joinService(ctx, m.sender, m.operatorId, m.serviceId);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgLeaveService": route(MsgLeaveService, (m) => m.sender, 30_000, (ctx, m) => {
    leaveService(ctx, m.sender, m.operatorId, m.serviceId);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgAddOperatorToAllowList": route(MsgAddOperatorToAllowList, (m) => m.sender, 30_000, (ctx, m) => {
    addOperatorToAllowList(ctx, m.sender, m.serviceId, m.operatorId);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgRemoveOperatorFromAllowlist": route(MsgRemoveOperatorFromAllowlist, (m) => m.sender, 30_000, (ctx, m) => {
    removeOperatorFromAllowList(ctx, m.sender, m.serviceId, m.operatorId);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgBorrowPoolSecurity": route(MsgBorrowPoolSecurity, (m) => m.sender, 30_000, (ctx, m) => {
    borrowPoolSecurity(ctx, m.sender, m.serviceId, m.poolId);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.restaking.v1.MsgCeasePoolSecurityBorrow": route(MsgCeasePoolSecurityBorrow, (m) => m.sender, 30_000, (ctx, m) => {
    ceasePoolSecurityBorrow(ctx, m.sender, m.serviceId, m.poolId);
    return EMPTY_RESPONSE;
  }),

  "/milkyway.operators.v1.MsgRegisterOperator": route(MsgRegisterOperator, (m) => m.sender, 50_000, (ctx, m) => {
    const id = registerOperator(ctx, {
      sender: m.sender,
      moniker: m.moniker,
      website: m.website,
      pictureUrl: m.pictureUrl,
      feeAmount: coinsIn(m.feeAmount),
    });
    return MsgRegisterOperatorResponse.encode({ newOperatorId: id }).finish();
  }),
  "/milkyway.operators.v1.MsgSetOperatorParams": route(MsgSetOperatorParams, (m) => m.sender, 30_000, (ctx, m) => {
    setOperatorParams(ctx, m.sender, m.operatorId, decIn(m.params?.commissionRate ?? ""));
    return EMPTY_RESPONSE;
  }),
  "/milkyway.operators.v1.MsgDeactivateOperator": route(MsgDeactivateOperator, (m) => m.sender, 30_000, (ctx, m) => {
    deactivateOperator(ctx, m.sender, m.operatorId);
    return EMPTY_RESPONSE;
  }),

  "/milkyway.services.v1.MsgCreateService": route(MsgCreateService, (m) => m.sender, 50_000, (ctx, m) => {
    const id = createService(ctx, {
      sender: m.sender,
      name: m.name,
      description: m.description,
      website: m.website,
      pictureUrl: m.pictureUrl,
      feeAmount: coinsIn(m.feeAmount),
    });
    return MsgCreateServiceResponse.encode({ newServiceId: id }).finish();
  }),
  "/milkyway.services.v1.MsgActivateService": route(MsgActivateService, (m) => m.sender, 30_000, (ctx, m) => {
    activateService(ctx, m.sender, m.serviceId);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.services.v1.MsgDeactivateService": route(MsgDeactivateService, (m) => m.sender, 30_000, (ctx, m) => {
    deactivateService(ctx, m.sender, m.serviceId);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.services.v1.MsgSetServiceParams": route(MsgSetServiceParams, (m) => m.sender, 30_000, (ctx, m) => {
    setServiceParams(ctx, m.sender, m.serviceId, m.serviceParams?.allowedDenoms ?? []);
    return EMPTY_RESPONSE;
  }),

  "/milkyway.rewards.v1.MsgCreateRewardsPlan": route(MsgCreateRewardsPlan, (m) => m.sender, 50_000, (ctx, m) => {
    const id = createRewardsPlan(ctx, {
      sender: m.sender,
      description: m.description,
      serviceId: m.serviceId,
      amount: coinIn(m.amount),
      startMs: msOf(m.startTime),
      endMs: msOf(m.endTime),
      pools: distributionFromWire(m.poolsDistribution, 1),
      operators: distributionFromWire(m.operatorsDistribution, 2),
      users: usersDistributionFromWire(m.usersDistribution),
      feeAmount: coinsIn(m.feeAmount),
    });
    return MsgCreateRewardsPlanResponse.encode({ newRewardsPlanId: BigInt(id) }).finish();
  }),
  "/milkyway.rewards.v1.MsgEditRewardsPlan": route(MsgEditRewardsPlan, (m) => m.sender, 40_000, (ctx, m) => {
    editRewardsPlan(ctx, {
      sender: m.sender,
      id: Number(m.id),
      description: m.description,
      amount: coinIn(m.amount),
      startMs: msOf(m.startTime),
      endMs: msOf(m.endTime),
      pools: distributionFromWire(m.poolsDistribution, 1),
      operators: distributionFromWire(m.operatorsDistribution, 2),
      users: usersDistributionFromWire(m.usersDistribution),
    });
    return EMPTY_RESPONSE;
  }),
  "/milkyway.rewards.v1.MsgWithdrawDelegatorReward": route(MsgWithdrawDelegatorReward, (m) => m.delegatorAddress, 40_000, (ctx, m) => {
    const type = m.delegationType as number;
    if (type !== 1 && type !== 2 && type !== 3) throw sdk.invalidRequest(`invalid delegation type: ${type}`);
    const pools = withdrawRewards(ctx, m.delegatorAddress, type as DelegationType, m.delegationTargetId);
    return MsgWithdrawDelegatorRewardResponse.encode({ amount: coinsWire(intPoolsSum(pools)) }).finish();
  }),
  "/milkyway.rewards.v1.MsgSetWithdrawAddress": route(MsgSetWithdrawAddress, (m) => m.sender, 20_000, (ctx, m) => {
    addr(ctx, m.withdrawAddress, "withdraw");
    setWithdrawAddress(ctx, m.sender, m.withdrawAddress);
    return EMPTY_RESPONSE;
  }),
  "/milkyway.rewards.v1.MsgWithdrawOperatorCommission": route(MsgWithdrawOperatorCommission, (m) => m.sender, 40_000, (ctx, m) => {
    const pools = withdrawOperatorCommission(ctx, m.sender, m.operatorId);
    return MsgWithdrawOperatorCommissionResponse.encode({ amount: coinsWire(intPoolsSum(pools)) }).finish();
  }),
};
