import * as PQ from "../../../cosmos/proto/gen/milkyway/pools/v1/query";
import * as OQ from "../../../cosmos/proto/gen/milkyway/operators/v1/query";
import * as SQ from "../../../cosmos/proto/gen/milkyway/services/v1/query";
import * as AQ from "../../../cosmos/proto/gen/milkyway/assets/v1/query";
import { QueryError } from "../../errors";
import type { QueryRoute } from "../../module";
import { sortedKeys } from "./dec-coins";
import { paginate } from "./paginate";
import { stateOf } from "./queries-restaking";
import { allOperators, allPools, allServices } from "./targets";
import { coinsWire, operatorWire, poolWire, serviceWire } from "./wire";
import type { SimCoin } from "../../coins";

const feeWire = (fee: readonly SimCoin[]) => coinsWire(Object.fromEntries(fee.map((c) => [c.denom, c.amount])));

/** x/pools, x/operators, x/services and x/assets queries. */
export const targetQueries: Record<string, QueryRoute> = {
  "/milkyway.pools.v1.Query/PoolByID": (q, req) => {
    const r = PQ.QueryPoolByIdRequest.decode(req);
    const pool = stateOf(q.chain).pools[r.poolId];
    if (!pool) throw new QueryError("NotFound", "pool not found");
    return PQ.QueryPoolResponse.encode({ pool: poolWire(pool) }).finish();
  },
  "/milkyway.pools.v1.Query/PoolByDenom": (q, req) => {
    const st = stateOf(q.chain);
    const r = PQ.QueryPoolByDenomRequest.decode(req);
    const id = st.poolByDenom[r.denom];
    if (id === undefined) throw new QueryError("NotFound", "pool not found");
    return PQ.QueryPoolResponse.encode({ pool: poolWire(st.pools[id]) }).finish();
  },
  "/milkyway.pools.v1.Query/Pools": (q, req) => {
    const r = PQ.QueryPoolsRequest.decode(req);
    const page = paginate(allPools(stateOf(q.chain)), r.pagination);
    return PQ.QueryPoolsResponse.encode({ pools: page.items.map(poolWire), pagination: page.pagination }).finish();
  },

  "/milkyway.operators.v1.Query/Operator": (q, req) => {
    const r = OQ.QueryOperatorRequest.decode(req);
    const op = stateOf(q.chain).operators[r.operatorId];
    if (!op) throw new QueryError("NotFound", "operator not found");
    return OQ.QueryOperatorResponse.encode({ operator: operatorWire(op) }).finish();
  },
  "/milkyway.operators.v1.Query/OperatorParams": (q, req) => {
    const r = OQ.QueryOperatorParamsRequest.decode(req);
    const op = stateOf(q.chain).operators[r.operatorId];
    if (!op) throw new QueryError("NotFound", "operator not found");
    return OQ.QueryOperatorParamsResponse.encode({ operatorParams: { commissionRate: op.commissionRate.toString() } }).finish();
  },
  "/milkyway.operators.v1.Query/Operators": (q, req) => {
    const r = OQ.QueryOperatorsRequest.decode(req);
    const page = paginate(allOperators(stateOf(q.chain)), r.pagination);
    return OQ.QueryOperatorsResponse.encode({ operators: page.items.map(operatorWire), pagination: page.pagination }).finish();
  },
  "/milkyway.operators.v1.Query/Params": (q) => {
    const st = stateOf(q.chain);
    return OQ.QueryParamsResponse.encode({
      params: {
        operatorRegistrationFee: feeWire(st.operatorRegistrationFee),
        deactivationTime: BigInt(st.operatorDeactivationTimeSec) * 1_000_000_000n,
      },
    }).finish();
  },

  "/milkyway.services.v1.Query/Service": (q, req) => {
    const r = SQ.QueryServiceRequest.decode(req);
    const svc = stateOf(q.chain).services[r.serviceId];
    if (!svc) throw new QueryError("NotFound", "service not found");
    return SQ.QueryServiceResponse.encode({ service: serviceWire(svc) }).finish();
  },
  "/milkyway.services.v1.Query/Services": (q, req) => {
    const r = SQ.QueryServicesRequest.decode(req);
    const page = paginate(allServices(stateOf(q.chain)), r.pagination);
    return SQ.QueryServicesResponse.encode({ services: page.items.map(serviceWire), pagination: page.pagination }).finish();
  },
  "/milkyway.services.v1.Query/ServiceParams": (q, req) => {
    const r = SQ.QueryServiceParamsRequest.decode(req);
    const svc = stateOf(q.chain).services[r.serviceId];
    if (!svc) throw new QueryError("NotFound", "service not found");
    return SQ.QueryServiceParamsResponse.encode({ serviceParams: { allowedDenoms: [...svc.allowedDenoms] } }).finish();
  },
  "/milkyway.services.v1.Query/Params": (q) => {
    const st = stateOf(q.chain);
    return SQ.QueryParamsResponse.encode({ params: { serviceRegistrationFee: feeWire(st.serviceRegistrationFee) } }).finish();
  },

  "/milkyway.assets.v1.Query/Asset": (q, req) => {
    const r = AQ.QueryAssetRequest.decode(req);
    const asset = stateOf(q.chain).assets[r.denom];
    if (!asset) throw new QueryError("NotFound", `asset ${r.denom} not found`);
    return AQ.QueryAssetResponse.encode({ asset: { ...asset } }).finish();
  },
  "/milkyway.assets.v1.Query/Assets": (q, req) => {
    const st = stateOf(q.chain);
    const r = AQ.QueryAssetsRequest.decode(req);
    const list = sortedKeys(st.assets)
      .map((d) => st.assets[d])
      .filter((a) => r.ticker === "" || a.ticker === r.ticker);
    const page = paginate(list, r.pagination);
    return AQ.QueryAssetsResponse.encode({ assets: page.items.map((a) => ({ ...a })), pagination: page.pagination }).finish();
  },
};
