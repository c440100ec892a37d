import { exactText } from "./exact-value";
import { expect, type Locator, type Page } from "@playwright/test";
import { advanceSimulatedDays, pauseSimulatedTime } from "./sim-handle";

/** Exact micro-USD of a displayed dollar amount such as "$1,234.56": no floats in assertions. */
export function usdToMicro(text: string): bigint {
  const m = /\$(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!m) throw new Error(`no dollar amount in ${JSON.stringify(text)}`);
  return BigInt(m[1].replace(/,/g, "") + (m[2] ?? "").padEnd(6, "0"));
}

/** Page object for the Way Card on /rewards: role-based locators scoped to its section. */
export class WayCardPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/rewards");
    await expect(this.section).toBeVisible();
  }

  /** The "Way Card" section (a region named by its heading). */
  get section(): Locator {
    return this.page.getByRole("region", { name: "Way Card", exact: true });
  }

  async connectDemoWallet(): Promise<void> {
    await this.section.getByRole("button", { name: "Use the demo wallet" }).click();
    await expect(this.section.getByRole("button", { name: "Open card" })).toBeVisible();
  }

  pauseSimulatedTime(): Promise<void> {
    return pauseSimulatedTime(this.page);
  }

  advanceDays(days: number): Promise<void> {
    return advanceSimulatedDays(this.page, days);
  }

  dialog(name: string): Locator {
    return this.page.getByRole("dialog", { name });
  }

  /** Opens the confirmation with `open`, checks the chain-id on it, and confirms with `confirm`. */
  async confirm(open: Locator, dialogName: string, confirm: string | RegExp): Promise<void> {
    await open.click();
    const d = this.dialog(dialogName);
    await expect(d).toBeVisible();
    await expect(d.getByText("milkyway-sim-1")).toBeVisible();
    await d.getByRole("button", { name: confirm }).click();
    await expect(d).toBeHidden();
  }

  field(label: string): Locator {
    return this.section.getByLabel(label, { exact: true });
  }

  tab(name: "Spend" | "Fund" | "Collateral" | "Settings"): Locator {
    return this.section.getByRole("tab", { name });
  }

  button(name: string | RegExp): Locator {
    return this.section.getByRole("button", { name });
  }

  /** A figure of the card summary, e.g. figure("Owed"). */
  figure(label: string): Locator {
    return this.section
      .getByRole("term")
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator("xpath=following-sibling::dd[1]");
  }

  /** A figure's exact micro-USD (the screen shows cents; the exact value is on hover, focus and copy). */
  async figureMicroUsd(label: string): Promise<bigint> {
    return usdToMicro(await exactText(this.figure(label)));
  }

  get statement(): Locator {
    return this.section.getByRole("table", { name: "Way Card statement, newest first" });
  }

  statementRows(kind: string): Locator {
    return this.statement.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: kind, exact: true }) });
  }

  /** The refusal shown under a field (its aria-describedby error line). */
  async expectRefusal(field: Locator, text: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(text instanceof RegExp ? text : new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }

  async openCard(share: string, horizon: string): Promise<void> {
    await this.field("Auto top-up share of yield").fill(share);
    await this.field("Credit horizon").fill(horizon);
    await this.confirm(this.button("Open card"), "Open your Way Card", "Open card");
    await expect(this.section.getByRole("heading", { name: "Your card" })).toBeVisible();
  }

  async lockCollateral(amount: string): Promise<void> {
    await this.tab("Collateral").click();
    await this.field("Amount to lock (milkTIA)").fill(amount);
    await this.confirm(this.button("Lock collateral"), "Lock collateral", `Lock ${amount} milkTIA`);
    await expect(this.figure("Collateral")).toContainText(`${amount} milkTIA`);
  }

  async purchase(merchant: string, usd: string): Promise<void> {
    await this.tab("Spend").click();
    await this.field("Merchant").selectOption({ label: merchant });
    await this.field("Amount (USD)").fill(usd);
    await this.confirm(this.button("Pay"), "Confirm purchase", "Pay");
    await expect(this.section.getByText(/^Paid \$/)).toBeVisible();
  }
}
