/**
 * The MilkyWay Msgs the page sends, as `[typeUrl, GeneratedType]` for the app's CosmJS Registry.
 * Register on the page only the messages the page sends: admin and governance Msgs (operators,
 * services, rewards plans, params) have generated codecs too, but no screen builds them, so
 * they stay out of the signing bundle. Add a Msg here when a screen starts sending it.
 */
import type { GeneratedType } from "@cosmjs/proto-signing";

import * as restaking from "./gen/milkyway/restaking/v1/messages";
import * as rewards from "./gen/milkyway/rewards/v1/messages";

const msgs: ReadonlyArray<GeneratedType & { readonly typeUrl: string }> = [
  // milkyway.restaking.v1: delegate / undelegate to pools, operators, services; trust
  restaking.MsgDelegatePool,
  restaking.MsgUndelegatePool,
  restaking.MsgDelegateOperator,
  restaking.MsgUndelegateOperator,
  restaking.MsgDelegateService,
  restaking.MsgUndelegateService,
  restaking.MsgSetUserPreferences,
  // milkyway.rewards.v1: claim rewards
  rewards.MsgWithdrawDelegatorReward,
];

export const milkywayRegistryTypes: ReadonlyArray<[string, GeneratedType]> = msgs.map((t) => [t.typeUrl, t]);
