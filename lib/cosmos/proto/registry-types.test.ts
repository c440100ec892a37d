import { describe, expect, it } from "vitest";
import { Registry, type EncodeObject } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";

import { milkywayRegistryTypes } from "./registry-types";
import { MsgDelegatePool, MsgSetUserPreferences, MsgUndelegateOperator } from "./gen/milkyway/restaking/v1/messages";
import { MsgWithdrawDelegatorReward } from "./gen/milkyway/rewards/v1/messages";

describe("milkywayRegistryTypes", () => {
  it("lists exactly the Msgs the page sends, once each, with a type URL matching the codec", () => {
    const urls = milkywayRegistryTypes.map(([url]) => url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const [url, type] of milkywayRegistryTypes) expect((type as { typeUrl?: string }).typeUrl).toBe(url);
    expect([...urls].sort()).toEqual([
      "/milkyway.restaking.v1.MsgDelegateOperator",
      "/milkyway.restaking.v1.MsgDelegatePool",
      "/milkyway.restaking.v1.MsgDelegateService",
      "/milkyway.restaking.v1.MsgSetUserPreferences",
      "/milkyway.restaking.v1.MsgUndelegateOperator",
      "/milkyway.restaking.v1.MsgUndelegatePool",
      "/milkyway.restaking.v1.MsgUndelegateService",
      "/milkyway.rewards.v1.MsgWithdrawDelegatorReward",
    ]);
  });

  it("matches the MilkyWay Msgs that lib/protocol builds (typeUrl literals)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = new URL("../../protocol/", import.meta.url);
    const sent = new Set<string>();
    for (const f of readdirSync(dir)) {
      if (!f.endsWith(".ts") || f.endsWith(".test.ts")) continue;
      for (const m of readFileSync(new URL(f, dir), "utf8").matchAll(/typeUrl: "(\/milkyway\.[a-z]+\.v1\.Msg[A-Za-z]+)"/g)) sent.add(m[1]);
    }
    expect(sent.size).toBeGreaterThan(0);
    expect([...sent].sort()).toEqual(milkywayRegistryTypes.map(([url]) => url).sort());
  });

  it("plugs into a CosmJS Registry: encodeAsAny / decode round trip", () => {
    const registry = new Registry([...defaultRegistryTypes, ...milkywayRegistryTypes]);
    const messages: EncodeObject[] = [
      { typeUrl: MsgDelegatePool.typeUrl, value: MsgDelegatePool.fromPartial({ delegator: "milk1x", amount: { denom: "utia", amount: "5" } }) },
      {
        typeUrl: MsgSetUserPreferences.typeUrl,
        value: MsgSetUserPreferences.fromPartial({ user: "milk1x", preferences: { trustedServices: [{ serviceId: 3, poolsIds: [1] }] } }),
      },
      { typeUrl: MsgUndelegateOperator.typeUrl, value: MsgUndelegateOperator.fromPartial({ delegator: "milk1x", operatorId: 2 }) },
      {
        typeUrl: MsgWithdrawDelegatorReward.typeUrl,
        value: MsgWithdrawDelegatorReward.fromPartial({ delegatorAddress: "milk1x", delegationType: 2, delegationTargetId: 7 }),
      },
    ];
    for (const m of messages) {
      const any = registry.encodeAsAny(m);
      expect(any.typeUrl).toBe(m.typeUrl);
      expect(registry.decode(any)).toEqual(m.value);
    }
    // a whole TxBody, as SigningStargateClient builds it (a partial value is accepted)
    const bodyBytes = registry.encodeTxBody({
      messages: [{ typeUrl: MsgDelegatePool.typeUrl, value: { delegator: "milk1x", amount: { denom: "utia", amount: "1" } } }],
      memo: "restake",
    });
    const body = TxBody.decode(bodyBytes);
    expect(body.messages[0].typeUrl).toBe(MsgDelegatePool.typeUrl);
    expect(registry.decode(body.messages[0])).toEqual(
      MsgDelegatePool.fromPartial({ delegator: "milk1x", amount: { denom: "utia", amount: "1" } }),
    );
  });
});
