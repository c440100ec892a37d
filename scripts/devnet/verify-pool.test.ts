import { afterAll, describe, expect, it } from "vitest";
import { toBase64 } from "@cosmjs/encoding";
import { calculateFee, GasPrice } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { simChain } from "../../lib/chains/sim-chains";
import { chainApp } from "../../lib/sim/chain-app";
import { connect, freshWorld, fund, makeSigner } from "../../lib/sim/integration/harness";
import { signedPayload } from "../../lib/sim/tx/ante";
import { decodeTx } from "../../lib/sim/tx/decode";
import { VerifyPool } from "./verify-pool";

const CHAIN = "celestia-sim-1";
const pool = new VerifyPool((e) => {
  throw e;
});
afterAll(() => pool.close());

async function signedTx(mode: "direct" | "amino") {
  const world = freshWorld();
  const { client, address } = await connect(world, CHAIN, await makeSigner(CHAIN, mode));
  await fund(world, CHAIN, address, [{ denom: "utia", amount: "10000000" }]);
  const raw = await client.sign(address, [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: address, amount: [{ denom: "utia", amount: "1" }] } }], calculateFee(100_000, GasPrice.fromString("0.002utia")), "");
  const bytes = TxRaw.encode(raw).finish();
  const payload = signedPayload(simChain(CHAIN), world.chains[CHAIN], decodeTx(chainApp(CHAIN), bytes), 0);
  return { world, raw, bytes, payload };
}

describe("signature checks started ahead on a worker", () => {
  for (const mode of ["direct", "amino"] as const) {
    it(`answer a ${mode} tx's check once, for exactly its inputs, and leave everything else to the on-the-spot check`, async () => {
      const { world, raw, bytes, payload } = await signedTx(mode);
      let onTheSpot = 0;
      const verify = pool.verifier(() => (onTheSpot++, false));
      await pool.prefetch(world, CHAIN, toBase64(bytes));
      expect(verify(payload.signature, payload.signBytes, payload.pubkey)).toBe(true);
      expect(onTheSpot).toBe(0);
      // Used once: the same inputs again are checked on the spot.
      expect(verify(payload.signature, payload.signBytes, payload.pubkey)).toBe(false);
      expect(onTheSpot).toBe(1);

      // A forged signature is worked out ahead as false, never as true.
      const forged = raw.signatures[0].slice();
      forged[3] ^= 1;
      await pool.prefetch(world, CHAIN, toBase64(TxRaw.encode({ ...raw, signatures: [forged] }).finish()));
      expect(verify(forged, payload.signBytes, payload.pubkey)).toBe(false);
      expect(onTheSpot).toBe(1);
      // Different sign bytes with the prefetched signature: not the prefetched answer.
      await pool.prefetch(world, CHAIN, toBase64(bytes));
      const otherBytes = new Uint8Array([...payload.signBytes, 0]);
      expect(verify(payload.signature, otherBytes, payload.pubkey)).toBe(false);
      expect(onTheSpot).toBe(2);
    });
  }

  it("resolves at once for anything it cannot decode", async () => {
    const world = freshWorld();
    await expect(pool.prefetch(world, CHAIN, "not base64!")).resolves.toBeUndefined();
    await expect(pool.prefetch(world, CHAIN, toBase64(new Uint8Array([1, 2, 3])))).resolves.toBeUndefined();
    await expect(pool.prefetch(world, "nochain", "AAAA")).resolves.toBeUndefined();
    await expect(pool.prefetch(world, CHAIN, { tx: 1 })).resolves.toBeUndefined();
  });
});
