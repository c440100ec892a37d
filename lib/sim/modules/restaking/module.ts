import type { SimModule } from "../../module";
import { completeOperatorInactivations } from "./admin";
import { allocateRewards } from "./allocation";
import { completeMatureUnbondings } from "./delegation";
import { restakingMsgs } from "./msgs";
import { restakingQueries } from "./queries-restaking";
import { rewardsQueries } from "./queries-rewards";
import { targetQueries } from "./queries-targets";
import { terminateEndedPlans } from "./rewards-plans";
import { oracleQueries } from "../oracle";

/**
 * MilkyWay's restaking, pools, operators, services, rewards and assets modules as one
 * simulator module: they share one state (chain.restaking) and call each other's hooks.
 */
export const restakingModule: SimModule = {
  name: "restaking",
  msgs: restakingMsgs,
  // connect x/oracle reads the same state (the prices), so its queries ride along.
  queries: { ...restakingQueries, ...targetQueries, ...rewardsQueries, ...oracleQueries },
  beginBlock(ctx) {
    terminateEndedPlans(ctx);
    allocateRewards(ctx);
  },
  endBlock(ctx) {
    completeMatureUnbondings(ctx);
    completeOperatorInactivations(ctx);
  },
};
