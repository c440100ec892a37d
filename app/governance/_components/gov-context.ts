import type { Fact } from "@/components/stake/fact-list";
import type { TxRequest } from "@/lib/tx/mutation-options";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { UserError } from "@/lib/tx/errors";
import type { GovParams } from "@/lib/protocol/gov";

export type GovAction = "vote" | "weighted" | "deposit" | "submit" | "delegate";

/** A money-moving transaction waiting for the user's confirmation (exact amounts, chain-id). */
export interface PendingConfirm {
  action: GovAction;
  title: string;
  facts: Fact[];
  req: TxRequest;
  onDone?: () => void;
}

/** What every part of the governance screen needs, built once by the screen. */
export interface GovContext {
  net: NetworkSnapshot;
  chainId: string;
  symbol: string;
  decimals: number;
  denom: string;
  /** The user's MilkyWay address when a wallet is connected. */
  address: string | undefined;
  params: GovParams | undefined;
  balance: bigint | undefined;
  /** Fee kept aside when the deposit denom is also the fee token. */
  feeReserve: bigint;
  busy: boolean;
  pending: GovAction | null;
  failure: { action: GovAction; error: UserError } | null;
  /** Sends straight away (votes). */
  send: (action: GovAction, req: TxRequest, onDone?: () => void) => void;
  /** Asks for confirmation first (deposits, proposals, delegations). */
  ask: (c: PendingConfirm) => void;
  fmt: (base: bigint) => string;
}
