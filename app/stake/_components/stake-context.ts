import type { DeliverTxResponse } from "@cosmjs/stargate";
import type { TxRequest } from "@/lib/tx/mutation-options";
import type { LstRecord } from "@/lib/chains/lsts";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { LstConfig, LstState } from "@/lib/protocol/liquid-staking";
import type { ChainKey } from "@/lib/stores/network-store";
import type { UserError } from "@/lib/tx/errors";

export type StakeAction = "stake" | "unstake" | "move" | "claim-all" | `claim-${number}`;

/** What every part of the stake screen shares for the selected asset. */
export interface StakeContext {
  net: NetworkSnapshot;
  lst: LstRecord;
  keys: { protocol: ChainKey; native: ChainKey };
  names: { protocol: string; native: string };
  addresses: Readonly<Record<string, string>>;
  connected: boolean;
  config: LstConfig | undefined;
  state: LstState | undefined;
  /** The contract is stopped: every action is disabled, reads go on. */
  stopped: boolean;
  /** A transaction is in flight (any kind): actions are disabled so none can race it. */
  busy: boolean;
  pending: StakeAction | null;
  failure: { action: StakeAction; error: UserError } | null;
  send: (action: StakeAction, req: TxRequest, onSuccess?: (result: DeliverTxResponse) => void) => void;
}

