import { expect, type Locator, type Page } from "@playwright/test";
import { advanceSimulatedDays, pauseSimulatedTime } from "./sim-handle";
import { exactText } from "./exact-value";

/** Exact base units (6 decimals) of a displayed amount such as "1,234.5": no floats in assertions. */
export function toBaseUnits(text: string, decimals = 6): bigint {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!m) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return BigInt(m[1].replace(/,/g, "") + (m[2] ?? "").padEnd(decimals, "0"));
}

/**
 * The value of a label/value pair in a description list. ARIA forbids naming a definition, so
 * the term is found by role and text, and its value is the definition that follows it.
 */
export function fact(scope: Locator, label: string): Locator {
  return scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) })
    .locator("xpath=following-sibling::dd[1]");
}

/** Page object for /stake: role-based locators only; waits on what the user sees. */
export class StakePage {
  constructor(readonly page: Page) {}

  /** /stake with the demo wallet connected and simulated time paused: where most flows start. */
  static async ready(page: Page): Promise<StakePage> {
    const stake = new StakePage(page);
    await stake.goto();
    await stake.connectDemoWallet();
    await stake.pauseSimulatedTime();
    return stake;
  }

  async goto(): Promise<void> {
    await this.page.goto("/stake");
    await expect(this.assetSelect).toBeVisible();
  }

  get assetSelect(): Locator {
    return this.page.getByRole("combobox", { name: "Asset" });
  }

  /** The balances card (an aside named by its heading). */
  get balancesPanel(): Locator {
    return this.page.getByRole("complementary", { name: "Your balances" });
  }

  get useDemoWallet(): Locator {
    return this.balancesPanel.getByRole("button", { name: "Use the demo wallet" });
  }

  get balances(): Locator {
    return this.balancesPanel.getByRole("table", { name: "Your balances" });
  }

  /** The amount cell of a balances row, e.g. balance("milkTIA on Osmosis"). */
  balance(label: string): Locator {
    return this.balances.getByRole("row", { name: new RegExp(`^${label}\\b`) }).getByRole("cell");
  }

  /** A balance's exact base units (the screen rounds; the exact value is on hover, focus and copy). */
  async balanceBase(label: string): Promise<bigint> {
    return toBaseUnits(await exactText(this.balance(label)));
  }

  async connectDemoWallet(): Promise<void> {
    await this.useDemoWallet.click();
    await expect(this.balances).toBeVisible();
    // The faucet funds a new demo wallet with 500 TIA on Osmosis.
    await expect(this.balance("TIA on Osmosis")).toHaveText("500");
  }

  /** Stops the simulated clock so rates cannot move between a preview and its inclusion. */
  pauseSimulatedTime(): Promise<void> {
    return pauseSimulatedTime(this.page);
  }

  advanceDays(days: number): Promise<void> {
    return advanceSimulatedDays(this.page, days);
  }

  /** Sets simulator fault switches (see lib/sim/state.ts Faults). */
  async setFault(params: Record<string, unknown>): Promise<void> {
    await this.page.waitForFunction(() => Boolean(window.__milkywaySim));
    await this.page.evaluate((p) => window.__milkywaySim!.rpc("osmosis-sim-1", { jsonrpc: "2.0", id: 1, method: "sim_fault", params: p }), params);
  }

  /** Makes every RPC call to one simulated chain fail (the simulator's fault switch). */
  /** The contract's admin trips (or resets) its circuit breaker in the simulator. */
  async stopContract(chainId: string, contract: string, stopped: boolean): Promise<void> {
    await this.page.waitForFunction(() => Boolean(window.__milkywaySim));
    await this.page.evaluate(
      async ([c, addr, st]) => {
        const res = await window.__milkywaySim!.rpc(c, { jsonrpc: "2.0", id: 1, method: "sim_contract_stopped", params: { contract: addr, stopped: st } });
        if (res.error) throw new Error(res.error.data ?? res.error.message);
      },
      [chainId, contract, stopped] as const,
    );
  }

  async breakChain(chainId: string, message: string): Promise<void> {
    await this.page.waitForFunction(() => Boolean(window.__milkywaySim));
    await this.page.evaluate(
      ([id, msg]) => window.__milkywaySim!.rpc(id, { jsonrpc: "2.0", id: 1, method: "sim_fault", params: { rpcError: msg, chainId: id } }),
      [chainId, message] as const,
    );
  }

  /** Clears every fault switch; the simulator announces the change, so failed reads refetch. */
  async healChains(): Promise<void> {
    await this.setFault({ clear: true });
  }

  get requestsRegion(): Locator {
    return this.page.getByRole("region", { name: /unstake requests$/ });
  }

  tab(name: "Stake" | "Unstake" | "Move"): Locator {
    return this.page.getByRole("tab", { name, exact: true });
  }

  /** Sends a one-click stake from Celestia and waits until its progress says the TIA is on its way. */
  /** The Move tab's form filled for `amount` TIA from Celestia to Osmosis and submitted; its confirmation is open. */
  async moveTiaToOsmosis(amount: string): Promise<Locator> {
    await this.tab("Move").click();
    const form = this.page.getByRole("form", { name: "Move tokens between chains" });
    await form.getByRole("combobox", { name: "From" }).selectOption("celestia");
    await form.getByRole("combobox", { name: "To" }).selectOption("osmosis");
    await form.getByRole("textbox", { name: "Amount to move (TIA)" }).fill(amount);
    await form.getByRole("button", { name: "Move to Osmosis" }).click();
    return this.dialog("Confirm transfer");
  }

  /** Client-side navigation through the header, as a user clicks it. */
  async navigate(link: "Rewards" | "Stake", url: RegExp): Promise<void> {
    await this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: link, exact: true }).click();
    await expect(this.page).toHaveURL(url);
  }

  /** Moves simulated time a second at a time (the clock is paused) until `check` passes. */
  async advanceUntil(check: () => Promise<void>): Promise<void> {
    await expect(async () => {
      await this.page.evaluate(() => window.__milkywaySim!.advance(1));
      await check();
    }).toPass({ timeout: 30_000 });
  }

  /** Its toast saying "Included.", found while time moves. */
  async advanceUntilIncluded(label: string): Promise<void> {
    const toast = this.page.getByRole("region", { name: "Notifications" }).getByRole("listitem").filter({ hasText: label }).filter({ hasText: "Included." });
    await this.advanceUntil(() => expect(toast).toBeVisible({ timeout: 2_000 }));
  }

  /** Signs a one-click stake from Celestia, without waiting for its inclusion. */
  async sendOneClickStake(amount: string): Promise<void> {
    await this.route(/^One click from Celestia/).check();
    await this.stakeAmount.fill(amount);
    await this.stakeButton.click();
    await this.dialog("Confirm stake").getByRole("button", { name: "Confirm stake" }).click();
  }

  async startOneClickStake(amount: string): Promise<Locator> {
    await this.sendOneClickStake(amount);
    const progress = this.page.getByRole("region", { name: "One-click stake progress" });
    await expect(progress).toContainText("Your TIA is on its way to Osmosis.");
    return progress;
  }

  /** A one-click stake carried all the way (two relayer hops): the milkTIA it minted on Celestia. */
  async oneClickStakeToCelestia(amount: string): Promise<bigint> {
    const progress = await this.startOneClickStake(amount);
    await this.advanceDays(10 / 86_400);
    await this.advanceDays(10 / 86_400);
    await expect(progress).toContainText("Done: your milkTIA arrived on Celestia.");
    return this.balanceBase("milkTIA on Celestia");
  }

  route(name: string | RegExp): Locator {
    return this.page.getByRole("radio", { name });
  }

  /** Opens "Advanced" and picks a slippage tolerance by its visible pill, as a user does. */
  async chooseSlippage(label: "0.1%" | "0.5%" | "1%"): Promise<void> {
    await this.page.getByText(/^Advanced: slippage tolerance/).click();
    await this.page.getByRole("group", { name: "Slippage tolerance" }).getByText(label, { exact: true }).click();
    await expect(this.slippage(label)).toBeChecked();
  }

  /** A slippage choice; it lives under "Advanced", folded away until opened (hence includeHidden). */
  slippage(label: "0.1%" | "0.5%" | "1%"): Locator {
    // Scoped to the stake form's own group: the pool routes' rate guard and the Unstake tab's
    // selling options have percentage pills too.
    return this.page
      .getByRole("form", { name: /^Stake [A-Z]+$/ })
      .getByRole("group", { name: "Slippage tolerance", includeHidden: true })
      .getByRole("radio", { name: label, exact: true, includeHidden: true });
  }

  get stakeAmount(): Locator {
    return this.page.getByRole("textbox", { name: /^Amount to stake/ });
  }

  get unstakeAmount(): Locator {
    return this.page.getByRole("textbox", { name: /^Amount to unstake/ });
  }

  get stakeButton(): Locator {
    return this.page.getByRole("button", { name: "Stake", exact: true });
  }

  get unstakeButton(): Locator {
    return this.page.getByRole("button", { name: "Unstake", exact: true });
  }

  maxButton(): Locator {
    return this.page.getByRole("tabpanel").getByRole("button", { name: "Max", exact: true });
  }

  /** A value in the live preview of the visible tab, by its label, e.g. preview("You receive"). */
  preview(label: string): Locator {
    return fact(this.page.getByRole("tabpanel"), label);
  }

  dialog(name: "Confirm stake" | "Confirm unstake" | "Confirm transfer"): Locator {
    return this.page.getByRole("dialog", { name });
  }

  requestsTable(symbol = "milkTIA"): Locator {
    return this.page.getByRole("table", { name: `Your ${symbol} unstake requests` });
  }

  requestRow(batchId: number, symbol = "milkTIA"): Locator {
    return this.requestsTable(symbol).getByRole("row", { name: new RegExp(`^#${batchId}\\b`) });
  }

  /** Every refusal is both visible and the input's accessible description. */
  async expectRefusal(input: Locator, message: string): Promise<void> {
    await expect(this.page.getByText(message, { exact: true })).toBeVisible();
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }
}
