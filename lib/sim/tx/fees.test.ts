import { describe, expect, it } from "vitest";
import { simChain } from "../../chains/sim-chains";
import { assertFeeSufficient, requiredFee } from "./fees";

describe("minimum gas price", () => {
  it("rounds the required fee up", () => {
    expect(requiredFee(200_000n, "0.002")).toBe(400n);
    expect(requiredFee(1n, "0.0025")).toBe(1n);
    expect(requiredFee(401n, "0.0025")).toBe(2n);
  });

  it("accepts exactly the minimum and refuses one less, naming both", () => {
    const cfg = simChain("celestia-sim-1");
    expect(() => assertFeeSufficient(cfg, [{ denom: "utia", amount: 400n }], 200_000n)).not.toThrow();
    expect(() => assertFeeSufficient(cfg, [{ denom: "utia", amount: 399n }], 200_000n)).toThrow("insufficient fees; got: 399utia required: 400utia");
    expect(() => assertFeeSufficient(cfg, [{ denom: "uosmo", amount: 10_000n }], 200_000n)).toThrow(/insufficient fee/);
  });
});
