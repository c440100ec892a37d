import { toBase64 } from "@cosmjs/encoding";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { pubkeyToAddress } from "../address";
import type { Ctx } from "../ctx";
import { sdk } from "../errors";
import { fromProtoCoins } from "../coins";
import { sendCoins } from "../modules/bank";
import { moduleAddress } from "../address";
import type { ChainState } from "../state";
import type { SimChainConfig } from "../../chains/sim-chains";
import type { DecodedTx } from "./decode";
import { assertFeeSufficient } from "./fees";
import { AminoJsonError, aminoSignBytes } from "./aminojson";
import { verifySecp256k1 } from "./secp256k1-verify";

export const MAX_MEMO_CHARACTERS = 256;
export const TX_SIZE_GAS_PER_BYTE = 10;
export const SIG_VERIFY_GAS = 1_000;

function signerPubkey(tx: DecodedTx, i: number, chain: ChainState): Uint8Array | undefined {
  const info = tx.authInfo.signerInfos[i];
  if (info?.publicKey?.typeUrl === "/cosmos.crypto.secp256k1.PubKey") return PubKey.decode(info.publicKey.value).key;
  if (info?.publicKey) throw sdk.invalidPubKey(`unsupported public key type ${info.publicKey.typeUrl}`);
  const stored = chain.accounts[tx.signers[i]]?.pubKey;
  return stored ? Uint8Array.from(atob(stored), (c) => c.charCodeAt(0)) : undefined;
}

/** The checks every node runs before a tx enters a block; no state changes. */
export function assertTxWellFormed(cfg: SimChainConfig, chain: ChainState, tx: DecodedTx, simulate = false): void {
  if (tx.body.memo.length > MAX_MEMO_CHARACTERS) {
    throw sdk.memoTooLarge(
      `maximum number of characters is ${MAX_MEMO_CHARACTERS} but received ${tx.body.memo.length} characters`,
    );
  }
  const infos = tx.authInfo.signerInfos;
  if (infos.length !== tx.signers.length || tx.raw.signatures.length !== tx.signers.length) {
    throw sdk.unauthorized(`wrong number of signers; expected ${tx.signers.length}, got ${tx.raw.signatures.length}`);
  }
  const fee = tx.authInfo.fee;
  // Simulation runs with an empty fee, as CosmJS builds it, and the SDK skips fee checks then.
  if (!simulate) {
    if (!fee || fee.gasLimit <= 0n) throw sdk.invalidRequest("invalid gas supplied; gas limit must be positive");
    assertFeeSufficient(cfg, fromProtoCoins(fee.amount), fee.gasLimit);
  }
  tx.signers.forEach((signer, i) => {
    const acc = chain.accounts[signer];
    if (!acc) throw sdk.unknownAddress(`account ${signer} not found`);
    const seq = infos[i].sequence;
    if (seq !== BigInt(acc.sequence)) {
      throw sdk.wrongSequence(`account sequence mismatch, expected ${acc.sequence}, got ${seq}`);
    }
    const pk = signerPubkey(tx, i, chain);
    if (!pk) throw sdk.invalidPubKey(`pubkey on account is not set`);
    if (pubkeyToAddress(cfg.bech32Prefix, pk) !== signer) {
      throw sdk.invalidPubKey(`pubKey does not match signer address ${signer} with signer index: ${i}`);
    }
  });
}

/**
 * What signer `i` signed and with which key, by the SDK's rules (SIGN_MODE_DIRECT or
 * LEGACY_AMINO_JSON); throws the SDK's error when no sign bytes can be derived. Needs the checks
 * of assertTxWellFormed first (account exists, key known).
 */
export function signedPayload(cfg: SimChainConfig, chain: ChainState, tx: DecodedTx, i: number): { signBytes: Uint8Array; pubkey: Uint8Array; signature: Uint8Array } {
  const acc = chain.accounts[tx.signers[i]];
  const info = tx.authInfo.signerInfos[i];
  const pubkey = signerPubkey(tx, i, chain)!;
  const signature = tx.raw.signatures[i];
  const mode = info.modeInfo?.single?.mode;
  if (mode === SignMode.SIGN_MODE_DIRECT) {
    const signBytes = SignDoc.encode({
      bodyBytes: tx.raw.bodyBytes,
      authInfoBytes: tx.raw.authInfoBytes,
      chainId: cfg.chainId,
      accountNumber: BigInt(acc.accountNumber),
    }).finish();
    return { signBytes, pubkey, signature };
  }
  if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) {
    // The simulator derives the sign bytes itself from the schema, by x/tx's rules (aminojson.ts),
    // never with the app's converters: what it accepts is what a real chain accepts.
    const f = tx.authInfo.fee!;
    try {
      if (tx.body.extensionOptions.length > 0 || tx.body.nonCriticalExtensionOptions.length > 0) {
        throw new AminoJsonError("SIGN_MODE_LEGACY_AMINO_JSON does not support protobuf extension options");
      }
      const signBytes = aminoSignBytes({
        chainId: cfg.chainId,
        accountNumber: BigInt(acc.accountNumber),
        sequence: BigInt(acc.sequence),
        memo: tx.body.memo,
        timeoutHeight: tx.body.timeoutHeight,
        msgs: tx.body.messages,
        fee: { amount: f.amount, gasLimit: f.gasLimit, payer: f.payer, granter: f.granter },
      });
      return { signBytes, pubkey, signature };
    } catch (e) {
      if (!(e instanceof AminoJsonError)) throw e;
      // x/auth SigVerificationDecorator wraps any GetSignBytes failure of an amino-only signer
      // into the same unauthorized error as a bad signature.
      throw sdk.unauthorized(
        `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (${cfg.chainId})`,
      );
    }
  }
  throw sdk.unauthorized(`unsupported sign mode ${mode}`);
}

/** Signature checks (SIGN_MODE_DIRECT and LEGACY_AMINO_JSON), as the SDK's SigVerificationDecorator. */
export async function verifySignatures(cfg: SimChainConfig, chain: ChainState, tx: DecodedTx): Promise<void> {
  for (let i = 0; i < tx.signers.length; i++) {
    const { signBytes, pubkey, signature } = signedPayload(cfg, chain, tx, i);
    if (!(await verifySecp256k1(signature, signBytes, pubkey))) {
      const acc = chain.accounts[tx.signers[i]];
      throw sdk.unauthorized(
        `signature verification failed; please verify account number (${acc.accountNumber}), sequence (${acc.sequence}) and chain-id (${cfg.chainId})`,
      );
    }
  }
}

/** Fee deduction and sequence increment: state changes that stand even if the messages fail. */
export function applyAnte(ctx: Ctx, tx: DecodedTx, simulate = false): void {
  assertTxWellFormed(ctx.cfg, ctx.chain, tx, simulate);
  ctx.consumeGas(tx.bytes.length * TX_SIZE_GAS_PER_BYTE, "txSize");
  const fee = fromProtoCoins(tx.authInfo.fee?.amount ?? []).filter((c) => c.amount > 0n);
  const payer = tx.authInfo.fee?.payer || tx.signers[0];
  if (fee.length > 0) sendCoins(ctx, payer, moduleAddress(ctx.cfg.bech32Prefix, "fee_collector"), fee);
  ctx.emit("tx", { fee: fee.map((c) => `${c.amount}${c.denom}`).join(","), fee_payer: payer });
  tx.signers.forEach((signer, i) => {
    ctx.consumeGas(SIG_VERIFY_GAS, "ante verify: secp256k1");
    const acc = ctx.chain.accounts[signer];
    const pk = signerPubkey(tx, i, ctx.chain)!;
    ctx.set(ctx.chain.accounts, signer, { ...acc, sequence: acc.sequence + 1, pubKey: acc.pubKey ?? toBase64(pk) });
    ctx.emit("tx", { acc_seq: `${signer}/${acc.sequence}` });
    ctx.emit("tx", { signature: toBase64(tx.raw.signatures[i]) });
  });
}
