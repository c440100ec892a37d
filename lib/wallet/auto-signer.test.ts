import { describe, expect, it } from "vitest";
import type { OfflineSigner } from "@cosmjs/proto-signing";
import { autoSigner, type SigningClient } from "./auto-signer";

function client(isNanoLedger: boolean | undefined) {
  const asked: Array<[string, string | undefined]> = [];
  const c: SigningClient = {
    getAccount: async () => ({ isNanoLedger }),
    getOfflineSigner: (chainId, type) => {
      asked.push([chainId, type]);
      return { type } as unknown as OfflineSigner;
    },
  };
  return { c, asked };
}

describe("the signer the app signs with", () => {
  it("is amino for a Ledger account (the Cosmos Ledger app signs LEGACY_AMINO_JSON only)", async () => {
    const { c, asked } = client(true);
    await autoSigner(c, "osmosis-1");
    expect(asked).toEqual([["osmosis-1", "amino"]]);
  });

  it("is direct for any other account, including one that does not say", async () => {
    for (const ledger of [false, undefined]) {
      const { c, asked } = client(ledger);
      await autoSigner(c, "milkyway");
      expect(asked).toEqual([["milkyway", "direct"]]);
    }
  });

  it("says the wallet must be connected again when its client is gone", async () => {
    await expect(autoSigner(undefined, "milkyway")).rejects.toThrow("The wallet is not connected any more; connect it again.");
  });
});
