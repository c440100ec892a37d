import { describe, expect, it } from "vitest";
import { CELESTIA_SIM, MILKYWAY_SIM } from "../../chains/sim-chains";
import { freshWorld, rpc } from "../integration/harness";

describe("sim_price", () => {
  it("sets a TICKER/USD price exactly and removes it with 0", async () => {
    const world = freshWorld();
    const prices = () => world.chains[MILKYWAY_SIM].restaking!.prices;
    expect(prices().TIA).toBeDefined();

    await rpc(world, MILKYWAY_SIM, "sim_price", { ticker: "TIA", price: "7.123456789" });
    expect(prices().TIA).toBe(7_123_456_789_000_000_000n);

    await rpc(world, MILKYWAY_SIM, "sim_price", { ticker: "TIA", price: "0" });
    expect(prices().TIA).toBeUndefined();
  });

  it("refuses a chain without an oracle and malformed input", async () => {
    const world = freshWorld();
    await expect(rpc(world, CELESTIA_SIM, "sim_price", { ticker: "TIA", price: "1" })).rejects.toThrow("has no price oracle");
    await expect(rpc(world, MILKYWAY_SIM, "sim_price", { ticker: "tia", price: "1" })).rejects.toThrow("ticker must be");
    await expect(rpc(world, MILKYWAY_SIM, "sim_price", { ticker: "TIA", price: "-1" })).rejects.toThrow("price must be");
  });
});
