import { expect, type Locator, type Page } from "@playwright/test";
import { toBaseUnits } from "./stake-page";
import { advanceSimulatedDays, pauseSimulatedTime } from "./sim-handle";

/** Page object for /governance: role-based locators only; waits on what the user sees. */
export class GovernancePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto("/governance");
    await expect(this.page.getByRole("group", { name: "Show proposals" })).toBeVisible();
  }

  get powerCard(): Locator {
    return this.page.getByRole("region", { name: "Your voting power" });
  }

  async connectDemoWallet(): Promise<void> {
    await this.powerCard.getByRole("button", { name: "Use the demo wallet" }).click();
    // The faucet gives a new demo wallet 2,000 MILK on MilkyWay and no delegation.
    await expect(this.powerCard.getByText("You have no staked MILK", { exact: false })).toBeVisible();
  }

  /** Delegates 100 MILK through the hint's quick action, so the user's vote carries weight. */
  async stakeForVotingPower(): Promise<void> {
    await this.powerCard.getByRole("button", { name: /^Stake 100 MILK with / }).click();
    const dialog = this.page.getByRole("dialog", { name: "Stake MILK for voting power" });
    await expect(dialog.getByText("milkyway-sim-1", { exact: true })).toBeVisible();
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await expect(this.powerCard.getByRole("definition").first()).toHaveText("100 MILK");
  }

  pauseSimulatedTime(): Promise<void> {
    return pauseSimulatedTime(this.page);
  }

  advanceDays(days: number): Promise<void> {
    return advanceSimulatedDays(this.page, days);
  }

  filter(name: "All" | "Deposit" | "Voting" | "Passed" | "Rejected" | "Failed"): Locator {
    return this.page.getByRole("radio", { name, exact: true });
  }

  /** The filter pills hide their radio visually, so a user clicks the pill's text. */
  async showOnly(name: "All" | "Deposit" | "Voting" | "Passed" | "Rejected" | "Failed"): Promise<void> {
    await this.page.getByRole("group", { name: "Show proposals" }).getByText(name, { exact: true }).click();
    await expect(this.filter(name)).toBeChecked();
  }

  get proposals(): Locator {
    return this.page.getByRole("list", { name: "Proposals" });
  }

  proposal(title: string | RegExp): Locator {
    return this.proposals.getByRole("button", { name: typeof title === "string" ? new RegExp(`^#\\d+ ${title}`) : title });
  }

  get detail(): Locator {
    return this.page.getByRole("region", { name: "Proposal detail" });
  }

  get yourVote(): Locator {
    return this.detail.getByRole("region", { name: "Your vote" }).getByRole("status");
  }

  voteButton(option: "Yes" | "No" | "Abstain" | "No with veto"): Locator {
    return this.detail.getByRole("group", { name: "Vote" }).getByRole("button", { name: option, exact: true });
  }

  /** Voting power on one option in the live tally table, in base units. */
  async tallyBase(option: "Yes" | "No" | "No with veto" | "Abstain"): Promise<bigint> {
    const cell = this.detail.getByRole("table", { name: /tally$/ }).getByRole("row", { name: new RegExp(`^${option}\\b`) }).getByRole("cell").first();
    await expect(cell).toHaveText(/MILK$/);
    return toBaseUnits((await cell.textContent()) ?? "");
  }

  weight(option: "Yes" | "No" | "Abstain" | "No with veto"): Locator {
    return this.detail.getByRole("textbox", { name: `${option} (%)`, exact: true });
  }

  async openWeighted(): Promise<void> {
    await this.detail.getByText("Split your vote by weight").click();
    await expect(this.weight("Yes")).toBeVisible();
  }

  get castWeighted(): Locator {
    return this.detail.getByRole("button", { name: "Cast weighted vote" });
  }

  get submitForm(): Locator {
    return this.page.getByRole("form", { name: "Submit a text proposal" });
  }
}
