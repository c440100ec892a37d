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

describe("toUserError: who said no", () => {
  const fromWallet = (message: string) => Object.assign(new Error(message), { name: "WalletSignError" });

  it("a refusal raised by the wallet is the user's own rejection", () => {
    for (const m of ["Request rejected", "Transaction declined", "Ledger: denied by the user (0x6985)", "User closed the popup"]) {
      expect(toUserError(fromWallet(m)).kind, m).toBe("rejected");
    }
  });

  it("the same words from a chain are the chain's refusal, never 'you rejected it'", () => {
    const e = toUserError(new Error("Broadcasting transaction failed with code 4 (codespace: sdk). Log: access denied: unauthorized"));
    expect(e.kind).toBe("chain");
    expect(e.detail).not.toMatch(/rejected the request/);
    expect(toUserError(new Error("failed to execute message; message index: 0: operation cancelled by admin")).kind).toBe("chain");
  });

  it("a wallet that fails for another reason says so, and that nothing was sent", () => {
    const e = toUserError(fromWallet("Ledger device not found"));
    expect(e).toEqual({ kind: "wallet", title: "Your wallet could not sign", detail: "Ledger device not found. Nothing was sent." });
  });

  it("maps the chain's own failures by their words", () => {
    expect(toUserError(new Error("account sequence mismatch, expected 4, got 3: incorrect account sequence")).kind).toBe("sequence");
    expect(toUserError(new Error("out of gas in location: WriteFlat; gasWanted: 100, gasUsed: 200: out of gas")).kind).toBe("out-of-gas");
    expect(toUserError(new Error("spendable balance 1utia is smaller than 5utia: insufficient funds")).kind).toBe("insufficient-funds");
    expect(toUserError(new Error("Failed to fetch")).kind).toBe("unreachable");
    expect(toUserError(new Error("Transaction with ID AB was submitted but was not yet found on the chain")).kind).toBe("timeout");
    expect(toUserError(new Error("Minimum liquid stake amount not met")).kind).toBe("minimum-stake");
  });
});

describe("toUserError: Osmosis swap minimums", () => {
  it("token_out_min_amount not met reads as the chain's refusal of the price, not as a generic failure", () => {
    // x/concentrated-liquidity/types/errors.go AmountLessThanMinError, wrapped as CosmJS reports an included failure.
    const cl = toUserError(new Error("Error when broadcasting tx ABC at height 12. Code: 7; Raw log: failed to execute message; message index: 0: token amount calculated (1150000) is lesser than min amount (1188000)"));
    expect(cl.kind).toBe("slippage");
    expect(cl.detail).toMatch(/token_out_min_amount/);
    expect(cl.detail).toMatch(/Nothing was swapped/);
    // x/gamm/types/errors.go ErrLimitMinAmount (balancer pools).
    expect(toUserError(new Error("uosmo token is lesser than min amount: calculated amount is lesser than min amount")).kind).toBe("slippage");
  });
});
