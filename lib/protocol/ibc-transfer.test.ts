import { describe, expect, it } from "vitest";
import { transferMsg, TRANSFER_TIMEOUT_MS } from "./ibc-transfer";

describe("transferMsg", () => {
  it("builds an exact ICS-20 transfer with a nanosecond deadline and no memo", () => {
    const m = transferMsg({ sourceChannel: "channel-2", denom: "utia", amount: 1_234_567n, sender: "celestia1a", receiver: "osmo1b", nowMs: 1_000 });
    expect(m.typeUrl).toBe("/ibc.applications.transfer.v1.MsgTransfer");
    expect(m.value).toEqual({
      sourcePort: "transfer",
      sourceChannel: "channel-2",
      token: { denom: "utia", amount: "1234567" },
      sender: "celestia1a",
      receiver: "osmo1b",
      timeoutTimestamp: BigInt(1_000 + TRANSFER_TIMEOUT_MS) * 1_000_000n,
      memo: "",
    });
  });
});
