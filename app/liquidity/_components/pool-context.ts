import type { TxRequest } from "@/lib/tx/mutation-options";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { UserError } from "@/lib/tx/errors";
import { OSMOSIS_DENOMS } from "@/lib/chains/osmosis-pools";
import { displayExactToken, displayToken, type Shown } from "@/lib/amount/display";

export type PoolAction = "create" | "join" | "exit" | `withdraw-${string}` | `collect-${string}`;

/** What every pool panel shares. */
export interface PoolContext {
  net: NetworkSnapshot;
  /** The user's Osmosis address; undefined without a wallet. */
  address: string | undefined;
  busy: boolean;
  pending: PoolAction | null;
  failure: { action: PoolAction; error: UserError } | null;
  send: (action: PoolAction, req: TxRequest, onSuccess?: () => void) => void;
}

const SYMBOLS = new Map<string, string>(Object.entries(OSMOSIS_DENOMS).map(([sym, denom]) => [denom, sym]));

/** A denom's symbol where the app knows it (every pool token here has 6 decimals). */
export function symbolOf(denom: string): string {
  if (SYMBOLS.has(denom)) return SYMBOLS.get(denom)!;
  if (denom.startsWith("gamm/pool/")) return `GAMM-${denom.slice(10)}`;
  return denom.length > 16 ? `${denom.slice(0, 10)}…` : denom;
}

export const DECIMALS = 6;

/** Every digit: confirmations and transaction labels (what the user signs). */
export function fmtCoin(amount: bigint, denom: string): string {
  return displayExactToken(amount, DECIMALS, symbolOf(denom)).text;
}

/** Rounded by the display rule, the exact value kept for hover, focus and copy (<DisplayValue>). */
export function showCoin(amount: bigint, denom: string): Shown {
  return displayToken(amount, DECIMALS, symbolOf(denom));
}
