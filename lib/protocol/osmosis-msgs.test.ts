import { describe, expect, it } from "vitest";
import { Registry } from "@cosmjs/proto-signing";
import { osmosisRegistryTypes } from "../cosmos/proto/osmosis-registry-types";
import { createPositionMsg, exitPoolMsg, joinPoolMsg, swapExactInMsg, withdrawPositionMsg } from "./osmosis-msgs";

const registry = new Registry([...osmosisRegistryTypes]);
const sender = "osmo1qyqszqgpqyqszqgpqyqszqgpqyqszqgpjnp7du";

describe("Osmosis message builders", () => {
  it("a swap carries one route and the minimum out the chain enforces; 0 is refused before signing", () => {
    const m = swapExactInMsg(sender, 1475n, { denom: "ibc/TIA", amount: 1_000_000n }, "factory/x/umilkTIA", 990_000n);
    const decoded = registry.decode({ typeUrl: m.typeUrl, value: registry.encode(m) });
    expect(decoded.routes).toEqual([{ poolId: 1475n, tokenOutDenom: "factory/x/umilkTIA" }]);
    expect(decoded.tokenOutMinAmount).toBe("990000");
    expect(() => swapExactInMsg(sender, 1475n, { denom: "a", amount: 1n }, "b", 0n)).toThrow(/positive/);
  });
  it("a new position sends its coins sorted by denom and drops a zero side", () => {
    const m = createPositionMsg(sender, 1475n, -500_000, 50_000, [{ denom: "ibc/TIA", amount: 5n }, { denom: "factory/x/umilkTIA", amount: 0n }], 0n, 0n);
    expect((m.value as { tokensProvided: unknown }).tokensProvided).toEqual([{ denom: "ibc/TIA", amount: "5" }]);
    const both = createPositionMsg(sender, 1475n, -500_000, 50_000, [{ denom: "ibc/TIA", amount: 5n }, { denom: "factory/x/umilkTIA", amount: 7n }], 0n, 0n);
    expect((both.value as { tokensProvided: { denom: string }[] }).tokensProvided.map((c) => c.denom)).toEqual(["factory/x/umilkTIA", "ibc/TIA"]);
    expect(registry.decode({ typeUrl: both.typeUrl, value: registry.encode(both) }).lowerTick).toBe(-500_000n);
  });
  it("a full withdrawal returns the chain's own liquidity string unchanged", () => {
    const m = withdrawPositionMsg(sender, 7n, "1517882343751510418088349649");
    expect(registry.decode({ typeUrl: m.typeUrl, value: registry.encode(m) }).liquidityAmount).toBe("1517882343751510418088349649");
  });
  it("join and exit carry share amounts as integers and coins sorted", () => {
    const j = joinPoolMsg(sender, 2002n, 10n ** 18n, [{ denom: "ibc/B", amount: 2n }, { denom: "ibc/A", amount: 1n }]);
    expect(registry.decode({ typeUrl: j.typeUrl, value: registry.encode(j) })).toMatchObject({ shareOutAmount: "1000000000000000000", tokenInMaxs: [{ denom: "ibc/A" }, { denom: "ibc/B" }] });
    const e = exitPoolMsg(sender, 2002n, 5n, []);
    expect(registry.decode({ typeUrl: e.typeUrl, value: registry.encode(e) }).shareInAmount).toBe("5");
  });
});

describe("swappedOut", () => {
  it("reads the last hop's tokens_out in the wanted denom", async () => {
    const { swappedOut } = await import("./osmosis-msgs");
    const events = [
      { type: "message", attributes: [{ key: "action", value: "/osmosis.poolmanager.v1beta1.MsgSwapExactAmountIn" }] },
      { type: "token_swapped", attributes: [{ key: "pool_id", value: "1475" }, { key: "tokens_in", value: "1200000ibc/TIA" }, { key: "tokens_out", value: "1010000factory/x/umilkTIA" }] },
    ];
    expect(swappedOut(events, "factory/x/umilkTIA")).toBe(1_010_000n);
    expect(swappedOut(events, "ibc/TIA")).toBeUndefined();
    expect(swappedOut([], "x")).toBeUndefined();
  });
});
