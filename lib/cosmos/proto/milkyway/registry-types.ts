/**
 * Every MilkyWay Msg as `[typeUrl, GeneratedType]`, for `new Registry([...defaultRegistryTypes,
 * ...milkywayRegistryTypes])` or `SigningStargateClient.connectWithSigner(…, { registry })`.
 */
import type { GeneratedType } from "@cosmjs/proto-signing";

import * as operators from "./operators";
import * as restaking from "./restaking-tx";
import * as rewards from "./rewards-tx";
import * as services from "./services";

const msgs: ReadonlyArray<GeneratedType & { readonly typeUrl: string }> = [
  // milkyway.restaking.v1 — user Msgs
  restaking.MsgDelegatePool,
  restaking.MsgUndelegatePool,
  restaking.MsgDelegateOperator,
  restaking.MsgUndelegateOperator,
  restaking.MsgDelegateService,
  restaking.MsgUndelegateService,
  restaking.MsgSetUserPreferences,
  // milkyway.restaking.v1 — admin / governance Msgs
  restaking.MsgJoinService,
  restaking.MsgLeaveService,
  restaking.MsgAddOperatorToAllowList,
  restaking.MsgRemoveOperatorFromAllowlist,
  restaking.MsgBorrowPoolSecurity,
  restaking.MsgCeasePoolSecurityBorrow,
  restaking.MsgUpdateParams,
  // milkyway.operators.v1
  operators.MsgRegisterOperator,
  operators.MsgUpdateOperator,
  operators.MsgDeactivateOperator,
  operators.MsgReactivateOperator,
  operators.MsgDeleteOperator,
  operators.MsgSetOperatorParams,
  operators.MsgTransferOperatorOwnership,
  operators.MsgUpdateParams,
  // milkyway.services.v1
  services.MsgCreateService,
  services.MsgUpdateService,
  services.MsgActivateService,
  services.MsgDeactivateService,
  services.MsgDeleteService,
  services.MsgTransferServiceOwnership,
  services.MsgSetServiceParams,
  services.MsgAccreditService,
  services.MsgRevokeServiceAccreditation,
  services.MsgUpdateParams,
  // milkyway.rewards.v1
  rewards.MsgCreateRewardsPlan,
  rewards.MsgEditRewardsPlan,
  rewards.MsgSetWithdrawAddress,
  rewards.MsgWithdrawDelegatorReward,
  rewards.MsgWithdrawOperatorCommission,
  rewards.MsgUpdateParams,
];

export const milkywayRegistryTypes: ReadonlyArray<[string, GeneratedType]> = msgs.map((t) => [t.typeUrl, t]);
