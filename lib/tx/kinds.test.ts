import { toBech32, toUtf8 } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import { lstBySymbol, type NetworkSnapshot } from "../chains/networks";
import { liquidStakeMsg, liquidUnstakeMsg, oneClickStakeMsg, withdrawMsg } from "../protocol/liquid-staking";
import { collectSpreadRewardsMsg, joinPoolMsg, swapExactInMsg } from "../protocol/osmosis-msgs";
import { wayCardMsgs } from "../protocol/way-card-msgs";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { assertKind, TX_KINDS } from "./kinds";

const net: NetworkSnapshot = { mode: "simulator", chainIds: SIMULATOR_CHAIN_IDS, rpc: {} };
const lst = lstBySymbol(net, "milkTIA")!;
const osmo = toBech32("osmo", new Uint8Array(20).fill(1));
const celestia = toBech32("celestia", new Uint8Array(20).fill(1));

describe("what each kind of transaction may send", () => {
  it("a one-click stake (a transfer whose memo stakes) is a stake, not a move", () => {
    const m = oneClickStakeMsg(lst, celestia, 5n, 0, 4n);
    expect(TX_KINDS.stake.accepts(m)).toBe(true);
    expect(TX_KINDS.move.accepts(m)).toBe(false);
  });

  it("the contract's actions belong to their own buttons", () => {
    expect(TX_KINDS.stake.accepts(liquidStakeMsg(lst, osmo, 5n))).toBe(true);
    expect(TX_KINDS.stake.accepts(liquidUnstakeMsg(lst, osmo, 5n))).toBe(false);
    expect(TX_KINDS.unstake.accepts(liquidUnstakeMsg(lst, osmo, 5n))).toBe(true);
    expect(TX_KINDS.claim.accepts(withdrawMsg(lst, osmo, 3))).toBe(true);
    expect(TX_KINDS["way-card"].accepts(withdrawMsg(lst, osmo, 3))).toBe(false);
    expect(TX_KINDS["way-card"].accepts(wayCardMsgs.purchase(lst.contract, osmo, "m", 5n))).toBe(true);
  });

  it("refuses an empty transaction and an execute whose body is not JSON", () => {
    expect(() => assertKind("stake", [])).toThrow(/Nothing was sent/);
    const garbage = { typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract", value: { sender: osmo, contract: lst.contract, msg: toUtf8("{liquid_stake"), funds: [] } };
    expect(() => assertKind("stake", [garbage])).toThrow(/refuses a MsgExecuteContract message/);
  });

  it("a pool route's swap is a swap, and a swap button cannot add liquidity", () => {
    const swap = swapExactInMsg(osmo, 1475n, { denom: lst.ibcDenom, amount: 5n }, lst.lstDenom, 4n);
    expect(TX_KINDS.swap.accepts(swap)).toBe(true);
    expect(TX_KINDS.stake.accepts(swap)).toBe(false);
    expect(TX_KINDS.liquidity.accepts(joinPoolMsg(osmo, 2001n, 10n, []))).toBe(true);
    expect(TX_KINDS.liquidity.accepts(collectSpreadRewardsMsg(osmo, [1n]))).toBe(true);
    expect(() => assertKind("swap", [swap, joinPoolMsg(osmo, 2001n, 10n, [])])).toThrow(/refuses a MsgJoinPool message/);
  });
});
