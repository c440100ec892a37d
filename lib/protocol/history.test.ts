import { describe, expect, it } from "vitest";
import { toUtf8 } from "@cosmjs/encoding";
import { Any } from "cosmjs-types/google/protobuf/any";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { MsgExecuteContract } from "cosmjs-types/cosmwasm/wasm/v1/tx";
import { MsgTransfer } from "cosmjs-types/ibc/applications/transfer/v1/tx";
import { MsgSend } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { parseCsv } from "./csv";
import { NO_FILTERS, dateRangeProblem, filterHistory, historyCells, historyCsv, type HistoryRow } from "./history";
import { MsgUndelegatePool } from "../cosmos/proto/gen/milkyway/restaking/v1/messages";
import { decodeHistoryTx, netCoins, parseCoins, rewardPayouts, type DecodeContext, type SearchedTx } from "./history-decode";

const USER = "osmo1user";
const CONTRACT = "osmo1lst";
const assets = new Map([
  ["uosmo", { symbol: "OSMO", decimals: 6, lst: false }],
  ["ibc/TIA", { symbol: "TIA", decimals: 6, lst: false }],
  ["factory/osmo1lst/umilkTIA", { symbol: "milkTIA", decimals: 6, lst: true }],
]);
const ctx: DecodeContext = { chain: "osmosis", chainId: "osmosis-sim-1", address: USER, timeMs: Date.UTC(2026, 10, 23, 22, 10, 5), assets, lstContracts: new Set([CONTRACT]) };

function rawTx(messages: { typeUrl: string; value: Uint8Array }[], memo = "", fee = [{ denom: "uosmo", amount: "750" }]): Uint8Array {
  const bodyBytes = TxBody.encode(TxBody.fromPartial({ messages: messages.map((m) => Any.fromPartial(m)), memo })).finish();
  const authInfoBytes = AuthInfo.encode(AuthInfo.fromPartial({ fee: { amount: fee, gasLimit: 300000n } })).finish();
  return TxRaw.encode({ bodyBytes, authInfoBytes, signatures: [new Uint8Array(64)] }).finish();
}

const ev = (type: string, attrs: Record<string, string>) => ({ type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value })) });

const stakeTx: SearchedTx = {
  hash: "AAA",
  height: 42,
  code: 0,
  events: [
    ev("coin_spent", { spender: USER, amount: "750uosmo" }),
    ev("coin_received", { receiver: "osmo1fees", amount: "750uosmo" }),
    ev("tx", { fee: "750uosmo", fee_payer: USER }),
    ev("coin_spent", { spender: USER, amount: "10000000ibc/TIA" }),
    ev("coin_received", { receiver: CONTRACT, amount: "10000000ibc/TIA" }),
    ev("coinbase", { minter: CONTRACT, amount: "9900000factory/osmo1lst/umilkTIA" }),
    ev("coin_received", { receiver: USER, amount: "9900000factory/osmo1lst/umilkTIA" }),
  ],
  tx: rawTx(
    [{ typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract", value: MsgExecuteContract.encode(MsgExecuteContract.fromPartial({ sender: USER, contract: CONTRACT, msg: toUtf8('{"liquid_stake":{}}') })).finish() }],
    'memo, with "quotes"\nand a newline',
  ),
};

describe("coins", () => {
  it("parses coin strings and skips junk", () => {
    expect(parseCoins("5uosmo,10ibc/ABC,nonsense,")).toEqual([
      { denom: "uosmo", amount: 5n },
      { denom: "ibc/ABC", amount: 10n },
    ]);
  });
  it("nets received against spent", () => {
    expect(netCoins(stakeTx.events, USER)).toEqual(
      new Map([
        ["uosmo", -750n],
        ["ibc/TIA", -10_000_000n],
        ["factory/osmo1lst/umilkTIA", 9_900_000n],
      ]),
    );
  });
});

describe("decodeHistoryTx", () => {
  it("turns a liquid stake into a human row with exact amounts and the fee apart", () => {
    const r = decodeHistoryTx(stakeTx, ctx);
    expect(r).toMatchObject({
      id: "osmosis-sim-1:AAA",
      type: "Liquid stake",
      kind: "Liquid staking",
      sent: "10 TIA",
      received: "9.9 milkTIA",
      fee: "0.00075 OSMO",
      ok: true,
      height: 42,
      memo: 'memo, with "quotes"\nand a newline',
    });
  });

  it("names one-click stakes, receives, failures and unknown messages", () => {
    const oneClick = decodeHistoryTx(
      {
        ...stakeTx,
        events: [ev("tx", { fee_payer: USER })],
        tx: rawTx([{ typeUrl: "/ibc.applications.transfer.v1.MsgTransfer", value: MsgTransfer.encode(MsgTransfer.fromPartial({ memo: '{"wasm":{"msg":{"liquid_stake":{}}}}' })).finish() }]),
      },
      ctx,
    );
    expect(oneClick.type).toBe("One-click stake");

    const receive = decodeHistoryTx(
      {
        ...stakeTx,
        events: [ev("tx", { fee_payer: "osmo1other" }), ev("coin_received", { receiver: USER, amount: "5uosmo" })],
        tx: rawTx([{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: MsgSend.encode(MsgSend.fromPartial({})).finish() }]),
      },
      ctx,
    );
    expect(receive).toMatchObject({ type: "Receive", received: "0.000005 OSMO", fee: "" });

    const failed = decodeHistoryTx({ ...stakeTx, code: 5, rawLog: "insufficient funds", events: [ev("tx", { fee_payer: USER }), ev("coin_spent", { spender: USER, amount: "750uosmo" })] }, ctx);
    expect(failed).toMatchObject({ ok: false, error: "insufficient funds", sent: "", received: "" });
    expect(historyCells(failed, (k) => k)[6]).toBe("Failed: insufficient funds");

    const other = decodeHistoryTx({ ...stakeTx, tx: rawTx([{ typeUrl: "/milkyway.rewards.v1.MsgWithdrawOperatorCommission", value: new Uint8Array() }]) }, ctx);
    expect(other).toMatchObject({ type: "Withdraw operator commission", kind: "Other" });

    const junk = decodeHistoryTx({ ...stakeTx, tx: new Uint8Array([1, 2, 3]) }, ctx);
    expect(junk.type).toBe("Transaction");
  });
});

describe("an amount for every type", () => {
  it("an unbonding moves nothing when included, so its row says what comes back after it", () => {
    const undelegate = MsgUndelegatePool.encode(MsgUndelegatePool.fromPartial({ delegator: USER, amount: { denom: "factory/osmo1lst/umilkTIA", amount: "2500000" } })).finish();
    const r = decodeHistoryTx(
      { ...stakeTx, events: [ev("tx", { fee: "750uosmo", fee_payer: USER }), ev("coin_spent", { spender: USER, amount: "750uosmo" })], tx: rawTx([{ typeUrl: "/milkyway.restaking.v1.MsgUndelegatePool", value: undelegate }]) },
      ctx,
    );
    expect(r).toMatchObject({ type: "Unrestake from a pool", sent: "", received: "2.5 milkTIA after unbonding", fee: "0.00075 OSMO" });
  });
});

describe("filters and CSV", () => {
  const base = decodeHistoryTx(stakeTx, ctx);
  const rows: HistoryRow[] = [
    base,
    { ...base, id: "b", chain: "milkyway", kind: "Rewards", timeMs: Date.UTC(2026, 10, 20, 12) },
    { ...base, id: "c", timeMs: null, height: 1 },
  ];

  it("filters by chain, kind and inclusive UTC days, newest first", () => {
    expect(filterHistory(rows, NO_FILTERS).map((r) => r.id)).toEqual(["osmosis-sim-1:AAA", "b", "c"]);
    expect(filterHistory(rows, { ...NO_FILTERS, chain: "milkyway" }).map((r) => r.id)).toEqual(["b"]);
    expect(filterHistory(rows, { ...NO_FILTERS, kind: "Liquid staking" }).map((r) => r.id)).toEqual(["osmosis-sim-1:AAA", "c"]);
    expect(filterHistory(rows, { ...NO_FILTERS, from: "2026-11-20", to: "2026-11-20" }).map((r) => r.id)).toEqual(["b"]);
    expect(filterHistory(rows, { ...NO_FILTERS, from: "2026-11-21" }).map((r) => r.id)).toEqual(["osmosis-sim-1:AAA"]);
  });

  it("explains a bad date range", () => {
    expect(dateRangeProblem({ ...NO_FILTERS, from: "2026-13-40" })).toBe("Enter the start date as YYYY-MM-DD.");
    expect(dateRangeProblem({ ...NO_FILTERS, from: "2026-11-21", to: "2026-11-20" })).toBe("The start date is after the end date.");
    expect(dateRangeProblem({ ...NO_FILTERS, from: "2026-11-20", to: "2026-11-21" })).toBeNull();
  });

  it("exports exactly the given rows, memo quoted", () => {
    const csv = historyCsv([base], (k) => k.toUpperCase());
    const records = parseCsv(csv);
    expect(records).toEqual([
      ["Time", "Chain", "Type", "Sent", "Received", "Fee", "Status", "Height", "Hash", "Memo"],
      ["2026-11-23 22:10:05 UTC", "OSMOSIS", "Liquid stake", "10 TIA", "9.9 milkTIA", "0.00075 OSMO", "Success", "42", "AAA", 'memo, with "quotes"\nand a newline'],
    ]);
    expect(csv).toContain('"memo, with ""quotes""\nand a newline"');
  });
});

describe("rewardPayouts", () => {
  const ME = "milk1me";
  it("reads withdraw_rewards by delegator: validator = MILK staking, delegation_type = restaking", () => {
    const events = [
      ev("withdraw_rewards", { amount: "12umilk", validator: "milkvaloper1a", delegator: ME }),
      ev("withdraw_rewards", { delegation_type: "DELEGATION_TYPE_POOL", delegation_target_id: "1", delegator: ME, amount: "4umilk,1uother", amount_per_pool: "" }),
      ev("withdraw_rewards", { amount: "99umilk", validator: "milkvaloper1a", delegator: "milk1someoneelse" }),
      ev("withdraw_rewards", { amount: "", validator: "milkvaloper1b", delegator: ME }),
      // The coins land at a custom withdraw address: still this delegator's earnings.
      ev("coin_received", { receiver: "milk1collector", amount: "16umilk" }),
    ];
    expect(rewardPayouts(events, ME)).toEqual([
      { source: "milk-staking", coins: [{ denom: "umilk", amount: 12n }] },
      {
        source: "restaking",
        coins: [
          { denom: "umilk", amount: 4n },
          { denom: "uother", amount: 1n },
        ],
      },
    ]);
  });

  it("a decoded transaction carries its payouts, a failed one none", () => {
    const auto = [ev("tx", { fee_payer: USER }), ev("withdraw_rewards", { amount: "8uosmo", validator: "osmovaloper1a", delegator: USER })];
    expect(decodeHistoryTx({ ...stakeTx, events: auto }, ctx).rewards).toEqual([{ source: "milk-staking", coins: [{ denom: "uosmo", amount: 8n }] }]);
    expect(decodeHistoryTx({ ...stakeTx, code: 5, events: auto }, ctx).rewards).toEqual([]);
  });
});
