import { describe, expect, it } from "vitest";
import { BinaryWriter } from "cosmjs-types/binary";

import * as assets from "./assets";
import * as operators from "./operators";
import * as pools from "./pools";
import * as restakingModels from "./restaking-models";
import * as restakingQuery from "./restaking-query";
import * as restakingTx from "./restaking-tx";
import * as rewardsModels from "./rewards-models";
import * as rewardsQuery from "./rewards-query";
import * as rewardsTx from "./rewards-tx";
import * as services from "./services";
import { SAMPLE_CASES } from "./test-samples";

const MODULES: Record<string, { pkg: string; exports: Record<string, unknown> }> = {
  "restaking-models.ts": { pkg: "milkyway.restaking.v1", exports: restakingModels },
  "restaking-tx.ts": { pkg: "milkyway.restaking.v1", exports: restakingTx },
  "restaking-query.ts": { pkg: "milkyway.restaking.v1", exports: restakingQuery },
  "pools.ts": { pkg: "milkyway.pools.v1", exports: pools },
  "operators.ts": { pkg: "milkyway.operators.v1", exports: operators },
  "services.ts": { pkg: "milkyway.services.v1", exports: services },
  "rewards-models.ts": { pkg: "milkyway.rewards.v1", exports: rewardsModels },
  "rewards-tx.ts": { pkg: "milkyway.rewards.v1", exports: rewardsTx },
  "rewards-query.ts": { pkg: "milkyway.rewards.v1", exports: rewardsQuery },
  "assets.ts": { pkg: "milkyway.assets.v1", exports: assets },
};

function isCodec(x: unknown): x is { typeUrl: string; encode: (...a: any[]) => any; decode: (...a: any[]) => any; fromPartial: (...a: any[]) => any } {
  return typeof x === "object" && x !== null && "typeUrl" in x && "encode" in x && "decode" in x && "fromPartial" in x;
}

describe("every message codec", () => {
  it("has a sample case for every exported codec (and no stale ones)", () => {
    const exported = Object.entries(MODULES).flatMap(([file, m]) =>
      Object.entries(m.exports)
        .filter(([, v]) => isCodec(v))
        .map(([name]) => `${file}:${name}`),
    );
    const sampled = SAMPLE_CASES.map((c) => `${c.file}:${c.name}`);
    expect(new Set(sampled)).toEqual(new Set(exported));
    expect(sampled.length).toBeGreaterThan(150);
  });

  it.each(SAMPLE_CASES.map((c) => [`${c.pkg}.${c.name}`, c] as const))("%s round-trips", (_, c) => {
    expect(c.codec.typeUrl).toBe(`/${c.pkg}.${c.name}`);
    expect(MODULES[c.file].pkg).toBe(c.pkg);
    expect((MODULES[c.file].exports as Record<string, unknown>).protobufPackage).toBe(c.pkg);

    // the sample sets every field, so fromPartial must return it unchanged
    const full = c.codec.fromPartial(c.sample);
    expect(full).toEqual(c.sample);
    const bytes = c.codec.encode(full).finish();
    expect(c.codec.decode(bytes)).toEqual(full);
    // deterministic re-encoding
    expect(c.codec.encode(c.codec.decode(bytes)).finish()).toEqual(bytes);

    // defaults round-trip too
    const empty = c.codec.fromPartial({});
    expect(c.codec.decode(c.codec.encode(empty).finish())).toEqual(empty);

    // unknown fields (as newer chain versions may add) are skipped
    const withUnknown = new BinaryWriter();
    withUnknown.uint32((99 << 3) | 2).string("future");
    withUnknown.uint32((98 << 3) | 0).uint64(12345n);
    const extended = Uint8Array.from([...bytes, ...withUnknown.finish()]);
    expect(c.codec.decode(extended)).toEqual(full);
  });

  it("proto3 defaults encode to zero bytes for scalar-only messages", () => {
    expect(restakingTx.MsgJoinService.encode(restakingTx.MsgJoinService.fromPartial({})).finish()).toEqual(new Uint8Array());
    expect(restakingModels.TrustedServiceEntry.encode(restakingModels.TrustedServiceEntry.fromPartial({})).finish()).toEqual(
      new Uint8Array(),
    );
    expect(services.Service.encode(services.Service.fromPartial({})).finish()).toEqual(new Uint8Array());
  });

  it("query path maps use /<pkg>.Query/<Rpc>", () => {
    expect(restakingQuery.RESTAKING_QUERY.poolDelegations).toBe("/milkyway.restaking.v1.Query/PoolDelegations");
    expect(restakingQuery.RESTAKING_QUERY.delegatorServiceUnbondingDelegations).toBe(
      "/milkyway.restaking.v1.Query/DelegatorServiceUnbondingDelegations",
    );
    expect(restakingQuery.RESTAKING_QUERY.userPreferences).toBe("/milkyway.restaking.v1.Query/UserPreferences");
    expect(Object.keys(restakingQuery.RESTAKING_QUERY)).toHaveLength(30);
    expect(pools.POOLS_QUERY).toEqual({
      poolByID: "/milkyway.pools.v1.Query/PoolByID",
      poolByDenom: "/milkyway.pools.v1.Query/PoolByDenom",
      pools: "/milkyway.pools.v1.Query/Pools",
    });
    expect(operators.OPERATORS_QUERY.operatorParams).toBe("/milkyway.operators.v1.Query/OperatorParams");
    expect(services.SERVICES_QUERY.serviceParams).toBe("/milkyway.services.v1.Query/ServiceParams");
    expect(rewardsQuery.REWARDS_QUERY.rewardsPlan).toBe("/milkyway.rewards.v1.Query/RewardsPlan");
    expect(rewardsQuery.REWARDS_QUERY.poolServiceTotalDelegatorShares).toBe(
      "/milkyway.rewards.v1.Query/PoolServiceTotalDelegatorShares",
    );
    expect(Object.keys(rewardsQuery.REWARDS_QUERY)).toHaveLength(13);
    expect(assets.ASSETS_QUERY).toEqual({
      asset: "/milkyway.assets.v1.Query/Asset",
      assets: "/milkyway.assets.v1.Query/Assets",
    });
    // every RPC has a request and a response codec
    for (const [mod, map] of [
      [restakingQuery, restakingQuery.RESTAKING_QUERY],
      [pools, pools.POOLS_QUERY],
      [operators, operators.OPERATORS_QUERY],
      [services, services.SERVICES_QUERY],
      [rewardsQuery, rewardsQuery.REWARDS_QUERY],
      [assets, assets.ASSETS_QUERY],
    ] as const) {
      for (const path of Object.values(map)) {
        const rpc = path.split("/").pop()!;
        const m = mod as Record<string, unknown>;
        const req = m[`Query${rpc}Request`];
        expect(isCodec(req), `${path} request`).toBe(true);
        const resp = m[`Query${rpc}Response`] ?? (rpc === "PoolByID" || rpc === "PoolByDenom" ? m.QueryPoolResponse : undefined);
        expect(isCodec(resp), `${path} response`).toBe(true);
      }
    }
  });

  it("enum JSON helpers follow telescope", () => {
    expect(restakingModels.delegationTypeToJSON(restakingModels.DelegationType.DELEGATION_TYPE_SERVICE)).toBe(
      "DELEGATION_TYPE_SERVICE",
    );
    expect(restakingModels.delegationTypeFromJSON("DELEGATION_TYPE_POOL")).toBe(1);
    expect(restakingModels.delegationTypeFromJSON(2)).toBe(2);
    expect(restakingModels.delegationTypeFromJSON("nope")).toBe(-1);
    expect(operators.operatorStatusFromJSON("OPERATOR_STATUS_INACTIVATING")).toBe(2);
    expect(services.serviceStatusToJSON(services.ServiceStatus.SERVICE_STATUS_CREATED)).toBe("SERVICE_STATUS_CREATED");
  });
});
