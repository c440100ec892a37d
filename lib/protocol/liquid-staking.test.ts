import { describe, expect, it } from "vitest";
import { fromUtf8 } from "@cosmjs/encoding";
import { SIM_LSTS } from "../chains/lsts";
import { ibcDenom } from "../chains/derive";
import { lstsFor } from "../chains/networks";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import {
  chainKeyOf,
  checkAmount,
  claimAllMsgs,
  claimEstimateMs,
  expectedMint,
  feeReserve,
  lstVoucherDenom,
  maxAmount,
  mintedAmount,
  minimumMint,
  oneClickDelivery,
  oneClickStakeMsg,
  packetOutcome,
  purchaseRate,
  recvPacketQuery,
  redemptionRate,
  requestTiming,
  requestValue,
  sentPacketSequence,
  type Batch,
  type LstState,
  PROTOCOL_FEE_SCALE,
} from "./liquid-staking";
import { displayRate, displayRatioPercent } from "../amount/display";

const milkTIA = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
const milkINIT = SIM_LSTS.find((l) => l.symbol === "milkINIT")!;
const state = (n: bigint, l: bigint): LstState => ({ totalNative: n, totalLst: l, totalRewards: 0n, totalFees: 0n });
const batch = (p: Partial<Batch>): Batch => ({
  id: 1,
  total: 0n,
  expected: 0n,
  received: 0n,
  requestCount: 0,
  nextActionMs: 0,
  status: "pending",
  ...p,
});

describe("expectedMint and minimumMint", () => {
  it("mints floor(L·a/N), and 1:1 on an empty pool", () => {
    expect(expectedMint(state(1_100n, 1_000n), 10_000_000n)).toBe(9_090_909n);
    expect(expectedMint(state(0n, 0n), 5n)).toBe(5n);
  });

  it("mints 1:1 when L is 0 but N is not (the orphan rule moves N to the fees first)", () => {
    expect(expectedMint(state(77n, 0n), 5_000n)).toBe(5_000n);
  });

  it("applies the slippage tolerance rounding down", () => {
    expect(minimumMint(9_090_909n, 50)).toBe(9_045_454n);
    expect(minimumMint(1_000n, 10)).toBe(999n);
    expect(minimumMint(1_000n, 100)).toBe(990n);
  });
});

describe("rates", () => {
  it("states the redemption rate N/L and the purchase rate L/N, truncated to 6 decimals", () => {
    const s = state(1_234_567n, 1_000_000n);
    expect(displayRate(redemptionRate(s)).text).toBe("1.234567");
    expect(displayRate(purchaseRate(s)).text).toBe("0.810000");
    // 2/3 = 0.666666… is cut, not rounded up.
    expect(displayRate(redemptionRate(state(2n, 3n))).text).toBe("0.666666");
  });

  it("is 1 when either total is zero", () => {
    expect(displayRate(redemptionRate(state(0n, 0n))).text).toBe("1.000000");
    expect(displayRate(purchaseRate(state(5n, 0n))).text).toBe("1.000000");
  });

  it("shows the protocol fee in percent from parts per 100,000, to two decimals", () => {
    expect(displayRatioPercent(10_000n, PROTOCOL_FEE_SCALE).text).toBe("10.00%");
    expect(displayRatioPercent(2_500n, PROTOCOL_FEE_SCALE).text).toBe("2.50%");
    expect(displayRatioPercent(0n, PROTOCOL_FEE_SCALE).text).toBe("0.00%");
  });
});

describe("fee reserve and Max", () => {
  it("budgets 300,000 gas at the minimum gas price, rounded up", () => {
    expect(feeReserve("0.002")).toBe(600n);
    expect(feeReserve("0.0025")).toBe(750n);
    expect(feeReserve("0.015")).toBe(4_500n);
    expect(feeReserve("0.0000001")).toBe(1n); // 0.03 rounds up to a whole base unit
    expect(feeReserve("0.002", 1n)).toBe(1n);
  });

  it("leaves the reserve and never goes below zero", () => {
    expect(maxAmount(1_000_000n, 600n)).toBe(999_400n);
    expect(maxAmount(1_000_000n)).toBe(1_000_000n);
    expect(maxAmount(500n, 600n)).toBe(0n);
    expect(maxAmount(600n, 600n)).toBe(0n);
  });
});

describe("checkAmount", () => {
  const limits = { decimals: 6, symbol: "TIA", balance: 500_000_000n, minimum: 100n };

  it("accepts a valid amount in base units", () => {
    expect(checkAmount("10", limits)).toEqual({ ok: true, value: 10_000_000n });
    expect(checkAmount(" 0.0001 ", limits)).toEqual({ ok: true, value: 100n });
    expect(checkAmount("500", limits)).toEqual({ ok: true, value: 500_000_000n });
  });

  it.each([
    ["", "empty", "Enter an amount."],
    ["abc", "not-a-number", "Enter a number, like 1.5."],
    ["1e3", "not-a-number", "Enter a number, like 1.5."],
    ["-1", "negative", "Amount can't be negative."],
    ["1.1234567", "too-many-decimals", "At most 6 decimal places."],
    ["9".repeat(60), "too-large", "Amount is too large."],
    ["0", "zero", "Enter an amount greater than 0."],
    ["0.00005", "below-minimum", "The minimum stake is 0.0001 TIA."],
    ["500.000001", "above-balance", "That is more than your balance of 500 TIA."],
    ["1000000", "above-balance", "That is more than your balance of 500 TIA."],
  ])("refuses %j as %s", (input, reason, message) => {
    expect(checkAmount(input, limits)).toEqual({ ok: false, reason, message });
  });

  it("refuses an amount that leaves no room for the fee when paying in the fee token", () => {
    expect(checkAmount("500", { ...limits, reserve: 600n })).toEqual({
      ok: false,
      reason: "fee-reserve",
      message: "Leave 0.0006 TIA for the network fee: at most 499.9994 TIA.",
    });
    expect(checkAmount("499.9994", { ...limits, reserve: 600n })).toEqual({ ok: true, value: 499_999_400n });
  });

  it("skips the balance check while the balance is unknown, and the minimum when there is none", () => {
    expect(checkAmount("1000000", { decimals: 6, symbol: "TIA" })).toEqual({ ok: true, value: 1_000_000_000_000n });
    expect(checkAmount("0.000001", { decimals: 6, symbol: "milkTIA", balance: 1n })).toEqual({ ok: true, value: 1n });
  });
});

describe("unstake timing", () => {
  const day = 86_400_000;

  it("estimates the claim date from the batch due time, or now when it is overdue", () => {
    expect(claimEstimateMs(10 * day, 8 * day, 1_814_400)).toBe(31 * day);
    expect(claimEstimateMs(8 * day, 10 * day, 1_814_400)).toBe(31 * day);
  });

  it("counts to submission, then arrival, then is ready", () => {
    expect(requestTiming(batch({ status: "pending", nextActionMs: 5_000 }), 2_000)).toEqual({
      kind: "waiting",
      event: "submission",
      targetMs: 5_000,
      remainingMs: 3_000,
    });
    expect(requestTiming(batch({ status: "submitted", nextActionMs: 5_000 }), 9_000)).toEqual({
      kind: "waiting",
      event: "arrival",
      targetMs: 5_000,
      remainingMs: 0,
    });
    expect(requestTiming(batch({ status: "received" }), 9_000)).toEqual({ kind: "ready" });
  });


  it("values a request by its batch status", () => {
    const s = state(1_100n, 1_000n);
    expect(requestValue(batch({ status: "pending" }), 100n, s)).toBe(110n);
    expect(requestValue(batch({ status: "submitted", total: 300n, expected: 330n }), 100n, s)).toBe(110n);
    expect(requestValue(batch({ status: "received", total: 300n, expected: 330n, received: 331n }), 100n, s)).toBe(110n);
  });
});

describe("messages", () => {
  it("claims several batches in one transaction", () => {
    const msgs = claimAllMsgs(milkTIA, "osmo1user", [3, 7]);
    expect(msgs).toHaveLength(2);
    expect(msgs.map((m) => JSON.parse(fromUtf8(m.value.msg)))).toEqual([{ withdraw: { batch_id: 3 } }, { withdraw: { batch_id: 7 } }]);
    expect(msgs[0].value.funds).toEqual([]);
  });

  it("builds the one-click transfer with mint_to and the slippage floor", () => {
    const m = oneClickStakeMsg(milkTIA, "celestia1user", 10_000_000n, 1_000, 9_000_000n);
    expect(m.value.sourceChannel).toBe("channel-2");
    expect(m.value.timeoutTimestamp).toBe(BigInt(1_000 + 600_000) * 1_000_000n);
    expect(JSON.parse(m.value.memo)).toEqual({
      wasm: { contract: milkTIA.contract, msg: { liquid_stake: { mint_to: "celestia1user", expected_mint_amount: "9000000" } } },
    });
  });
});

describe("one-click tracking", () => {
  it("names the milkTIA voucher on Celestia (doc §0)", () => {
    expect(lstVoucherDenom(milkTIA)).toBe(ibcDenom(`transfer/channel-2/${milkTIA.lstDenom}`));
    expect(lstVoucherDenom(milkTIA)).toBe("ibc/F428C5D24BEF8CA22EE74810A583422C12F02865ADAC185678C73015A88227B3");
  });

  it("expects the LST on the native chain, except where both chains share a prefix", () => {
    expect(oneClickDelivery(milkTIA, "osmo")).toEqual({ on: "native", chainId: milkTIA.nativeChainId, denom: lstVoucherDenom(milkTIA) });
    expect(oneClickDelivery(milkINIT, "init")).toEqual({ on: "protocol", chainId: milkINIT.chainId, denom: milkINIT.lstDenom });
  });

  const sendEvents = [
    { type: "message", attributes: [{ key: "action", value: "/ibc.applications.transfer.v1.MsgTransfer" }] },
    { type: "send_packet", attributes: [{ key: "packet_sequence", value: "12" }, { key: "packet_src_channel", value: "channel-2" }] },
  ];

  it("finds the sequence of the packet a transaction sent", () => {
    expect(sentPacketSequence(sendEvents, "channel-2")).toBe("12");
    expect(sentPacketSequence(sendEvents, "channel-9")).toBeUndefined();
    expect(recvPacketQuery("channel-6994", "12")).toBe("recv_packet.packet_dst_channel='channel-6994' AND recv_packet.packet_sequence='12'");
  });

  it("tells an accepted packet from an error acknowledgement, reading only its own acknowledgement", () => {
    const pkt = (seq: string) => [
      { key: "packet_dst_channel", value: "channel-6994" },
      { key: "packet_sequence", value: seq },
    ];
    const recv = (seq: string) => ({ type: "recv_packet", attributes: pkt(seq) });
    const ack = (seq: string, value: string) => ({ type: "write_acknowledgement", attributes: [...pkt(seq), { key: "packet_ack", value }] });
    const ok = [recv("12"), ack("12", '{"result":"AQ=="}')];
    const err = [recv("12"), { type: "fungible_token_packet", attributes: [{ key: "success", value: "false" }] }, ack("12", '{"error":"ABCI code: 5"}')];
    expect(packetOutcome(ok, "channel-6994", "12")).toBe("ok");
    expect(packetOutcome(err, "channel-6994", "12")).toBe("error");
    // A relayer's batch: another packet's error acknowledgement is not this packet's.
    const batch = [recv("11"), ack("11", '{"error":"ABCI code: 5"}'), recv("12"), ack("12", '{"result":"AQ=="}')];
    expect(packetOutcome(batch, "channel-6994", "12")).toBe("ok");
    expect(packetOutcome(batch, "channel-6994", "11")).toBe("error");
    // The same sequence on another channel is another packet.
    expect(packetOutcome([recv("12"), ack("12", '{"error":"x"}')], "channel-1", "12")).toBe("ok");
    // Without an acknowledgement of its own, the token event decides only for a lone packet.
    const ftpFalse = { type: "fungible_token_packet", attributes: [{ key: "success", value: "false" }] };
    expect(packetOutcome([recv("12"), ftpFalse], "channel-6994", "12")).toBe("error");
    expect(packetOutcome([recv("11"), recv("12"), ftpFalse], "channel-6994", "12")).toBe("ok");
  });

  it("reads what a stake minted from the wasm event", () => {
    const events = [
      { type: "message", attributes: [{ key: "action", value: "/cosmwasm.wasm.v1.MsgExecuteContract" }] },
      { type: "wasm", attributes: [{ key: "_contract_address", value: milkTIA.contract }, { key: "action", value: "liquid_stake" }, { key: "mint_amount", value: "9876543" }] },
    ];
    expect(mintedAmount(events)).toBe(9_876_543n);
    expect(mintedAmount(events.slice(0, 1))).toBeUndefined();
  });

  it("finds chain keys by chain-id in either mode", () => {
    const net = { mode: "simulator" as const, chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
    const tia = lstsFor(net).find((l) => l.symbol === "milkTIA")!;
    expect(chainKeyOf(net, tia.chainId)).toBe("osmosis");
    expect(chainKeyOf(net, tia.nativeChainId)).toBe("celestia");
    expect(chainKeyOf(net, "nope")).toBeUndefined();
  });
});
