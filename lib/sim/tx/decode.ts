import { sha256 } from "../crypto";
import { fromBech32, toHex } from "@cosmjs/encoding";
import { AuthInfo, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { ChainApp } from "../chain-app";
import type { MsgRoute } from "../module";
import { sdk } from "../errors";

export interface DecodedMsg {
  typeUrl: string;
  value: any;
  route: MsgRoute & { module: string };
}

export interface DecodedTx {
  bytes: Uint8Array;
  hash: string;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: DecodedMsg[];
  /** Unique signers in first-appearance order, as the SDK derives them. */
  signers: string[];
}

function isBech32(s: string): boolean {
  try {
    fromBech32(s);
    return true;
  } catch {
    return false;
  }
}

export function txHash(bytes: Uint8Array): string {
  return toHex(sha256(bytes)).toUpperCase();
}

export function decodeTx(app: ChainApp, bytes: Uint8Array): DecodedTx {
  let raw: TxRaw, body: TxBody, authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (e) {
    throw sdk.txDecode(`tx decode error: ${(e as Error).message}`);
  }
  if (body.messages.length === 0) throw sdk.invalidRequest("must contain at least one message");
  const msgs = body.messages.map((any) => {
    const route = app.msgs.get(any.typeUrl);
    if (!route) throw sdk.unknownRequest(`unable to resolve type URL ${any.typeUrl}`);
    let value;
    try {
      value = route.codec.decode(any.value);
    } catch (e) {
      throw sdk.txDecode(`decoding ${any.typeUrl}: ${(e as Error).message}`);
    }
    return { typeUrl: any.typeUrl, value, route };
  });
  const signers: string[] = [];
  for (const m of msgs) {
    for (const s of m.route.signers(m.value)) if (!signers.includes(s)) signers.push(s);
  }
  // A fee payer is a required signer too, appended last (SDK 0.50 types/tx/types.go:97-136).
  // One that is not bech32 is left to tx ValidateBasic, which refuses it (validate-basic.ts).
  const payer = authInfo.fee?.payer ?? "";
  if (payer && !signers.includes(payer) && isBech32(payer)) signers.push(payer);
  return { bytes, hash: txHash(bytes), raw, body, authInfo, msgs, signers };
}
