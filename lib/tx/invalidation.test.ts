import { describe, expect, it } from "vitest";
import { toUtf8 } from "@cosmjs/encoding";
import { areasToInvalidate, invalidationKey } from "./invalidation";

describe("what a transaction refetches", () => {
  it("always the fee balances and the history, plus what each message changes", () => {
    expect(areasToInvalidate(["/cosmos.gov.v1.MsgVote"]).sort()).toEqual(["bank", "gov", "history"]);
    expect(areasToInvalidate(["/milkyway.restaking.v1.MsgDelegatePool"]).sort()).toEqual(["bank", "history", "restaking", "rewards"]);
    expect(areasToInvalidate(["/cosmwasm.wasm.v1.MsgExecuteContract", "/ibc.applications.transfer.v1.MsgTransfer"]).sort()).toEqual([
      "bank",
      "history",
      "ibc",
      "liquid-staking",
      "way-card",
    ]);
  });
  it("an unknown message still refreshes what every transaction changes", () => {
    expect(areasToInvalidate(["/x.y.MsgZ"]).sort()).toEqual(["bank", "history"]);
  });
});

describe("Osmosis pool messages", () => {
  it("every Osmosis message the app can sign refreshes balances and the pool reads", async () => {
    const { osmosisRegistryTypes } = await import("../cosmos/proto/osmosis-registry-types");
    const { POOLS_AREA } = await import("../queries/osmosis-pools");
    for (const [typeUrl] of osmosisRegistryTypes) {
      expect(areasToInvalidate([typeUrl]), typeUrl).toEqual(expect.arrayContaining(["bank", "history", POOLS_AREA]));
    }
  });
});

describe("a contract execute refetches what its action touches", () => {
  it("a liquid stake is not a Way Card action; an unknown action refreshes both", () => {
    const exec = (action: string) => invalidationKey({ typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract", value: { msg: toUtf8(JSON.stringify({ [action]: {} })) } });
    expect(areasToInvalidate([exec("liquid_stake")]).sort()).toEqual(["bank", "history", "liquid-staking"]);
    expect(areasToInvalidate([exec("purchase")]).sort()).toEqual(["bank", "history", "way-card"]);
    expect(areasToInvalidate([exec("mystery")]).sort()).toEqual(["bank", "history", "liquid-staking", "way-card"]);
  });
});
