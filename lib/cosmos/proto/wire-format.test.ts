/**
 * Hand-computed byte vectors that pin field numbers and wire types to the tables of
 * /work/shared/protocol/milkyway.md §2.3–§2.5. Tag byte = (field_number << 3) | wire_type.
 */
import { describe, expect, it } from "vitest";
import { toHex } from "@cosmjs/encoding";

import "./binary-writer-fix";

import { MsgRegisterOperatorResponse } from "./gen/milkyway/operators/v1/messages";
import { OperatorParams } from "./gen/milkyway/operators/v1/models";
import { Pool } from "./gen/milkyway/pools/v1/models";
import { DelegationType, TrustedServiceEntry, UnbondingDelegationEntry, UserPreferences } from "./gen/milkyway/restaking/v1/models";
import { Params as RestakingParams } from "./gen/milkyway/restaking/v1/params";
import {
  QueryDelegatorPoolRequest,
  QueryOperatorJoinedServicesResponse,
  QueryPoolDelegationRequest,
} from "./gen/milkyway/restaking/v1/query";
import {
  MsgAddOperatorToAllowList,
  MsgDelegateOperator,
  MsgSetUserPreferences,
  MsgUndelegatePool,
  MsgUndelegateResponse,
} from "./gen/milkyway/restaking/v1/messages";
import { Distribution, DistributionTypeWeighted, RewardsPlan } from "./gen/milkyway/rewards/v1/models";
import { QueryRewardsPlanRequest, QueryRewardsPlanResponse } from "./gen/milkyway/rewards/v1/query";
import { MsgCreateRewardsPlanResponse, MsgEditRewardsPlan, MsgWithdrawDelegatorReward } from "./gen/milkyway/rewards/v1/messages";
import { Service } from "./gen/milkyway/services/v1/models";

const hex = (bytes: Uint8Array) => toHex(bytes);
const bytes = (h: string) => Uint8Array.from(h.replace(/\s+/g, "").match(/../g)!.map((b) => parseInt(b, 16)));
const ascii = (s: string) => toHex(new TextEncoder().encode(s));

describe("restaking wire format", () => {
  it("UserPreferences.trusted_services is field 4 (tag 0x22), pools_ids packed (tag 0x12)", () => {
    const prefs = UserPreferences.fromPartial({ trustedServices: [{ serviceId: 1, poolsIds: [1, 2] }] });
    // 22 06 | 08 01 | 12 02 01 02
    expect(hex(UserPreferences.encode(prefs).finish())).toBe("2206" + "0801" + "12020102");
  });

  it("TrustedServiceEntry packs pools_ids as varints, multi-byte included", () => {
    const e = TrustedServiceEntry.fromPartial({ serviceId: 5, poolsIds: [1, 300] });
    expect(hex(TrustedServiceEntry.encode(e).finish())).toBe("0805" + "120301ac02");
    // Empty pools_ids (= all pools): the generated codec writes an empty packed field (12 00) where
    // Go omits it; both are valid protobuf and every decoder, the chain's included, reads it as empty.
    expect(hex(TrustedServiceEntry.encode({ serviceId: 5, poolsIds: [] }).finish())).toBe("0805" + "1200");
    expect(TrustedServiceEntry.decode(Uint8Array.from([0x08, 0x05]))).toEqual({ serviceId: 5, poolsIds: [] });
    expect(TrustedServiceEntry.decode(Uint8Array.from([0x08, 0x05, 0x12, 0x00]))).toEqual({ serviceId: 5, poolsIds: [] });
  });

  it("decodes unpacked and mixed packed/unpacked repeated uint32", () => {
    // field 2 as varint (tag 0x10), twice
    expect(TrustedServiceEntry.decode(bytes("0805 1001 10ac02"))).toEqual({ serviceId: 5, poolsIds: [1, 300] });
    // a packed run followed by an unpacked element
    expect(TrustedServiceEntry.decode(bytes("120101 1002"))).toEqual({ serviceId: 0, poolsIds: [1, 2] });
    // same for a query response list (OperatorJoinedServices.service_ids, field 1)
    expect(QueryOperatorJoinedServicesResponse.decode(bytes("0803 0804")).serviceIds).toEqual([3, 4]);
    expect(hex(QueryOperatorJoinedServicesResponse.encode({ serviceIds: [3, 4] }).finish())).toBe("0a020304");
  });

  it("MsgSetUserPreferences always writes the non-nullable preferences (field 2)", () => {
    const withPrefs = MsgSetUserPreferences.fromPartial({
      user: "milk1",
      preferences: { trustedServices: [{ serviceId: 1, poolsIds: [1, 2] }] },
    });
    expect(hex(MsgSetUserPreferences.encode(withPrefs).finish())).toBe(
      "0a05" + ascii("milk1") + "1208" + "2206080112020102",
    );
    expect(hex(MsgSetUserPreferences.encode(MsgSetUserPreferences.fromPartial({ user: "a" })).finish())).toBe(
      "0a0161" + "1200",
    );
  });

  it("MsgDelegateOperator: operator_id is a uint32 varint (field 2), amount repeated Coin (field 3)", () => {
    const msg = MsgDelegateOperator.fromPartial({ delegator: "d", operatorId: 300, amount: [{ denom: "u", amount: "1" }] });
    expect(hex(MsgDelegateOperator.encode(msg).finish())).toBe("0a0164" + "10ac02" + "1a06" + "0a0175" + "120131");
  });

  it("MsgUndelegatePool writes its non-nullable amount even when zero", () => {
    const msg = MsgUndelegatePool.fromPartial({ delegator: "d", amount: { denom: "u", amount: "0" } });
    expect(hex(MsgUndelegatePool.encode(msg).finish())).toBe("0a0164" + "1206" + "0a0175" + "120130");
    expect(hex(MsgUndelegatePool.encode(MsgUndelegatePool.fromPartial({ delegator: "d" })).finish())).toBe("0a0164" + "1200");
  });

  it("admin message field order follows the doc (service_id before operator_id for allow-lists)", () => {
    const msg = MsgAddOperatorToAllowList.fromPartial({ sender: "s", serviceId: 2, operatorId: 3 });
    expect(hex(MsgAddOperatorToAllowList.encode(msg).finish())).toBe("0a0173" + "1002" + "1803");
  });

  it("MsgUndelegateResponse.completion_time is field 1 Timestamp", () => {
    const r = MsgUndelegateResponse.decode(bytes("0a06 0880 81c8 ac06"));
    expect(r.completionTime).toEqual({ seconds: 1704067200n, nanos: 0 });
  });

  it("UnbondingDelegationEntry: int64 creation_height (negative = 10-byte varint) and uint64 unbonding_id (field 5)", () => {
    const e = UnbondingDelegationEntry.fromPartial({ creationHeight: -1n, unbondingId: 1n });
    // completion_time is non-nullable: 12 00
    expect(hex(UnbondingDelegationEntry.encode(e).finish())).toBe("08ffffffffffffffffff01" + "1200" + "2801");
  });

  it("restaking Params: unbonding_time int64 nanoseconds (field 1), restaking_cap LegacyDec (field 3), max_entries uint32 (field 4)", () => {
    const p = RestakingParams.fromPartial({
      unbondingTime: 259_200_000_000_000n,
      allowedDenoms: ["a"],
      restakingCap: "1000000000000000000",
      maxEntries: 7,
    });
    expect(hex(RestakingParams.encode(p).finish())).toBe(
      "08" + "8080b49fdbf73a" + "120161" + "1a13" + ascii("1000000000000000000") + "2007",
    );
  });

  it("query pairs: PoolDelegation is {1 pool_id, 2 delegator_address}, DelegatorPool is {1 delegator_address, 2 pool_id}", () => {
    expect(hex(QueryPoolDelegationRequest.encode({ poolId: 1, delegatorAddress: "m" }).finish())).toBe("0801" + "12016d");
    expect(hex(QueryDelegatorPoolRequest.encode({ delegatorAddress: "m", poolId: 1 }).finish())).toBe("0a016d" + "1001");
  });
});

describe("pools / operators / services wire format", () => {
  it("Pool.delegator_shares is a LegacyDec string (field 5) with no decimal point", () => {
    const p = Pool.fromPartial({ id: 1, tokens: "10", delegatorShares: "10000000000000000000" });
    expect(hex(Pool.encode(p).finish())).toBe("0801" + "22023130" + "2a14" + ascii("10000000000000000000"));
  });

  it("OperatorParams.commission_rate is LegacyDec × 10^18 (5% = 50000000000000000)", () => {
    expect(hex(OperatorParams.encode({ commissionRate: "50000000000000000" }).finish())).toBe(
      "0a11" + ascii("50000000000000000"),
    );
  });

  it("Service.accredited is bool field 11 (tag 0x58); status enum field 2", () => {
    expect(hex(Service.encode(Service.fromPartial({ status: 2, accredited: true })).finish())).toBe("1002" + "5801");
  });

  it("MsgRegisterOperatorResponse.new_operator_id is uint32 field 1", () => {
    expect(MsgRegisterOperatorResponse.decode(bytes("0807")).newOperatorId).toBe(7);
  });
});

describe("rewards wire format", () => {
  it("RewardsPlan.amount_per_day is field 11 (tag 0x5a), written after field 10", () => {
    const plan = RewardsPlan.fromPartial({ id: 1n, amountPerDay: { denom: "u", amount: "5" } });
    // 08 01 | start 2a00 | end 3200 | pools 4200 | operators 4a00 | users 5200 | 5a 06 0a0175 120135
    expect(hex(RewardsPlan.encode(plan).finish())).toBe(
      "0801" + "2a00" + "3200" + "4200" + "4a00" + "5200" + "5a06" + "0a0175" + "120135",
    );
    // field 4 is reserved: a stray field 4 is skipped, not read as the amount
    const decoded = RewardsPlan.decode(bytes("0801 2206 0a0175 120135"));
    expect(decoded.amountPerDay).toEqual({ denom: "", amount: "" });
  });

  it("QueryRewardsPlanResponse carries the plan in field 2 (tag 0x12)", () => {
    expect(QueryRewardsPlanResponse.decode(bytes("1202 0802")).rewardsPlan.id).toBe(2n);
    // field 1 is not the plan
    expect(QueryRewardsPlanResponse.decode(bytes("0a02 0802")).rewardsPlan.id).toBe(0n);
    const enc = QueryRewardsPlanResponse.encode(QueryRewardsPlanResponse.fromPartial({ rewardsPlan: { id: 2n } })).finish();
    expect(enc[0]).toBe(0x12);
  });

  it("plan ids are uint64", () => {
    expect(hex(QueryRewardsPlanRequest.encode({ planId: 2n ** 64n - 1n }).finish())).toBe("08ffffffffffffffffff01");
    expect(MsgCreateRewardsPlanResponse.decode(bytes("08ffffffffffffffffff01")).newRewardsPlanId).toBe(2n ** 64n - 1n);
    const edit = MsgEditRewardsPlan.fromPartial({ sender: "s", id: 3n, description: "d" });
    // id field 2, description field 3, then the non-nullable amount/times/distributions (4–9)
    expect(hex(MsgEditRewardsPlan.encode(edit).finish())).toBe(
      "0a0173" + "1003" + "1a0164" + "2200" + "2a00" + "3200" + "3a00" + "4200" + "4a00",
    );
  });

  it("MsgWithdrawDelegatorReward: delegation_type enum field 2, target id field 3", () => {
    const msg = MsgWithdrawDelegatorReward.fromPartial({
      delegatorAddress: "a",
      delegationType: DelegationType.DELEGATION_TYPE_OPERATOR,
      delegationTargetId: 7,
    });
    expect(hex(MsgWithdrawDelegatorReward.encode(msg).finish())).toBe("0a0161" + "1002" + "1807");
  });

  it("Distribution.type is an Any in field 3", () => {
    const weighted = DistributionTypeWeighted.encode({
      weights: [
        { delegationTargetId: 1, weight: 3 },
        { delegationTargetId: 2, weight: 7 },
      ],
    }).finish();
    expect(hex(weighted)).toBe("0a0408011003" + "0a0408021007");
    const d = Distribution.fromPartial({
      delegationType: 1,
      weight: 2,
      type: { typeUrl: "/milkyway.rewards.v1.DistributionTypeBasic", value: new Uint8Array() },
    });
    const url = "/milkyway.rewards.v1.DistributionTypeBasic";
    expect(hex(Distribution.encode(d).finish())).toBe(
      "0801" + "1002" + "1a" + (url.length + 2).toString(16) + "0a" + url.length.toString(16) + ascii(url),
    );
  });
});
