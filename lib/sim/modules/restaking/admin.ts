import { DEC_SCALE, type Dec } from "../../../amount/decimal";
import type { Ctx } from "../../ctx";
import { moduleAddress } from "../../address";
import { coinsString, type SimCoin } from "../../coins";
import { sdk } from "../../errors";
import { ensureAccount } from "../auth";
import { EMPTY } from "./dec-coins";
import { operatorsErr, poolsErr, restakingErr, servicesErr } from "./errors";
import { initializeTarget } from "./f1";
import {
  OPERATOR,
  OPERATOR_ACTIVE,
  OPERATOR_INACTIVATING,
  OPERATOR_INACTIVE,
  SERVICE,
  SERVICE_ACTIVE,
  SERVICE_CREATED,
  SERVICE_INACTIVE,
  type OperatorRecord,
  type RestakingState,
  type ServiceRecord,
} from "./state";
import { fundCommunityPool, restakingStateFor } from "./store";
import { coinsOf } from "./delegation";
import { setField, withId, withoutId } from "./targets";

/**
 * Fees are OR-sets: any one coin of the parameter, at least that amount, pays; then the whole
 * fee_amount goes to the community pool.
 */
export function chargeFee(ctx: Ctx, payer: string, fee: readonly SimCoin[], required: readonly SimCoin[]): void {
  if (required.length === 0) return;
  const covers = fee.some((c) => required.some((r) => r.denom === c.denom && c.amount >= r.amount));
  if (!covers) {
    throw sdk.insufficientFunds(`insufficient funds: ${coinsString(fee)} < ${coinsString(required)}`);
  }
  fundCommunityPool(ctx, payer, coinsOf(fee));
}

function operatorFor(st: RestakingState, id: number, sender: string, action: string): OperatorRecord {
  const op = st.operators[id];
  if (!op) throw operatorsErr.notFound();
  if (op.admin !== sender) throw sdk.unauthorized(`only the admin can ${action}`);
  return op;
}

function serviceFor(st: RestakingState, id: number, sender: string, action: string): ServiceRecord {
  const svc = st.services[id];
  if (!svc) throw servicesErr.notFound();
  if (svc.admin !== sender) throw sdk.unauthorized(`only the admin can ${action}`);
  return svc;
}

export interface OperatorInput {
  sender: string;
  moniker: string;
  website?: string;
  pictureUrl?: string;
  feeAmount?: SimCoin[];
}

/** MsgRegisterOperator → new operator id (ACTIVE at once). */
export function registerOperator(ctx: Ctx, m: OperatorInput): number {
  const st = restakingStateFor(ctx);
  if (!m.moniker.trim()) throw sdk.invalidRequest("invalid moniker");
  chargeFee(ctx, m.sender, m.feeAmount ?? [], st.operatorRegistrationFee);
  const id = st.nextOperatorId;
  setField(ctx, st, "nextOperatorId", id + 1);
  const op: OperatorRecord = {
    id,
    status: OPERATOR_ACTIVE,
    admin: m.sender,
    moniker: m.moniker,
    website: m.website ?? "",
    pictureUrl: m.pictureUrl ?? "",
    address: moduleAddress(ctx.cfg.bech32Prefix, `operator-${id}`),
    tokens: EMPTY,
    delegatorShares: EMPTY,
    commissionRate: 0n,
  };
  ctx.set(st.operators, String(id), op);
  ensureAccount(ctx, op.address);
  initializeTarget(ctx, st, OPERATOR, id);
  ctx.emit("register_operator", { operator_id: id });
  return id;
}

/** MsgSetOperatorParams: commission in [0, 1]. */
export function setOperatorParams(ctx: Ctx, sender: string, operatorId: number, commissionRate: Dec): void {
  const st = restakingStateFor(ctx);
  const op = operatorFor(st, operatorId, sender, "update the operator params");
  if (commissionRate < 0n || commissionRate > DEC_SCALE) {
    throw operatorsErr.invalidParams(`invalid commission rate: ${commissionRate}`);
  }
  ctx.set(st.operators, String(operatorId), { ...op, commissionRate });
}

/** MsgDeactivateOperator: INACTIVATING now, INACTIVE after `deactivation_time`. */
export function deactivateOperator(ctx: Ctx, sender: string, operatorId: number): void {
  const st = restakingStateFor(ctx);
  const op = operatorFor(st, operatorId, sender, "deactivate the operator");
  if (op.status !== OPERATOR_ACTIVE) throw operatorsErr.notActive();
  ctx.set(st.operators, String(operatorId), {
    ...op,
    status: OPERATOR_INACTIVATING,
    inactivationEndMs: ctx.timeMs + st.operatorDeactivationTimeSec * 1000,
  });
  ctx.emit("start_operator_inactivation", { operator_id: operatorId });
}

/** Operators' EndBlock: INACTIVATING operators whose time has come become INACTIVE. */
export function completeOperatorInactivations(ctx: Ctx): void {
  const st = restakingStateFor(ctx);
  for (const op of Object.values(st.operators)) {
    if (op.status === OPERATOR_INACTIVATING && (op.inactivationEndMs ?? 0) <= ctx.timeMs) {
      ctx.set(st.operators, String(op.id), { ...op, status: OPERATOR_INACTIVE, inactivationEndMs: undefined });
      ctx.emit("complete_operator_inactivation", { operator_id: op.id });
    }
  }
}

export interface ServiceInput {
  sender: string;
  name: string;
  description?: string;
  website?: string;
  pictureUrl?: string;
  feeAmount?: SimCoin[];
}

/** MsgCreateService → new service id (CREATED; must be activated). */
export function createService(ctx: Ctx, m: ServiceInput): number {
  const st = restakingStateFor(ctx);
  if (!m.name.trim()) throw sdk.invalidRequest("invalid name");
  chargeFee(ctx, m.sender, m.feeAmount ?? [], st.serviceRegistrationFee);
  const id = st.nextServiceId;
  setField(ctx, st, "nextServiceId", id + 1);
  const svc: ServiceRecord = {
    id,
    status: SERVICE_CREATED,
    admin: m.sender,
    name: m.name,
    description: m.description ?? "",
    website: m.website ?? "",
    pictureUrl: m.pictureUrl ?? "",
    address: moduleAddress(ctx.cfg.bech32Prefix, `service-${id}`),
    tokens: EMPTY,
    delegatorShares: EMPTY,
    accredited: false,
    allowedDenoms: [],
  };
  ctx.set(st.services, String(id), svc);
  ensureAccount(ctx, svc.address);
  initializeTarget(ctx, st, SERVICE, id);
  ctx.emit("create_service", { service_id: id });
  return id;
}

export function activateService(ctx: Ctx, sender: string, serviceId: number): void {
  const st = restakingStateFor(ctx);
  const svc = serviceFor(st, serviceId, sender, "activate the service");
  if (svc.status === SERVICE_ACTIVE) throw servicesErr.alreadyActive();
  ctx.set(st.services, String(serviceId), { ...svc, status: SERVICE_ACTIVE });
  ctx.emit("activate_service", { service_id: serviceId });
}

export function deactivateService(ctx: Ctx, sender: string, serviceId: number): void {
  const st = restakingStateFor(ctx);
  const svc = serviceFor(st, serviceId, sender, "deactivate the service");
  if (svc.status !== SERVICE_ACTIVE) throw servicesErr.notActive();
  ctx.set(st.services, String(serviceId), { ...svc, status: SERVICE_INACTIVE });
  ctx.emit("deactivate_service", { service_id: serviceId });
}

/** MsgSetServiceParams: the service's own allowed denoms ([] = all globally allowed). */
export function setServiceParams(ctx: Ctx, sender: string, serviceId: number, allowedDenoms: string[]): void {
  const st = restakingStateFor(ctx);
  const svc = serviceFor(st, serviceId, sender, "update the service params");
  if (new Set(allowedDenoms).size !== allowedDenoms.length) throw sdk.invalidRequest("duplicated allowed denom");
  ctx.set(st.services, String(serviceId), { ...svc, allowedDenoms: [...allowedDenoms] });
}

/** Governance only on chain (MsgAccreditService); exposed for building worlds. */
export function setServiceAccredited(ctx: Ctx, serviceId: number, accredited: boolean): void {
  const st = restakingStateFor(ctx);
  const svc = st.services[serviceId];
  if (!svc) throw servicesErr.notFound();
  ctx.set(st.services, String(serviceId), { ...svc, accredited });
}

/** The service allow-list: empty lets any operator validate the service. */
export function canOperatorValidateService(st: RestakingState, serviceId: number, operatorId: number): boolean {
  const list = st.serviceAllowedOperators[serviceId] ?? [];
  return list.length === 0 || list.includes(operatorId);
}

/** MsgJoinService (operator admin). */
export function joinService(ctx: Ctx, sender: string, operatorId: number, serviceId: number): void {
  const st = restakingStateFor(ctx);
  operatorFor(st, operatorId, sender, "join the service");
  if (!st.services[serviceId]) throw sdk.notFound(`service ${serviceId} not found`);
  if (!canOperatorValidateService(st, serviceId, operatorId)) throw restakingErr.operatorNotAllowed();
  const joined = st.operatorJoinedServices[operatorId] ?? [];
  if (joined.includes(serviceId)) throw restakingErr.serviceAlreadyJoined();
  ctx.set(st.operatorJoinedServices, String(operatorId), withId(joined, serviceId));
  ctx.emit("join_service", { operator_id: operatorId, service_id: serviceId });
}

export function leaveService(ctx: Ctx, sender: string, operatorId: number, serviceId: number): void {
  const st = restakingStateFor(ctx);
  operatorFor(st, operatorId, sender, "leave the service");
  if (!st.services[serviceId]) throw sdk.notFound(`service ${serviceId} not found`);
  const joined = st.operatorJoinedServices[operatorId] ?? [];
  if (!joined.includes(serviceId)) throw restakingErr.serviceNotJoined();
  const next = withoutId(joined, serviceId);
  if (next.length === 0) ctx.del(st.operatorJoinedServices, String(operatorId));
  else ctx.set(st.operatorJoinedServices, String(operatorId), next);
  ctx.emit("leave_service", { operator_id: operatorId, service_id: serviceId });
}

export function addOperatorToAllowList(ctx: Ctx, sender: string, serviceId: number, operatorId: number): void {
  const st = restakingStateFor(ctx);
  serviceFor(st, serviceId, sender, "allow an operator");
  if (!st.operators[operatorId]) throw operatorsErr.notFound();
  const list = st.serviceAllowedOperators[serviceId] ?? [];
  if (list.includes(operatorId)) throw restakingErr.operatorAlreadyAllowed();
  ctx.set(st.serviceAllowedOperators, String(serviceId), withId(list, operatorId));
  ctx.emit("allow_operator", { service_id: serviceId, operator_id: operatorId });
}

export function removeOperatorFromAllowList(ctx: Ctx, sender: string, serviceId: number, operatorId: number): void {
  const st = restakingStateFor(ctx);
  serviceFor(st, serviceId, sender, "remove an allowed operator");
  const list = st.serviceAllowedOperators[serviceId] ?? [];
  if (!list.includes(operatorId)) throw restakingErr.operatorNotAllowed();
  const next = withoutId(list, operatorId);
  if (next.length === 0) ctx.del(st.serviceAllowedOperators, String(serviceId));
  else ctx.set(st.serviceAllowedOperators, String(serviceId), next);
  ctx.emit("remove_allowed_operator", { service_id: serviceId, operator_id: operatorId });
}

/** MsgBorrowPoolSecurity: the service's rewards can now reach that pool's trusting delegators. */
export function borrowPoolSecurity(ctx: Ctx, sender: string, serviceId: number, poolId: number): void {
  const st = restakingStateFor(ctx);
  serviceFor(st, serviceId, sender, "borrow pool security");
  if (!st.pools[poolId]) throw poolsErr.notFound();
  const list = st.serviceSecuringPools[serviceId] ?? [];
  if (list.includes(poolId)) throw restakingErr.poolAlreadySecuring();
  ctx.set(st.serviceSecuringPools, String(serviceId), withId(list, poolId));
  ctx.emit("borrow_pool_security", { service_id: serviceId, pool_id: poolId });
}

export function ceasePoolSecurityBorrow(ctx: Ctx, sender: string, serviceId: number, poolId: number): void {
  const st = restakingStateFor(ctx);
  serviceFor(st, serviceId, sender, "cease pool security borrow");
  const list = st.serviceSecuringPools[serviceId] ?? [];
  if (!list.includes(poolId)) throw restakingErr.poolNotSecuring();
  const next = withoutId(list, poolId);
  if (next.length === 0) ctx.del(st.serviceSecuringPools, String(serviceId));
  else ctx.set(st.serviceSecuringPools, String(serviceId), next);
  ctx.emit("cease_pool_security_borrow", { service_id: serviceId, pool_id: poolId });
}

/** MsgSetWithdrawAddress (x/rewards). */
export function setWithdrawAddress(ctx: Ctx, sender: string, withdrawAddress: string): void {
  const st = restakingStateFor(ctx);
  ctx.set(st.withdrawAddrs, sender, withdrawAddress);
  ctx.emit("set_withdraw_address", { sender, withdraw_address: withdrawAddress });
}
