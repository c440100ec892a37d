import { expect, type Locator, type Page } from "@playwright/test";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { fundFromFaucet } from "./sim-handle";

/** milkTIA on Osmosis (tokenfactory denom of the milkTIA contract, protocol doc §0). */
export const MILKTIA_ON_OSMOSIS = "factory/osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0/umilkTIA";

/** The "Bring milkTIA to MilkyWay" section of /restake (from Osmosis or Celestia, then the restake). */
export class BringMilkTiaSection {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole("region", { name: "Bring milkTIA to MilkyWay" });
  }

  get from(): Locator {
    return this.section.getByRole("combobox", { name: "From" });
  }

  get amount(): Locator {
    return this.section.getByRole("textbox", { name: "Amount of milkTIA to bring" });
  }

  get target(): Locator {
    return this.section.getByRole("combobox", { name: "Then restake in" });
  }

  get bring(): Locator {
    return this.section.getByRole("button", { name: "Bring to MilkyWay" });
  }

  get progress(): Locator {
    return this.section.getByRole("region", { name: "Bring milkTIA: progress" });
  }

  step(label: RegExp): Locator {
    return this.progress.getByRole("listitem").filter({ hasText: label });
  }

  /** The restake after the move, in the target chosen before it. */
  get restake(): Locator {
    return this.section.getByRole("button", { name: "Restake it" });
  }

  /** The next transfer of a route of two (Celestia → Osmosis → MilkyWay). */
  get continueTransfer(): Locator {
    return this.section.getByRole("button", { name: "Continue: send to MilkyWay" });
  }

  get dismiss(): Locator {
    return this.section.getByRole("button", { name: "Dismiss" });
  }

  dialog(name: RegExp): Locator {
    return this.page.getByRole("dialog", { name });
  }

  /**
   * Gives the demo wallet milkTIA on Osmosis through the simulator faucet. The demo wallet's
   * mnemonic lives in this browser's localStorage; its Osmosis address is derived here.
   */
  /** The demo wallet's address with the given bech32 prefix, derived from its stored mnemonic. */
  async address(prefix: string): Promise<string> {
    const mnemonic = await this.page.evaluate(() => JSON.parse(localStorage.getItem("milkyway:demo-wallet") ?? "{}").mnemonic as string);
    expect(mnemonic, "the demo wallet is connected").toBeTruthy();
    const [acc] = await (await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix })).getAccounts();
    return acc.address;
  }

  async fundOnOsmosis(amountBase: bigint): Promise<void> {
    await fundFromFaucet(this.page, "osmosis-sim-1", await this.address("osmo"), [{ denom: MILKTIA_ON_OSMOSIS, amount: amountBase.toString() }]);
  }
}
