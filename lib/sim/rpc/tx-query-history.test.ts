import { describe, expect, it } from "vitest";
import { parseTxQuery, txMatches } from "./tx-query";
import type { IndexedTxRecord } from "../state";

// The queries the History page sends (lib/queries/history.ts): the user's own transactions,
// failed ones included, by fee payer; and transfers that reached them, by recipient.
const base: Omit<IndexedTxRecord, "events"> = { hash: "H", height: 3, index: 0, tx: "", code: 0, codespace: "", log: "", data: "", gasWanted: 0, gasUsed: 0, timeMs: 0 };
const attrs = (o: Record<string, string>) => Object.entries(o).map(([key, value]) => ({ key, value }));

describe("tx_search queries used by the History page", () => {
  it("finds a failed tx by its fee payer (its message events were rolled back)", () => {
    const failed: IndexedTxRecord = {
      ...base,
      code: 5,
      events: [
        { type: "coin_spent", attributes: attrs({ spender: "osmo1me", amount: "750uosmo" }) },
        { type: "tx", attributes: attrs({ fee: "750uosmo", fee_payer: "osmo1me" }) },
        { type: "tx", attributes: attrs({ acc_seq: "osmo1me/4" }) },
      ],
    };
    expect(txMatches(failed, parseTxQuery("tx.fee_payer='osmo1me'"))).toBe(true);
    expect(txMatches(failed, parseTxQuery("message.sender='osmo1me'"))).toBe(false);
    expect(txMatches(failed, parseTxQuery("tx.fee_payer='osmo1you'"))).toBe(false);
  });

  it("finds an incoming transfer by recipient, and not by a prefix of the address", () => {
    const incoming: IndexedTxRecord = {
      ...base,
      events: [{ type: "transfer", attributes: attrs({ recipient: "osmo1me", sender: "osmo1relayer", amount: "5uosmo" }) }],
    };
    expect(txMatches(incoming, parseTxQuery("transfer.recipient='osmo1me'"))).toBe(true);
    expect(txMatches(incoming, parseTxQuery("transfer.recipient='osmo1m'"))).toBe(false);
  });
});
