import type { DeliverTxResponse } from "@cosmjs/stargate";

/*
 * What a transaction's run can end in, apart from the code that runs it (execute.ts): the
 * screens' mutation code needs these classes at once, while execute.ts pulls in CosmJS's signing
 * client and codecs (~1 MB of JavaScript to evaluate), which now load only when a transaction starts.
 */

/** What the user is waiting for: their wallet, then the network. */
export type TxPhase = "signing" | "broadcasting" | "included" | "failed" | "rejected";

export class TxFailedError extends Error {
  constructor(readonly result: DeliverTxResponse) {
    super(result.rawLog ?? `Transaction failed with code ${result.code}`);
    this.name = "TxFailedError";
  }
}

/**
 * Whatever the wallet threw while it held the request (a refusal, a closed popup, a Ledger
 * that said no). Only errors of this kind can mean "you rejected it": a chain's "access denied"
 * is the chain speaking, not the user.
 */
export class WalletSignError extends Error {
  constructor(readonly original: unknown) {
    super(original instanceof Error ? original.message : String(original));
    this.name = "WalletSignError";
  }
}
