import { describe, expect, it } from "vitest";
import { attachWalletRunner, runWalletCommand, walletIslandStore, type WalletCommand } from "./wallet-commands";

describe("wallet commands", () => {
  it("ask for the island, wait for it, then run in the order asked; later ones run at once", async () => {
    walletIslandStore.setState({ wanted: false });
    const ran: string[] = [];
    const first = runWalletCommand({ kind: "open" });
    const second = runWalletCommand({ kind: "connect", wallet: "milkyway-demo" });
    expect(walletIslandStore.getState().wanted).toBe(true);
    expect(ran).toEqual([]);

    const detach = attachWalletRunner(async (c: WalletCommand) => void ran.push(c.kind));
    await Promise.all([first, second]);
    expect(ran).toEqual(["open", "connect"]);
    await runWalletCommand({ kind: "disconnect" });
    expect(ran).toEqual(["open", "connect", "disconnect"]);
    detach();
  });

  it("pass a failure back to the caller, and wait again once the island is gone", async () => {
    const detach = attachWalletRunner(async () => {
      throw new Error("The simulator is not running.");
    });
    await expect(runWalletCommand({ kind: "open" })).rejects.toThrow("The simulator is not running.");
    detach();
    let settled = false;
    const later = runWalletCommand({ kind: "open" }).then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    const again = attachWalletRunner(async () => undefined);
    await later;
    expect(settled).toBe(true);
    again();
  });
});
