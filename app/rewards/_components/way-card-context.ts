import type { EncodeObject } from "@cosmjs/proto-signing";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { WayCard, WayCardParams } from "@/lib/protocol/way-card";
import type { UserError } from "@/lib/tx/errors";

export type WayCardAction = "open" | "top-up" | "rewards" | "lock" | "unlock" | "auto" | "horizon" | "purchase" | "freeze" | "close";

/** What every Way Card panel needs: the card, its params, and one way to send. */
export interface WayCardContext {
  net: NetworkSnapshot;
  chainId: string;
  contract: string;
  owner: string;
  card: WayCard | null;
  params: WayCardParams;
  /** A transaction of this screen is in flight: every action button is disabled. */
  busy: boolean;
  pending: WayCardAction | null;
  failure: { action: WayCardAction; error: UserError } | null;
  send: (action: WayCardAction, msgs: EncodeObject[], label: string, onSuccess?: (r: DeliverTxResponse) => void) => void;
}
