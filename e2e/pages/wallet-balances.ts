import { expect, type Locator, type Page } from "@playwright/test";

/** The dashboard's "Your balances" section. */
export class WalletBalances {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole("region", { name: "Your balances" });
  }

  get table(): Locator {
    return this.section.getByRole("table", { name: "Your balances by asset and chain" });
  }

  get callToAction(): Locator {
    return this.section.getByText("Connect a wallet to see your balances");
  }

  /** The balance cell of a row named e.g. "TIA on Celestia". */
  balance(row: string): Locator {
    return this.table.getByRole("row", { name: row, exact: true }).getByRole("cell").last();
  }

  async expectBalance(row: string, text: string): Promise<void> {
    await expect(this.balance(row)).toHaveText(text);
  }
}
