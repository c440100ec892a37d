import { fromBase64, fromBech32, toHex } from "@cosmjs/encoding";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorUnbondingDelegationsRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryDelegatorValidatorRequest,
  QueryDelegatorValidatorResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryParamsResponse,
  QueryPoolResponse,
  QueryRedelegationsRequest,
  QueryRedelegationsResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorDelegationsRequest,
  QueryValidatorDelegationsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
  QueryValidatorUnbondingDelegationsRequest,
  QueryValidatorUnbondingDelegationsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import {
  bondStatusToJSON,
  type DelegationResponse,
  type RedelegationResponse,
  type UnbondingDelegation,
  type Validator,
} from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { simChain } from "../../chains/sim-chains";
import { QueryError } from "../errors";
import type { QueryEnv, QueryRoute } from "../module";
import type { ChainState } from "../state";
import { balanceOf } from "./bank";
import { paginate } from "./page-query";
import { msToTimestamp, secondsToDuration } from "./proto-time";
import { bondedPoolAddress, notBondedPoolAddress } from "./staking-keeper";
import { delegationBalance } from "./staking-math";
import { initStakingState, type RedelegationRecord, type StakingState, type ValidatorRecord } from "./staking-state";

/** gRPC NotFound as a node reports it through ABCI (CosmJS's getDelegation looks for "key not found"). */
export function notFound(desc: string): QueryError {
  return new QueryError("NotFound", `${desc}: key not found`);
}

export function invalidArgument(desc: string): QueryError {
  return new QueryError("InvalidArgument", `${desc}: invalid request`);
}

/** The chain's staking state, or an empty one (queries must not write). */
export function stakingOf(chain: ChainState): StakingState {
  return chain.staking ?? initStakingState(simChain(chain.chainId), chain.timeMs);
}

/** Store order: by address bytes, as the SDK's KV iteration returns them. */
export function byAddressBytes(a: string, b: string): number {
  const x = addrKey(a);
  const y = addrKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const keyCache = new Map<string, string>();
function addrKey(a: string): string {
  let k = keyCache.get(a);
  if (k === undefined) {
    try {
      k = toHex(fromBech32(a).data);
    } catch {
      k = a;
    }
    if (keyCache.size > 10_000) keyCache.clear();
    keyCache.set(a, k);
  }
  return k;
}

export function toProtoValidator(v: ValidatorRecord): Validator {
  return {
    operatorAddress: v.operator,
    consensusPubkey: {
      typeUrl: "/cosmos.crypto.ed25519.PubKey",
      value: Ed25519PubKey.encode({ key: fromBase64(v.consensusPubkey) }).finish(),
    },
    jailed: v.jailed,
    status: v.status,
    tokens: v.tokens.toString(),
    delegatorShares: v.delegatorShares.toString(),
    description: { moniker: v.moniker, identity: v.identity, website: v.website, securityContact: "", details: v.details },
    unbondingHeight: 0n,
    unbondingTime: { seconds: 0n, nanos: 0 },
    commission: {
      commissionRates: {
        rate: v.commissionRate.toString(),
        maxRate: v.commissionMaxRate.toString(),
        maxChangeRate: v.commissionMaxChangeRate.toString(),
      },
      updateTime: msToTimestamp(v.commissionUpdateMs),
    },
    minSelfDelegation: v.minSelfDelegation.toString(),
    unbondingOnHoldRefCount: 0n,
    unbondingIds: [],
  };
}

function delegationResponse(st: StakingState, delegator: string, valoper: string): DelegationResponse {
  const d = st.delegations[delegator][valoper];
  const v = st.validators[valoper];
  return {
    delegation: { delegatorAddress: delegator, validatorAddress: valoper, shares: d.shares.toString() },
    balance: { denom: st.params.bondDenom, amount: delegationBalance(v, d.shares).toString() },
  };
}

function unbondingResponse(st: StakingState, delegator: string, valoper: string): UnbondingDelegation {
  return {
    delegatorAddress: delegator,
    validatorAddress: valoper,
    entries: st.unbondings[delegator][valoper].map((e) => ({
      creationHeight: BigInt(e.creationHeight),
      completionTime: msToTimestamp(e.completionMs),
      initialBalance: e.initialBalance.toString(),
      balance: e.balance.toString(),
      unbondingId: BigInt(e.unbondingId),
      unbondingOnHoldRefCount: 0n,
    })),
  };
}

function redelegationResponse(st: StakingState, r: RedelegationRecord): RedelegationResponse {
  const dst = st.validators[r.dst];
  return {
    // As NewRedelegationResponse builds it: the entries live only in the outer list.
    redelegation: { delegatorAddress: r.delegator, validatorSrcAddress: r.src, validatorDstAddress: r.dst, entries: [] },
    entries: r.entries.map((e) => ({
      redelegationEntry: {
        creationHeight: BigInt(e.creationHeight),
        completionTime: msToTimestamp(e.completionMs),
        initialBalance: e.initialBalance.toString(),
        sharesDst: e.sharesDst.toString(),
        unbondingId: BigInt(e.unbondingId),
        unbondingOnHoldRefCount: 0n,
      },
      balance: (dst ? delegationBalance(dst, e.sharesDst) : 0n).toString(),
    })),
  };
}

const STATUS_NAMES = ["BOND_STATUS_UNBONDED", "BOND_STATUS_UNBONDING", "BOND_STATUS_BONDED"];

function delegatorValopers(st: StakingState, delegator: string): string[] {
  return Object.keys(st.delegations[delegator] ?? {}).sort(byAddressBytes);
}

function validatorDelegators(st: StakingState, valoper: string): string[] {
  return Object.keys(st.delegations)
    .filter((d) => st.delegations[d][valoper])
    .sort(byAddressBytes);
}

const q = (f: (st: StakingState, req: Uint8Array, env: QueryEnv) => Uint8Array): QueryRoute => (env, req) => f(stakingOf(env.chain), req, env);

export const stakingQueries: Record<string, QueryRoute> = {
  "/cosmos.staking.v1beta1.Query/Validators": q((st, bytes) => {
    const r = QueryValidatorsRequest.decode(bytes);
    if (r.status !== "" && !STATUS_NAMES.includes(r.status)) throw invalidArgument(`invalid validator status ${r.status}`);
    const vals = Object.values(st.validators)
      .filter((v) => r.status === "" || bondStatusToJSON(v.status) === r.status)
      .sort((a, b) => byAddressBytes(a.operator, b.operator));
    const { page, pagination } = paginate(vals, r.pagination);
    return QueryValidatorsResponse.encode({ validators: page.map(toProtoValidator), pagination }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/Validator": q((st, bytes) => {
    const r = QueryValidatorRequest.decode(bytes);
    if (r.validatorAddr === "") throw invalidArgument("validator address cannot be empty");
    const v = st.validators[r.validatorAddr];
    if (!v) throw notFound(`validator ${r.validatorAddr} not found`);
    return QueryValidatorResponse.encode({ validator: toProtoValidator(v) }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/ValidatorDelegations": q((st, bytes) => {
    const r = QueryValidatorDelegationsRequest.decode(bytes);
    if (r.validatorAddr === "") throw invalidArgument("validator address cannot be empty");
    const { page, pagination } = paginate(validatorDelegators(st, r.validatorAddr), r.pagination);
    return QueryValidatorDelegationsResponse.encode({
      delegationResponses: page.map((d) => delegationResponse(st, d, r.validatorAddr)),
      pagination,
    }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/ValidatorUnbondingDelegations": q((st, bytes) => {
    const r = QueryValidatorUnbondingDelegationsRequest.decode(bytes);
    if (r.validatorAddr === "") throw invalidArgument("validator address cannot be empty");
    const dels = Object.keys(st.unbondings)
      .filter((d) => st.unbondings[d][r.validatorAddr]?.length)
      .sort(byAddressBytes);
    const { page, pagination } = paginate(dels, r.pagination);
    return QueryValidatorUnbondingDelegationsResponse.encode({
      unbondingResponses: page.map((d) => unbondingResponse(st, d, r.validatorAddr)),
      pagination,
    }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/Delegation": q((st, bytes) => {
    const r = QueryDelegationRequest.decode(bytes);
    if (r.delegatorAddr === "") throw invalidArgument("delegator address cannot be empty");
    if (r.validatorAddr === "") throw invalidArgument("validator address cannot be empty");
    if (!st.delegations[r.delegatorAddr]?.[r.validatorAddr] || !st.validators[r.validatorAddr]) {
      throw notFound(`delegation with delegator ${r.delegatorAddr} not found for validator ${r.validatorAddr}`);
    }
    return QueryDelegationResponse.encode({ delegationResponse: delegationResponse(st, r.delegatorAddr, r.validatorAddr) }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/UnbondingDelegation": q((st, bytes) => {
    const r = QueryUnbondingDelegationRequest.decode(bytes);
    if (r.delegatorAddr === "") throw invalidArgument("delegator address cannot be empty");
    if (r.validatorAddr === "") throw invalidArgument("validator address cannot be empty");
    if (!st.unbondings[r.delegatorAddr]?.[r.validatorAddr]?.length) {
      throw notFound(`unbonding delegation with delegator ${r.delegatorAddr} not found for validator ${r.validatorAddr}`);
    }
    return QueryUnbondingDelegationResponse.encode({ unbond: unbondingResponse(st, r.delegatorAddr, r.validatorAddr) }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/DelegatorDelegations": q((st, bytes) => {
    const r = QueryDelegatorDelegationsRequest.decode(bytes);
    if (r.delegatorAddr === "") throw invalidArgument("delegator address cannot be empty");
    const { page, pagination } = paginate(delegatorValopers(st, r.delegatorAddr), r.pagination);
    return QueryDelegatorDelegationsResponse.encode({
      delegationResponses: page.map((v) => delegationResponse(st, r.delegatorAddr, v)),
      pagination,
    }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations": q((st, bytes) => {
    const r = QueryDelegatorUnbondingDelegationsRequest.decode(bytes);
    if (r.delegatorAddr === "") throw invalidArgument("delegator address cannot be empty");
    const vals = Object.keys(st.unbondings[r.delegatorAddr] ?? {})
      .filter((v) => st.unbondings[r.delegatorAddr][v].length > 0)
      .sort(byAddressBytes);
    const { page, pagination } = paginate(vals, r.pagination);
    return QueryDelegatorUnbondingDelegationsResponse.encode({
      unbondingResponses: page.map((v) => unbondingResponse(st, r.delegatorAddr, v)),
      pagination,
    }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/Redelegations": q((st, bytes) => {
    const r = QueryRedelegationsRequest.decode(bytes);
    let recs = Object.values(st.redelegations).filter((x) => x.entries.length > 0);
    if (r.delegatorAddr !== "" && r.srcValidatorAddr !== "" && r.dstValidatorAddr !== "") {
      recs = recs.filter((x) => x.delegator === r.delegatorAddr && x.src === r.srcValidatorAddr && x.dst === r.dstValidatorAddr);
      if (recs.length === 0) {
        throw notFound(`redelegation not found for delegator address ${r.delegatorAddr} from validator address ${r.srcValidatorAddr}`);
      }
    } else if (r.delegatorAddr === "" && r.srcValidatorAddr !== "" && r.dstValidatorAddr === "") {
      recs = recs.filter((x) => x.src === r.srcValidatorAddr);
    } else {
      if (r.delegatorAddr === "") throw invalidArgument("delegator address cannot be empty");
      recs = recs.filter((x) => x.delegator === r.delegatorAddr);
    }
    recs.sort((a, b) => byAddressBytes(a.delegator, b.delegator) || byAddressBytes(a.src, b.src) || byAddressBytes(a.dst, b.dst));
    const { page, pagination } = paginate(recs, r.pagination);
    return QueryRedelegationsResponse.encode({ redelegationResponses: page.map((x) => redelegationResponse(st, x)), pagination }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/DelegatorValidators": q((st, bytes) => {
    const r = QueryDelegatorValidatorsRequest.decode(bytes);
    if (r.delegatorAddr === "") throw invalidArgument("delegator address cannot be empty");
    const vals = delegatorValopers(st, r.delegatorAddr).filter((v) => st.validators[v]);
    const { page, pagination } = paginate(vals, r.pagination);
    return QueryDelegatorValidatorsResponse.encode({ validators: page.map((v) => toProtoValidator(st.validators[v])), pagination }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/DelegatorValidator": q((st, bytes) => {
    const r = QueryDelegatorValidatorRequest.decode(bytes);
    const v = st.validators[r.validatorAddr];
    if (!v || !st.delegations[r.delegatorAddr]?.[r.validatorAddr]) {
      throw notFound(`delegation with delegator ${r.delegatorAddr} not found for validator ${r.validatorAddr}`);
    }
    return QueryDelegatorValidatorResponse.encode({ validator: toProtoValidator(v) }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/Pool": q((st, _bytes, env) => {
    const prefix = simChain(env.chain.chainId).bech32Prefix;
    const denom = st.params.bondDenom;
    return QueryPoolResponse.encode({
      pool: {
        notBondedTokens: balanceOf(env.chain, notBondedPoolAddress(prefix), denom).toString(),
        bondedTokens: balanceOf(env.chain, bondedPoolAddress(prefix), denom).toString(),
      },
    }).finish();
  }),
  "/cosmos.staking.v1beta1.Query/Params": q((st) => {
    const p = st.params;
    return QueryParamsResponse.encode({
      params: {
        unbondingTime: secondsToDuration(p.unbondingSeconds),
        maxValidators: p.maxValidators,
        maxEntries: p.maxEntries,
        historicalEntries: p.historicalEntries,
        bondDenom: p.bondDenom,
        minCommissionRate: p.minCommissionRate.toString(),
      },
    }).finish();
  }),
};
