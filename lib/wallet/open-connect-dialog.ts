/**
 * Any "Connect wallet" call to action on a page opens the one wallet picker (cosmos-kit's
 * walletModal, rendered by the wallet island), loading the island first if needed.
 */
import { runWalletCommand } from "./wallet-commands";

export function requestConnectDialog(): void {
  void runWalletCommand({ kind: "open" });
}
