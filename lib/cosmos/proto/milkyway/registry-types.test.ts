import { describe, expect, it } from "vitest";
import { Registry, type EncodeObject } from "@cosmjs/proto-signing";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { TxBody } from "cosmjs-types/cosmos/tx/v1beta1/tx";

import { milkywayRegistryTypes } from "./registry-types";
import { MsgCreateService } from "./services";
import { MsgDelegatePool, MsgSetUserPreferences, MsgUndelegateOperator } from "./restaking-tx";
import { MsgCreateRewardsPlan } from "./rewards-tx";

describe("milkywayRegistryTypes", () => {
  it("lists every Msg once, with a type URL matching the codec", () => {
    const urls = milkywayRegistryTypes.map(([url]) => url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toHaveLength(38);
    for (const [url, type] of milkywayRegistryTypes) {
      expect(url).toMatch(/^\/milkyway\.(restaking|operators|services|rewards)\.v1\.Msg[A-Za-z]+$/);
      expect(url).not.toMatch(/Response$/);
      expect((type as { typeUrl?: string }).typeUrl).toBe(url);
    }
    expect(urls).toContain("/milkyway.restaking.v1.MsgSetUserPreferences");
    expect(urls).toContain("/milkyway.restaking.v1.MsgRemoveOperatorFromAllowlist");
    expect(urls).toContain("/milkyway.rewards.v1.MsgWithdrawDelegatorReward");
    expect(urls).toContain("/milkyway.services.v1.MsgCreateService");
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
        typeUrl: MsgCreateRewardsPlan.typeUrl,
        value: MsgCreateRewardsPlan.fromPartial({
          sender: "milk1x",
          serviceId: 1,
          amount: { denom: "umilk", amount: "100" },
          endTime: { seconds: 2208988800n, nanos: 0 },
        }),
      },
      { typeUrl: MsgCreateService.typeUrl, value: MsgCreateService.fromPartial({ sender: "milk1x", name: "svc" }) },
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
