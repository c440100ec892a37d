import { describe, expect, it } from "vitest";
import { toBech32, toUtf8 } from "@cosmjs/encoding";
import { assertAddress, assertMessageAddresses, checkAddress, counterpartyPrefix } from "./address";
import { SIM_LSTS } from "../chains/lsts";
import { transferMsg } from "../protocol/ibc-transfer";
import { liquidStakeMsg, oneClickStakeMsg } from "../protocol/liquid-staking";
import { stakeDelegateMsg } from "../protocol/restaking";
import { voteMsg } from "../protocol/gov";

const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
const celestia = toBech32("celestia", bytes(20));
const osmo = toBech32("osmo", bytes(20));
const milk = toBech32("milk", bytes(20));
const milkTIA = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;

/** Changes one data character (keeps the bech32 alphabet), so only the checksum can catch it. */
function typo(addr: string): string {
  const i = addr.length - 10;
  return addr.slice(0, i) + (addr[i] === "q" ? "p" : "q") + addr.slice(i + 1);
}

describe("checkAddress", () => {
  it("accepts a 20-byte account and a 32-byte contract with the right prefix, trimmed and lower-cased", () => {
    expect(checkAddress(celestia, "celestia")).toMatchObject({ ok: true, address: celestia });
    expect(checkAddress(`  ${celestia.toUpperCase()} \n`, "celestia")).toMatchObject({ ok: true, address: celestia });
    expect(checkAddress(toBech32("osmo", bytes(32)), "osmo").ok).toBe(true);
  });

  it("names both prefixes when the address belongs to another chain", () => {
    expect(checkAddress(osmo, "celestia")).toEqual({
      ok: false,
      reason: "prefix",
      message: "This is an osmo1… address; this step needs a celestia1… address.",
    });
  });

  it("refuses a typo by its checksum", () => {
    const c = checkAddress(typo(celestia), "celestia");
    expect(c).toMatchObject({ ok: false, reason: "checksum" });
    expect(!c.ok && c.message).toMatch(/checksum does not match/);
  });

  it("refuses a payload that is neither 20 nor 32 bytes", () => {
    const c = checkAddress(toBech32("celestia", bytes(25)), "celestia");
    expect(c).toMatchObject({ ok: false, reason: "length" });
    expect(!c.ok && c.message).toMatch(/holds 25 bytes; an account has 20 and a contract 32/);
  });

  it("refuses empty input and text that is not bech32", () => {
    expect(checkAddress("   ", "milk")).toEqual({ ok: false, reason: "empty", message: "Enter a milk1… address." });
    expect(checkAddress("0xAbC123", "milk")).toMatchObject({ ok: false, reason: "format" });
    expect(checkAddress("milk1", "milk")).toMatchObject({ ok: false, reason: "format" });
    // Mixed case is not bech32.
    expect(checkAddress(milk.slice(0, 10) + milk.slice(10).toUpperCase(), "milk")).toMatchObject({ ok: false });
  });

  it("assertAddress throws an AddressError carrying the message", () => {
    expect(() => assertAddress(osmo, "milk")).toThrowError(expect.objectContaining({ name: "AddressError", reason: "prefix" }));
    expect(assertAddress(milk, "milk")).toBe(milk);
  });
});

describe("counterpartyPrefix", () => {
  it("follows the channel to the chain at its other end", () => {
    expect(counterpartyPrefix("celestia", "channel-2")).toBe("osmo");
    expect(counterpartyPrefix("osmo", "channel-6994")).toBe("celestia");
    expect(counterpartyPrefix("milk", "channel-4")).toBe("bbn");
    expect(counterpartyPrefix("celestia", "channel-999")).toBeUndefined();
  });
});

describe("assertMessageAddresses", () => {
  const on = (prefix: string) => ({ prefix, valoperPrefix: `${prefix}valoper` });

  it("passes the messages the app builds with the wallet's own addresses", () => {
    expect(() => assertMessageAddresses([oneClickStakeMsg(milkTIA, celestia, 1n, 0)], on("celestia"))).not.toThrow();
    expect(() => assertMessageAddresses([liquidStakeMsg(milkTIA, osmo, 1n)], on("osmo"))).not.toThrow();
    expect(() => assertMessageAddresses([transferMsg({ sourceChannel: "channel-2", denom: "utia", amount: 1n, sender: celestia, receiver: osmo, nowMs: 0 })], on("celestia"))).not.toThrow();
    expect(() => assertMessageAddresses([stakeDelegateMsg(milk, toBech32("milkvaloper", bytes(20)), 1n)], on("milk"))).not.toThrow();
  });

  it("refuses a Move-tab recipient on the wrong chain", () => {
    const msg = transferMsg({ sourceChannel: "channel-2", denom: "utia", amount: 1n, sender: celestia, receiver: milk, nowMs: 0 });
    expect(() => assertMessageAddresses([msg], on("celestia"))).toThrow("This is a milk1… address; this step needs an osmo1… address.");
  });

  it("refuses a one-click mint_to that is not the sender chain's", () => {
    const msg = oneClickStakeMsg(milkTIA, celestia, 1n, 0);
    (msg.value as { memo: string }).memo = JSON.stringify({ wasm: { contract: milkTIA.contract, msg: { liquid_stake: { mint_to: osmo } } } });
    expect(() => assertMessageAddresses([msg], on("celestia"))).toThrow(/osmo1… address; this step needs a celestia1…/);
  });

  it("refuses a gov vote from another chain's account and a validator of another chain", () => {
    expect(() => assertMessageAddresses([voteMsg(1n, celestia, "yes")], on("milk"))).toThrow(/celestia1… address; this step needs a milk1…/);
    expect(() => assertMessageAddresses([stakeDelegateMsg(milk, toBech32("osmovaloper", bytes(20)), 1n)], on("milk"))).toThrow(/milkvaloper1…/);
  });

  it("refuses a typo in the sender", () => {
    expect(() => assertMessageAddresses([liquidStakeMsg(milkTIA, typo(osmo), 1n)], on("osmo"))).toThrow(/checksum/);
  });

  it("refuses a transfer over a channel the app's chain records do not list", () => {
    const msg = transferMsg({ sourceChannel: "channel-999", denom: "utia", amount: 1n, sender: celestia, receiver: osmo, nowMs: 0 });
    expect(() => assertMessageAddresses([msg], on("celestia"))).toThrow("This transfer would leave over channel-999, which this app does not know on a celestia1… chain; it only sends over the channels it lists.");
    // Every channel an LST record or the bring-milkTIA route uses is known.
    for (const l of SIM_LSTS) {
      expect(counterpartyPrefix(l.nativePrefix, l.nativeChannel)).toBeDefined();
    }
    expect(counterpartyPrefix("osmo", "channel-89298")).toBe("milk");
  });

  it("checks a withdraw address like any account field", () => {
    const msg = { typeUrl: "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress", value: { delegatorAddress: milk, withdrawAddress: osmo } };
    expect(() => assertMessageAddresses([msg], on("milk"))).toThrow(/osmo1… address; this step needs a milk1…/);
    expect(() => assertMessageAddresses([{ ...msg, value: { ...msg.value, withdrawAddress: milk } }], on("milk"))).not.toThrow();
  });

  it("checks mint_to inside a direct liquid_stake's JSON: the signing chain's or the LST's native chain's", () => {
    const native = toBech32("celestia", bytes(20, 7));
    expect(() => assertMessageAddresses([liquidStakeMsg(milkTIA, osmo, 1n, undefined, osmo)], on("osmo"))).not.toThrow();
    expect(() => assertMessageAddresses([liquidStakeMsg(milkTIA, osmo, 1n, undefined, native)], on("osmo"))).not.toThrow();
    expect(() => assertMessageAddresses([liquidStakeMsg(milkTIA, osmo, 1n, undefined, milk)], on("osmo"))).toThrow(/milk1… address; this step needs an osmo1…/);
    expect(() => assertMessageAddresses([liquidStakeMsg(milkTIA, osmo, 1n, undefined, typo(native))], on("osmo"))).toThrow(/checksum/);
    // Text JSON, as a hand-built message might carry it, is read too.
    const text = { typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract", value: { sender: osmo, contract: milkTIA.contract, msg: JSON.stringify({ liquid_stake: { mint_to: milk } }), funds: [] } };
    expect(() => assertMessageAddresses([text], on("osmo"))).toThrow(/milk1… address/);
    const bytesMsg = { ...text, value: { ...text.value, msg: toUtf8(JSON.stringify({ liquid_stake: { mint_to: osmo } })) } };
    expect(() => assertMessageAddresses([bytesMsg], on("osmo"))).not.toThrow();
  });
});
