/**
 * How the rest of the app asks the wallet island for something (open the picker, connect a
 * wallet, disconnect) without loading it: a command waits here until the island has mounted its
 * ChainProvider and attached a runner. Asking also mounts the island (`wanted`).
 */
import { createStore } from "zustand/vanilla";
import type { WalletName } from "./wallet-names";

export type WalletCommand =
  | { kind: "open" }
  | { kind: "connect"; wallet: WalletName }
  | { kind: "disconnect" }
  /** Delete the demo wallet's keys and disconnect it. */
  | { kind: "reset-demo" };

export type WalletRunner = (command: WalletCommand) => Promise<void>;

/** `wanted`: the header mounts the island (and keeps it mounted) once this is true. */
export const walletIslandStore = createStore<{ wanted: boolean }>()(() => ({ wanted: false }));

let runner: WalletRunner | null = null;
const waiting: Array<{ command: WalletCommand; resolve: () => void; reject: (e: unknown) => void }> = [];

/** Runs a command in the island, loading it first if needed; settles when the island is done with it. */
export function runWalletCommand(command: WalletCommand): Promise<void> {
  walletIslandStore.setState({ wanted: true });
  if (runner) return runner(command);
  return new Promise((resolve, reject) => waiting.push({ command, resolve, reject }));
}

/** The island attaches its runner once its manager is ready; queued commands run in order. */
export function attachWalletRunner(next: WalletRunner): () => void {
  runner = next;
  void (async () => {
    while (waiting.length > 0 && runner === next) {
      const w = waiting.shift()!;
      await next(w.command).then(w.resolve, w.reject);
    }
  })();
  return () => {
    if (runner === next) runner = null;
  };
}
