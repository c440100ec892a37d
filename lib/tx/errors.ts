/**
 * One map from whatever a wallet, CosmJS, a node or the simulator throws to words a user can
 * act on. The same strings come from the simulator and live chains, so one table serves both.
 */
export type TxErrorKind =
  | "rejected"
  | "insufficient-funds"
  | "insufficient-fee"
  | "sequence"
  | "out-of-gas"
  | "contract-stopped"
  | "minimum-stake"
  | "slippage"
  | "unreachable"
  | "timeout"
  | "chain"
  | "address"
  | "refused"
  | "wallet";

export interface UserError {
  kind: TxErrorKind;
  title: string;
  detail: string;
}

/**
 * How wallets say no (Keplr "Request rejected", Leap "Transaction declined", a Ledger's
 * "denied by the user", a closed popup). Applied only to errors the wallet raised while it
 * held the request: the same words from a chain ("access denied") are the chain's refusal.
 */
const WALLET_REFUSAL = /request rejected|user rejected|rejected by (the )?user|denied|declined|cancel|closed/i;

const RULES: ReadonlyArray<[RegExp, TxErrorKind, string]> = [
  [/contract was intentionally stopped/i, "contract-stopped", "The staking contract is stopped by its operators; it refuses this action for now."],
  [/Minimum liquid stake amount not met/i, "minimum-stake", "The amount is below the contract's minimum stake."],
  [/Calculated mint amount not as expected/i, "slippage", "The rate moved past your slippage tolerance before inclusion. Nothing was staked; try again."],
  // Osmosis's words when a swap would pay less than token_out_min_amount (concentrated-liquidity
  // AmountLessThanMinError; gamm ErrLimitMinAmount): the chain's own refusal of a bad price.
  [/is lesser than min amount/i, "slippage", "The chain refused the swap: it would have paid less than your minimum (token_out_min_amount), set from your slippage and the redemption-rate guard. The price moved since the quote. Nothing was swapped; only the network fee was spent."],
  // SDK 0.50 ante refusals that must not fall into the rules below: "tx timeout height" is not a
  // confirmation timeout (x/auth/ante/basic.go:210-213), and a malformed fee is not a low one
  // (types/tx/types.go:74-79, x/auth/ante/fee.go:131-133).
  [/tx timeout height/i, "chain", "The transaction expired: the chain passed its timeout height before including it. Nothing was sent; try again."],
  [/invalid fee (provided|amount)/i, "chain", "The fee is malformed (negative, duplicated or unsorted coins). Nothing was sent."],
  [/fee grants are not enabled/i, "chain", "This chain does not accept fee grants; pay the fee from your own account."],
  [/insufficient fees|insufficient fee/i, "insufficient-fee", "The fee is below the chain's minimum gas price."],
  [/insufficient funds|smaller than/i, "insufficient-funds", "Your balance does not cover the amount plus the network fee."],
  [/account sequence mismatch|incorrect account sequence/i, "sequence", "Another transaction from this account was in flight. Please try again."],
  [/out of gas/i, "out-of-gas", "The transaction ran out of gas. Please try again."],
  [/does not exist on chain/i, "insufficient-funds", "This account has no funds on that chain yet."],
  [/was submitted but was not yet found on the chain|timed? ?out|TimeoutError/i, "timeout", "The network did not confirm the transaction in time. It may still be included; check your history before retrying."],
  [/fetch failed|Failed to fetch|ECONNREFUSED|NetworkError|No RPC endpoint/i, "unreachable", "The network could not be reached."],
  // Governance (x/gov v1): the chain's words for votes and deposits outside their period.
  [/inactive proposal/i, "chain", "This proposal is not open for that any more: voting or its deposit period has ended."],
  [/voting period already ended/i, "chain", "The voting period of this proposal has already ended."],
  [/minimum deposit is too small/i, "chain", "The deposit is below the chain's minimum for proposals."],
  [/invalid deposit denom/i, "chain", "The chain does not accept deposits in that token."],
  [/total weight (overflow|lower than) 1\.00/i, "chain", "The vote weights must add up to exactly 100%."],
  [/too many unbonding delegation entries/i, "chain", "You already have 7 unbondings in progress for this target, the chain's limit. Wait for one to complete, then try again."],
  [/not enough delegation shares/i, "chain", "That is more than you have delegated to this target."],
  [/denom not restakable/i, "chain", "This asset cannot be restaked here."],
  // Way Card (docs/way-card.md): static refusals get fixed words; the ones carrying amounts
  // ("more than the card can pay: …", "owes $…") reach the user verbatim through innerMessage.
  [/No Way Card is open for this address/i, "chain", "You have no Way Card open. Open one first."],
  [/A Way Card is already open/i, "chain", "You already have a Way Card open."],
  [/The card is frozen; unfreeze it/i, "chain", "The card is frozen. Unfreeze it to make purchases."],
  [/The card has no redemption rate yet/i, "chain", "The card program has not posted milkTIA's rate yet. Try again after its next daily epoch."],
];

/** Strips CosmJS/SDK wrapping down to the chain's own words. */
function innerMessage(raw: string): string {
  const m = /message index: \d+: (.*?)(?:: (?:execute|instantiate) wasm contract failed)?(?:\s*\[.*\])?$/s.exec(raw);
  return (m?.[1] ?? raw).replace(/^Error: /, "").trim();
}

export function toUserError(e: unknown): UserError {
  // Refused before signing (lib/cosmos/address.ts): its message already says what to fix.
  if (e instanceof Error && e.name === "AddressError") return { kind: "address", title: "Address refused", detail: e.message };
  // Refused by the app before any wallet prompt (lib/tx/kinds.ts, lib/tx/mutation-options.ts).
  if (e instanceof Error && (e.name === "WrongKindError" || e.name === "NotConnectedError")) return { kind: "refused", title: "Not sent", detail: e.message };
  const raw = e instanceof Error ? e.message : String(e);
  // Raised by the wallet while it held the request (lib/tx/execute.ts WalletSignError).
  if (e instanceof Error && e.name === "WalletSignError") {
    if (WALLET_REFUSAL.test(raw)) return { kind: "rejected", title: titleFor("rejected"), detail: "You rejected the request in your wallet. Nothing was sent." };
    const said = raw.replace(/^Error: /, "").trim().replace(/[.!]?$/, ".");
    return { kind: "wallet", title: "Your wallet could not sign", detail: `${said === "." ? "The wallet gave no reason." : said} Nothing was sent.` };
  }
  for (const [re, kind, detail] of RULES) {
    if (re.test(raw)) return { kind, title: titleFor(kind), detail };
  }
  return { kind: "chain", title: "The chain refused the transaction", detail: innerMessage(raw) };
}

function titleFor(kind: TxErrorKind): string {
  switch (kind) {
    case "rejected":
      return "Request rejected";
    case "contract-stopped":
      return "Contract stopped";
    case "unreachable":
      return "Network unreachable";
    case "timeout":
      return "Not confirmed yet";
    default:
      return "Transaction failed";
  }
}
