import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { Secp256k1, sha256 } from "@cosmjs/crypto";
import { setSecp256k1Verifier, verifySecp256k1 } from "../../lib/sim/tx/secp256k1-verify";
import { nativeSecp256k1 } from "./native-secp256k1";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

async function signed(seed: Uint8Array, message: Uint8Array) {
  const priv = sha256(seed);
  const { pubkey } = await Secp256k1.makeKeypair(priv);
  const sig = await Secp256k1.createSignature(sha256(message), priv);
  return { pub: Secp256k1.compressPubkey(pubkey), sig: new Uint8Array([...sig.r(32), ...sig.s(32)]) };
}

/** Both verifiers, each behind the SDK's rules. */
async function both(sig: Uint8Array, message: Uint8Array, pub: Uint8Array): Promise<[boolean, boolean]> {
  setSecp256k1Verifier(null);
  const js = await verifySecp256k1(sig, message, pub);
  setSecp256k1Verifier(nativeSecp256k1);
  const native = await verifySecp256k1(sig, message, pub);
  return [js, native];
}

afterEach(() => setSecp256k1Verifier(null));

describe("the devnet's OpenSSL secp256k1 check", () => {
  it("agrees with CosmJS's on valid, tampered and foreign signatures", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 32 }), fc.uint8Array({ maxLength: 300 }), fc.nat(63), fc.nat(255), async (seed, message, at, flip) => {
        const { pub, sig } = await signed(seed, message);
        expect(await both(sig, message, pub)).toEqual([true, true]);
        const badSig = sig.slice();
        badSig[at] ^= flip || 1;
        const [a, b] = await both(badSig, message, pub);
        expect(a).toBe(b);
        const other = await signed(new Uint8Array([...seed, 1]), message);
        expect(await both(sig, message, other.pub)).toEqual([false, false]);
        expect(await both(sig, new Uint8Array([...message, 0]), pub)).toEqual([false, false]);
      }),
      { numRuns: 40 },
    );
  });

  it("refuses the high-s twin of a valid signature, which plain ECDSA accepts", async () => {
    const message = new Uint8Array([1, 2, 3]);
    const { pub, sig } = await signed(new Uint8Array([9]), message);
    let s = 0n;
    for (const b of sig.subarray(32)) s = (s << 8n) | BigInt(b);
    const high = sig.slice();
    high.set(Buffer.from((N - s).toString(16).padStart(64, "0"), "hex"), 32);
    expect(nativeSecp256k1(high, message, pub)).toBe(true);
    expect(await both(high, message, pub)).toEqual([false, false]);
  });

  it("answers false, never throws, for keys that are not curve points and signatures of the wrong length", async () => {
    const message = new Uint8Array([4]);
    const { sig } = await signed(new Uint8Array([5]), message);
    expect(await both(sig, message, new Uint8Array(33).fill(2))).toEqual([false, false]);
    expect(await both(sig, message, new Uint8Array(32))).toEqual([false, false]);
    expect(await both(sig.subarray(0, 63), message, new Uint8Array(33))).toEqual([false, false]);
    expect(await both(new Uint8Array(64), message, new Uint8Array(33).fill(3))).toEqual([false, false]);
  });
});
