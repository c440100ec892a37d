import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { SIM_LSTS } from "../../chains/lsts";
import { lstAdmin } from "../genesis/lst-setup";
import { executeContract } from "../modules/wasm";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { advanceSeconds, connect, freshWorld, fund, makeSigner } from "./harness";

const milkTIA = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
const OSMO = milkTIA.chainId;
const CELESTIA = milkTIA.nativeChainId;
const osmoFee = calculateFee(600_000, GasPrice.fromString("0.0025uosmo"));
const tiaFee = calculateFee(300_000, GasPrice.fromString("0.002utia"));
const DAY = 86_400;

async function osmosisStaker(world: ReturnType<typeof freshWorld>, mode: "direct" | "amino" = "direct") {
  const c = await connect(world, OSMO, await makeSigner(OSMO, mode));
  await fund(world, OSMO, c.address, [
    { denom: "uosmo", amount: "10000000" },
    { denom: milkTIA.ibcDenom, amount: "100000000" },
  ]);
  return c;
}

describe("liquid staking milkTIA through the real CosmWasm client", () => {
  it.each(["direct", "amino"] as const)("stakes TIA on Osmosis and mints floor(L·a/N) milkTIA (%s)", async (mode) => {
    const world = freshWorld();
    const { client, address } = await osmosisStaker(world, mode);
    const state = await client.queryContractSmart(milkTIA.contract, { state: {} });
    const N = BigInt(state.total_native_token);
    const L = BigInt(state.total_liquid_stake_token);
    const a = 10_000_000n;
    const expected = N === 0n ? a : (L * a) / N;
    const res = await client.execute(address, milkTIA.contract, { liquid_stake: { expected_mint_amount: expected.toString() } }, osmoFee, "", [{ denom: milkTIA.ibcDenom, amount: a.toString() }]);
    const wasm = res.events.find((e) => e.type === "wasm")!;
    expect(wasm.attributes.find((x) => x.key === "mint_amount")?.value).toBe(expected.toString());
    expect((await client.getBalance(address, milkTIA.lstDenom)).amount).toBe(expected.toString());
  });

  it("refuses a stake below the minimum with the contract's own words", async () => {
    const world = freshWorld();
    const { client, address } = await osmosisStaker(world);
    await expect(
      client.execute(address, milkTIA.contract, { liquid_stake: {} }, osmoFee, "", [{ denom: milkTIA.ibcDenom, amount: "99" }]),
    ).rejects.toThrow(/Minimum liquid stake amount not met/);
  });

  it("refuses everything user-facing while the contract is stopped", async () => {
    const world = freshWorld();
    const { client, address } = await osmosisStaker(world);
    const ctx = new Ctx(world, world.chains[OSMO], new Journal());
    executeContract(ctx, lstAdmin(milkTIA), milkTIA.contract, { circuit_breaker: {} }, []);
    await expect(
      client.execute(address, milkTIA.contract, { liquid_stake: {} }, osmoFee, "", [{ denom: milkTIA.ibcDenom, amount: "1000000" }]),
    ).rejects.toThrow(/contract was intentionally stopped/);
    expect((await client.queryContractSmart(milkTIA.contract, { config: {} })).stopped).toBe(true);
  });

  it("one click from Celestia: an ibc-hooks transfer mints milkTIA back to the celestia address", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CELESTIA, await makeSigner(CELESTIA, "direct"));
    await fund(world, CELESTIA, address, [{ denom: "utia", amount: "50000000" }]);
    const memo = JSON.stringify({ wasm: { contract: milkTIA.contract, msg: { liquid_stake: { mint_to: address } } } });
    const timeout = BigInt(world.timeMs + 600_000) * 1_000_000n;
    const res = await client.signAndBroadcast(
      address,
      [{ typeUrl: "/ibc.applications.transfer.v1.MsgTransfer", value: { sourcePort: "transfer", sourceChannel: milkTIA.nativeChannel, token: { denom: "utia", amount: "20000000" }, sender: address, receiver: milkTIA.contract, timeoutTimestamp: timeout, memo } }],
      tiaFee,
    );
    expect(res.code).toBe(0);
    await advanceSeconds(world, 60);
    // milkTIA on Celestia is the voucher of transfer/channel-2/factory/<contract>/umilkTIA (doc §0).
    const voucher = await client.getBalance(address, "ibc/F428C5D24BEF8CA22EE74810A583422C12F02865ADAC185678C73015A88227B3");
    expect(BigInt(voucher.amount)).toBeGreaterThan(0n);
  });

  it("a failing hooked stake is refunded on Celestia", async () => {
    const world = freshWorld();
    const { client, address } = await connect(world, CELESTIA, await makeSigner(CELESTIA, "direct"));
    await fund(world, CELESTIA, address, [{ denom: "utia", amount: "5000000" }]);
    const memo = JSON.stringify({ wasm: { contract: milkTIA.contract, msg: { liquid_stake: { mint_to: address } } } });
    await client.signAndBroadcast(
      address,
      [{ typeUrl: "/ibc.applications.transfer.v1.MsgTransfer", value: { sourcePort: "transfer", sourceChannel: milkTIA.nativeChannel, token: { denom: "utia", amount: "50" }, sender: address, receiver: milkTIA.contract, timeoutTimestamp: BigInt(world.timeMs + 600_000) * 1_000_000n, memo } }],
      tiaFee,
    );
    expect((await client.getBalance(address, "utia")).amount).toBe(String(5_000_000 - 50 - 600));
    await advanceSeconds(world, 60);
    expect((await client.getBalance(address, "utia")).amount).toBe(String(5_000_000 - 600));
  });

  it("unstake → batch submitted by the coordinator → received after unbonding → withdraw pays floor(received·amount/total)", async () => {
    const world = freshWorld();
    const { client, address } = await osmosisStaker(world);
    await client.execute(address, milkTIA.contract, { liquid_stake: {} }, osmoFee, "", [{ denom: milkTIA.ibcDenom, amount: "30000000" }]);
    const lst = BigInt((await client.getBalance(address, milkTIA.lstDenom)).amount);
    const unstake = lst / 2n;
    await client.execute(address, milkTIA.contract, { liquid_unstake: {} }, osmoFee, "", [{ denom: milkTIA.lstDenom, amount: unstake.toString() }]);
    const [req] = await client.queryContractSmart(milkTIA.contract, { unstake_requests: { user: address } });
    expect(req.amount).toBe(unstake.toString());
    await advanceSeconds(world, 3 * DAY + 600);
    const submitted = await client.queryContractSmart(milkTIA.contract, { batch: { id: req.batch_id } });
    expect(submitted.status).toBe("submitted");
    await advanceSeconds(world, 22 * DAY);
    const received = await client.queryContractSmart(milkTIA.contract, { batch: { id: req.batch_id } });
    expect(received.status).toBe("received");
    expect(received.received_native_unstaked).toBe(submitted.expected_native_unstaked);
    const before = BigInt((await client.getBalance(address, milkTIA.ibcDenom)).amount);
    await client.execute(address, milkTIA.contract, { withdraw: { batch_id: req.batch_id } }, osmoFee);
    const paid = BigInt((await client.getBalance(address, milkTIA.ibcDenom)).amount) - before;
    expect(paid).toBe((BigInt(received.received_native_unstaked) * unstake) / BigInt(received.batch_total_liquid_stake));
    await expect(client.execute(address, milkTIA.contract, { withdraw: { batch_id: req.batch_id } }, osmoFee)).rejects.toThrow(
      /Batch provided doesn't have a request for the user/,
    );
  });
});
