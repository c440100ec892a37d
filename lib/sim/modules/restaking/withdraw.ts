import type { Ctx } from "../../ctx";
import { sdk } from "../../errors";
import { sendCoins } from "../bank";
import {
  decPoolsSub,
  decPoolsTruncate,
  EMPTY,
  intCoinsString,
  intPoolsSum,
  intPoolsToDec,
  isEmpty,
  poolsString,
  type IntCoins,
} from "./dec-coins";
import { operatorsErr, rewardsErr } from "./errors";
import { getTarget } from "./targets";
import { initializeDelegation, withdrawAddressOf, withdrawDelegationRewards } from "./f1";
import { delegationKey, OPERATOR, targetKey, type DelegationType } from "./state";
import { restakingStateFor, rewardsPoolAddress, toSimCoins } from "./store";

/**
 * MsgWithdrawOperatorCommission (operator admin): pays the whole part of the accumulated
 * commission to the admin's withdraw address; the fractional remainder stays for later.
 */
export function withdrawOperatorCommission(ctx: Ctx, sender: string, operatorId: number): Readonly<Record<string, IntCoins>> {
  const st = restakingStateFor(ctx);
  const op = st.operators[operatorId];
  if (!op) throw operatorsErr.notFound();
  if (op.admin !== sender) throw sdk.unauthorized("only operator admin can withdraw operator commission");
  const acc = st.commission[operatorId] ?? EMPTY;
  if (isEmpty(acc)) throw rewardsErr.noCommission();
  const { pools, remainder } = decPoolsTruncate(acc);
  ctx.set(st.commission, String(operatorId), remainder);
  const tk = targetKey(OPERATOR, operatorId);
  ctx.set(st.outstanding, tk, decPoolsSub(st.outstanding[tk] ?? EMPTY, intPoolsToDec(pools)));
  const coins = intPoolsSum(pools);
  if (!isEmpty(coins)) {
    sendCoins(ctx, rewardsPoolAddress(ctx.cfg.bech32Prefix), withdrawAddressOf(st, op.admin), toSimCoins(coins));
  }
  ctx.emit("withdraw_commission", {
    operator_id: operatorId,
    amount: intCoinsString(coins),
    amount_per_pool: poolsString(pools, false),
  });
  return pools;
}

/** MsgWithdrawDelegatorReward for one (type, target). Returns the paid coins per pool. */
export function withdrawRewards(ctx: Ctx, delegator: string, type: DelegationType, targetId: number): Readonly<Record<string, IntCoins>> {
  const st = restakingStateFor(ctx);
  if (targetId === 0) throw sdk.invalidRequest(`invalid delegation target ID: ${targetId}`);
  getTarget(st, type, targetId);
  const del = st.delegations[delegationKey(type, targetId, delegator)];
  if (!del) throw sdk.notFound(`delegation not found: ${targetId}, ${delegator}`);
  const pools = withdrawDelegationRewards(ctx, st, del);
  initializeDelegation(ctx, st, del);
  return pools;
}
