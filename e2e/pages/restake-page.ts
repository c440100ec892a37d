import { expect, type Locator, type Page } from "@playwright/test";
import { fact, toBaseUnits } from "./stake-page";
import { advanceSimulatedDays, pauseSimulatedTime } from "./sim-handle";

/** Page object for /restake: role-based locators only; waits on what the user sees. */
export class RestakePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/restake");
    await expect(this.page.getByRole("tab", { name: "Delegate", exact: true })).toBeVisible();
  }

  get account(): Locator {
    return this.page.getByRole("complementary", { name: "Your restaking account" });
  }

  accountFact(label: string): Locator {
    return fact(this.account, label);
  }

  async accountBase(label: string): Promise<bigint> {
    return toBaseUnits((await this.accountFact(label).textContent()) ?? "");
  }

  async connectDemoWallet(): Promise<void> {
    await this.account.getByRole("button", { name: "Use the demo wallet" }).click();
    // The faucet funds a new demo wallet with 200 milkTIA and 2,000 MILK on MilkyWay.
    await expect(this.accountFact("milkTIA balance")).toHaveText("200");
  }

  pauseSimulatedTime(): Promise<void> {
    return pauseSimulatedTime(this.page);
  }

  advanceDays(days: number): Promise<void> {
    return advanceSimulatedDays(this.page, days);
  }

  tab(name: "Delegate" | "Undelegate"): Locator {
    return this.page.getByRole("tab", { name, exact: true });
  }

  panel(): Locator {
    return this.page.getByRole("tabpanel");
  }

  target(mode: "delegate" | "undelegate"): Locator {
    return this.page.getByRole("combobox", { name: mode === "delegate" ? "Delegate to" : "Undelegate from" });
  }

  amount(mode: "delegate" | "undelegate"): Locator {
    return this.page.getByRole("textbox", { name: `Amount to ${mode}` });
  }

  submit(mode: "delegate" | "undelegate"): Locator {
    return this.panel().getByRole("button", { name: mode === "delegate" ? "Delegate" : "Undelegate", exact: true });
  }

  dialog(name: "Confirm delegation" | "Confirm undelegation"): Locator {
    return this.page.getByRole("dialog", { name });
  }

  get delegations(): Locator {
    return this.page.getByRole("table", { name: "Your restaking delegations" });
  }

  delegationRow(target: string): Locator {
    return this.delegations.getByRole("row", { name: new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });
  }

  get unbondings(): Locator {
    return this.page.getByRole("table", { name: "Your unbondings" });
  }

  trustBox(service: string): Locator {
    return this.page.getByRole("checkbox", { name: `Trust ${service}`, exact: true });
  }

  /** One (service, pool) pair of the per-pool trust form. */
  trustPairBox(service: string, pool: string): Locator {
    return this.page.getByRole("checkbox", { name: `Trust ${service} with ${pool}`, exact: true });
  }

  get trustForm(): Locator {
    return this.page.getByRole("form", { name: "Trusted services" });
  }

  get saveTrust(): Locator {
    return this.page.getByRole("button", { name: "Save trusted services", exact: true });
  }

  get claimAll(): Locator {
    return this.account.getByRole("button", { name: "Claim all rewards" });
  }

  /** Waits until the transaction's toast says it was included. */
  async expectIncluded(label: RegExp): Promise<void> {
    await expect(this.page.getByRole("region", { name: "Notifications" }).getByRole("listitem").filter({ hasText: label }).filter({ hasText: "Included." }).first()).toBeVisible();
  }
}

/** The MILK staking section of /restake. */
export class MilkStakingSection {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return this.page.getByRole("form", { name: "Stake MILK" });
  }

  get validators(): Locator {
    return this.page.getByRole("table", { name: "MILK validators" });
  }

  validatorRow(moniker: string): Locator {
    return this.validators.getByRole("row", { name: new RegExp(`^${moniker.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`) });
  }

  get validatorSelect(): Locator {
    return this.form.getByRole("combobox", { name: "Validator" });
  }

  get amount(): Locator {
    return this.form.getByRole("textbox", { name: "MILK amount" });
  }

  get stake(): Locator {
    return this.form.getByRole("button", { name: "Stake", exact: true });
  }

  sortBy(name: "Voting power" | "Commission"): Locator {
    return this.page.getByRole("group", { name: "Sort validators" }).getByRole("button", { name });
  }
}
