import { describe, expect, it } from "vitest";
import { calculateFee, GasPrice, QueryClient, setupDistributionExtension, setupStakingExtension } from "@cosmjs/stargate";
import { MILKTIA_ON_MILKYWAY } from "../../chains/lsts";
import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { WAY_CARD_CONTRACT, WAY_CARD_PROGRAM } from "../../chains/way-card";
import { parseCard, parseParams, parseStatement } from "../../protocol/way-card";
import { checkRewardsRecipient } from "../../protocol/way-card-checks";
import { milkRewardSources, rewardsTopUpMsgs, wayCardMsgs } from "../../protocol/way-card-msgs";
import { rewardCoins } from "../../protocol/restaking";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { executeContract } from "../modules/wasm";
import { advanceSeconds, connect, freshWorld, fund, makeSigner } from "./harness";

const FEE = calculateFee(800_000, GasPrice.fromString("0.0025umilk"));
const UNIT = 1_000_000n;

/** The program's epoch with a chosen rate, as the daily crank would send it. */
function epochAt(world: ReturnType<typeof freshWorld>, rate: string) {
  const ctx = new Ctx(world, world.chains[MILKYWAY_SIM], new Journal());
  executeContract(ctx, WAY_CARD_PROGRAM, WAY_CARD_CONTRACT, { epoch: { redemption_rate: rate } }, []);
}

async function cardholder() {
  const world = freshWorld();
  const c = await connect(world, MILKYWAY_SIM, await makeSigner(MILKYWAY_SIM, "direct"));
  await fund(world, MILKYWAY_SIM, c.address, [
    { denom: "umilk", amount: (2_000n * UNIT).toString() },
    { denom: MILKTIA_ON_MILKYWAY, amount: (200n * UNIT).toString() },
  ]);
  const card = async () => parseCard(await c.client.queryContractSmart(WAY_CARD_CONTRACT, { card: { owner: c.address } }));
  const statement = async () => parseStatement(await c.client.queryContractSmart(WAY_CARD_CONTRACT, { statement: { owner: c.address } }));
  const send = (msgs: ReturnType<typeof wayCardMsgs.open>[]) => c.client.signAndBroadcast(c.address, msgs, FEE);
  /** signAndBroadcast resolves with the DeliverTx code; a refusal is code ≠ 0 and the contract's words. */
  const refused = async (msgs: ReturnType<typeof wayCardMsgs.open>[]) => {
    const r = await send(msgs);
    expect(r.code).not.toBe(0);
    return r.rawLog ?? "";
  };
  return { world, ...c, card, statement, send, refused };
}

describe("the Way Card through the real CosmWasm client", () => {
  it("is deployed at genesis with a first rate and the simulated merchants", async () => {
    const { client } = await cardholder();
    const params = parseParams(await client.queryContractSmart(WAY_CARD_CONTRACT, { params: {} }));
    expect(params.collateralDenom).toBe(MILKTIA_ON_MILKYWAY);
    expect(params.refundDenom).toBe("umilk");
    expect(params.redemptionRate).not.toBeNull();
    expect(params.assets.find((a) => a.denom === "umilk")?.price).not.toBeNull();
    const { merchants } = await client.queryContractSmart(WAY_CARD_CONTRACT, { merchants: {} });
    expect(merchants.length).toBeGreaterThan(2);
  });

  it("open, lock, buy on credit, and the program's epoch repays it from yield", async () => {
    const h = await cardholder();
    await advanceSeconds(h.world, 86_400);
    const params = parseParams(await h.client.queryContractSmart(WAY_CARD_CONTRACT, { params: {} }));
    // The program ran its daily epoch during that day: a fresh rate sample.
    expect(params.rateTimeMs).toBeGreaterThan(h.world.timeMs - 86_400_000);
    const base = params.redemptionRate!;
    expect((await h.send([wayCardMsgs.open(WAY_CARD_CONTRACT, h.address, { autoTopUpBps: 0, horizonDays: 30 })])).code).toBe(0);
    expect((await h.send([wayCardMsgs.lock(WAY_CARD_CONTRACT, h.address, MILKTIA_ON_MILKYWAY, 100n * UNIT)])).code).toBe(0);
    // A rate 1% above the day's: a big annualised APR, so there is credit to use at once. With
    // no auto top-up the day's yield stays locked, so the balance stays 0 and the buy borrows.
    const up = base + base / 100n;
    epochAt(h.world, `${up / 10n ** 18n}.${(up % 10n ** 18n).toString().padStart(18, "0")}`);
    const before = (await h.card())!;
    expect(before.creditLimit).toBeGreaterThan(0n);
    const price = before.creditAvailable < 5_000_000n ? before.creditAvailable : 5_000_000n;
    const res = await h.send([wayCardMsgs.purchase(WAY_CARD_CONTRACT, h.address, "nebula-coffee", price)]);
    expect(res.code).toBe(0);
    expect(res.events.find((e) => e.type === "wasm")?.attributes.find((a) => a.key === "borrowed")?.value).toBe(price.toString());
    expect((await h.card())!.owed).toBe(price);
    // The next day's crank relays the real rate (below the posted one), so post growth again.
    const up2 = up + up / 50n;
    await advanceSeconds(h.world, 3_600);
    epochAt(h.world, `${up2 / 10n ** 18n}.${(up2 % 10n ** 18n).toString().padStart(18, "0")}`);
    const after = (await h.card())!;
    expect(after.owed).toBeLessThan(price);
    const kinds = (await h.statement()).map((e) => e.kind);
    expect(kinds).toContain("repayment");
    expect(kinds).toContain("purchase");
  });

  it("refusals arrive in the contract's words", async () => {
    const h = await cardholder();
    await h.send([wayCardMsgs.open(WAY_CARD_CONTRACT, h.address, { autoTopUpBps: 0, horizonDays: 30 })]);
    expect(await h.refused([wayCardMsgs.purchase(WAY_CARD_CONTRACT, h.address, "nebula-coffee", 1n)])).toMatch(/more than the card can pay/);
    await h.send([wayCardMsgs.freeze(WAY_CARD_CONTRACT, h.address)]);
    expect(await h.refused([wayCardMsgs.purchase(WAY_CARD_CONTRACT, h.address, "nebula-coffee", 1n)])).toMatch(/The card is frozen/);
    expect(await h.refused([wayCardMsgs.open(WAY_CARD_CONTRACT, h.address, { autoTopUpBps: 0, horizonDays: 30 })])).toMatch(/already open/);
    // The client's execute() throws with the same words.
    await expect(h.client.execute(h.address, WAY_CARD_CONTRACT, { close_card: {} }, FEE)).resolves.toBeDefined();
    await expect(h.client.execute(h.address, WAY_CARD_CONTRACT, { freeze: {} }, FEE)).rejects.toThrow(/No Way Card is open/);
  });

  it("tops up with MILK and closes with a MILK refund at the feed price", async () => {
    const h = await cardholder();
    await h.send([wayCardMsgs.open(WAY_CARD_CONTRACT, h.address, { autoTopUpBps: 0, horizonDays: 30 })]);
    await h.send([wayCardMsgs.topUp(WAY_CARD_CONTRACT, h.address, [{ denom: "umilk", amount: 100n * UNIT }])]);
    const c = (await h.card())!;
    expect(c.balance).toBeGreaterThan(0n);
    const milkBefore = BigInt((await h.client.getBalance(h.address, "umilk")).amount);
    const res = await h.send([wayCardMsgs.close(WAY_CARD_CONTRACT, h.address)]);
    expect(res.code).toBe(0);
    const fee = BigInt(FEE.amount[0].amount);
    const refunded = BigInt((await h.client.getBalance(h.address, "umilk")).amount) - milkBefore + fee;
    // Same price both ways, both floored: at most what went in.
    expect(refunded).toBeLessThanOrEqual(100n * UNIT);
    expect(refunded).toBeGreaterThan(99n * UNIT);
    expect(await h.card()).toBeNull();
  });

  it("claims MILK staking rewards and tops up with them in one transaction", async () => {
    const h = await cardholder();
    const q = QueryClient.withExtensions(h.comet, setupStakingExtension, setupDistributionExtension);
    const { validators } = await q.staking.validators("BOND_STATUS_BONDED");
    await h.send([wayCardMsgs.open(WAY_CARD_CONTRACT, h.address, { autoTopUpBps: 0, horizonDays: 30 })]);
    expect((await h.client.delegateTokens(h.address, validators[0].operatorAddress, { denom: "umilk", amount: (1_000n * UNIT).toString() }, FEE)).code).toBe(0);
    await advanceSeconds(h.world, 2 * 86_400);
    const total = await q.distribution.delegationTotalRewards(h.address);
    const staking = total.rewards.map((r) => ({ validator: r.validatorAddress, coins: rewardCoins([{ decCoins: r.reward }]) }));
    const { sources, milk } = milkRewardSources({ owner: h.address, milkDenom: "umilk", staking, restaking: [] });
    expect(milk).toBeGreaterThan(0n);
    const res = await h.send(rewardsTopUpMsgs({ contract: WAY_CARD_CONTRACT, sender: h.address, withdraws: sources.map((s) => s.withdraw), milk, milkDenom: "umilk" }));
    expect(res.code).toBe(0);
    const card = (await h.card())!;
    expect(card.balance).toBeGreaterThan(0n);
    expect((await h.statement())[0].note).toContain(`${milk}umilk`);
  });

  it("a custom MILK staking withdraw address is read back and the rewards top-up is refused", async () => {
    const h = await cardholder();
    const q = QueryClient.withExtensions(h.comet, setupDistributionExtension);
    expect((await q.distribution.delegatorWithdrawAddress(h.address)).withdrawAddress).toBe(h.address);
    const collector = WAY_CARD_PROGRAM;
    const set = { typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: { delegatorAddress: h.address, withdrawAddress: collector } };
    expect((await h.send([set])).code).toBe(0);
    const to = (await q.distribution.delegatorWithdrawAddress(h.address)).withdrawAddress;
    expect(to).toBe(collector);
    const r = checkRewardsRecipient({ owner: h.address, sources: [{ kind: "staking" }], stakingWithdrawAddress: to, restakingWithdrawAddress: h.address });
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining(collector) });
  });
});
