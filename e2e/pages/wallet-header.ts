import { expect, type Locator, type Page } from "@playwright/test";

/** The header's wallet button, its connect dialog and its menu. Role-based locators only. */
export class WalletHeader {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByRole("banner");
  }

  get connectButton(): Locator {
    return this.banner.getByRole("button", { name: "Connect wallet", exact: true });
  }

  /** The connected wallet's button; its name says which wallet and shows the short address. */
  get walletButton(): Locator {
    return this.banner.getByRole("button", { name: /connected, MilkyWay address/ });
  }

  get dialog(): Locator {
    return this.page.getByRole("dialog", { name: "Connect a wallet" });
  }

  option(name: "Demo wallet" | "Keplr" | "Leap"): Locator {
    return this.dialog.getByRole("button", { name, exact: true });
  }

  get menu(): Locator {
    return this.page.getByRole("menu");
  }

  menuItem(name: string | RegExp): Locator {
    return this.menu.getByRole("menuitem", { name });
  }

  /**
   * The header's slots render only after the saved network mode has been read, so a visible
   * network badge means the wallet button is live too.
   */
  async waitForHydration(): Promise<void> {
    await expect(this.page.getByRole("link", { name: /^(Simulator|Live)\b/ })).toBeVisible();
  }

  async goto(path = "/"): Promise<void> {
    await this.page.goto(path);
    await this.waitForHydration();
  }

  async connectDemo(): Promise<void> {
    await this.connectButton.click();
    await expect(this.dialog).toBeVisible();
    await this.option("Demo wallet").click();
    await expect(this.dialog).toBeHidden();
    await expect(this.walletButton).toBeVisible();
  }

  async openMenu(): Promise<void> {
    await this.walletButton.click();
    await expect(this.menu).toBeVisible();
  }

  async disconnect(): Promise<void> {
    await this.openMenu();
    await this.menuItem("Disconnect").click();
    await expect(this.connectButton).toBeVisible();
  }
}
