import type { NetworkSnapshot } from "@/lib/chains/networks";
import type { Target } from "@/lib/protocol/restaking";

export interface TargetOption {
  target: Target;
  key: string;
  label: string;
  denom: string;
  symbol: string;
}

export interface RestakeContext {
  net: NetworkSnapshot;
  chainId: string;
  user: string | undefined;
  busy: boolean;
  /** The label of the transaction in flight, so a button spins only for its own transaction. */
  busyLabel: string | undefined;
  /** A pending transaction finishes a saved move (its inclusion forgets the progress). */
  busyFinishing: boolean;
  targets: ReadonlyArray<TargetOption>;
  /** Pools, operators and services have all been read: a target missing from `targets` is really gone. */
  targetsReady: boolean;
  /** Base units delegated to a target in one denom. */
  delegated: (key: string, denom: string) => bigint;
  unbondingEntries: (key: string) => number;
  maxEntries: number;
  unbondingSec: number;
  now: number | null;
  /** USD value and estimated APR of a target, as display text (with "no price"/"no active plan" states). */
  usd: (t: Target) => { tvl: string; apr: string };
  /** One sentence on what a delegation to the target earns from, said in the confirmation. */
  earnsFrom: (t: Target) => string;
}
