import { describe, expect, it } from "vitest";
import { toUserError } from "./errors";

describe("toUserError: SDK 0.50 ante refusals", () => {
  it("a timeout-height refusal is final, not a 'may still be included' timeout (x/auth/ante/basic.go:210-213)", () => {
    const e = toUserError(new Error("Broadcasting transaction failed with code 30 (codespace: sdk). Log: block height: 12, timeout height: 10: tx timeout height"));
    expect(e.kind).toBe("chain");
    expect(e.detail).toMatch(/expired/);
  });

  it("a malformed fee is not a low fee (types/tx/types.go:74-79, x/auth/ante/fee.go:131-133)", () => {
    expect(toUserError(new Error("invalid fee provided: -5umilk: insufficient fee")).detail).toMatch(/malformed/);
    expect(toUserError(new Error("invalid fee amount: 5uosmo,5uatom: insufficient fee")).detail).toMatch(/malformed/);
    expect(toUserError(new Error("5uosmo: insufficient fee")).kind).toBe("insufficient-fee");
  });

  it("a fee granter on a chain without x/feegrant (x/auth/ante/fee.go:92-93)", () => {
    expect(toUserError(new Error("fee grants are not enabled: invalid request")).detail).toMatch(/fee grants/);
  });
});
