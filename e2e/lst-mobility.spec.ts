import { expect, type Page, test } from "@playwright/test";
import { StakePage } from "./pages/stake-page";
import { WalletBalances } from "./pages/wallet-balances";

// milkTIA from a one-click stake lands on Celestia. Every place a token can be must lead
// somewhere: it can be moved to any other chain it can be on, Unstake starts from wherever it
// is, and the dashboard lists it.

async function oneClickToCelestia(page: Page): Promise<{ stake: StakePage; minted: bigint }> {
  const stake = await StakePage.ready(page);
  return { stake, minted: await stake.oneClickStakeToCelestia("5") };
}

test("Unstake starts from milkTIA on Celestia: it offers the move, shows its progress, then unstakes", async ({ page }) => {
  const { stake, minted } = await oneClickToCelestia(page);
  expect(minted).toBeGreaterThan(0n);

  await stake.tab("Unstake").click();
  const elsewhere = page.getByRole("note", { name: "Your milkTIA on other chains" });
  await expect(elsewhere).toContainText("on Celestia. Only milkTIA on Osmosis can be unstaked.");
  await elsewhere.getByRole("button", { name: "Move from Celestia to Osmosis" }).click();

  const form = page.getByRole("form", { name: "Move tokens between chains" });
  await expect(form.getByRole("radio", { name: "milkTIA" })).toBeChecked();
  await expect(form.getByRole("combobox", { name: "From" })).toHaveValue("celestia");
  await expect(form.getByRole("combobox", { name: "To" })).toHaveValue("osmosis");
  await form.getByRole("button", { name: "Max" }).click();
  await form.getByRole("button", { name: "Move to Osmosis" }).click();
  await stake.dialog("Confirm transfer").getByRole("button", { name: "Confirm transfer" }).click();
  const progress = page.getByRole("region", { name: "Transfer progress" });
  await expect(progress).toContainText("is on its way.");
  await stake.advanceDays(10 / 86_400);
  await expect(progress).toContainText("arrived.");
  expect(await stake.balanceBase("milkTIA on Osmosis")).toBe(minted);
  await expect(stake.balance("milkTIA on Celestia")).toHaveText("0");

  await page.getByRole("button", { name: "Unstake it now" }).click();
  await page.getByRole("textbox", { name: "Amount to unstake (milkTIA)" }).fill("1");
  await page.getByRole("button", { name: "Unstake", exact: true }).click();
  await stake.dialog("Confirm unstake").getByRole("button", { name: "Confirm unstake" }).click();
  await expect(page.getByText("Requested to unstake 1 milkTIA.", { exact: false })).toBeVisible();
});

test("milkTIA moves from Celestia to MilkyWay through Osmosis, two signed transfers, and the dashboard lists it", async ({ page }) => {
  const { stake, minted } = await oneClickToCelestia(page);
  await stake.tab("Move").click();
  const form = page.getByRole("form", { name: "Move tokens between chains" });
  await form.getByRole("group", { name: "Token" }).getByText("milkTIA", { exact: true }).click();
  await expect(form.getByRole("radio", { name: "milkTIA" })).toBeChecked();
  await form.getByRole("combobox", { name: "From" }).selectOption("celestia");
  await form.getByRole("combobox", { name: "To" }).selectOption("milkyway");
  await expect(form).toContainText("Route: Celestia → Osmosis → MilkyWay (2 transfers, you sign each)");
  await form.getByRole("button", { name: "Max" }).click();
  await form.getByRole("button", { name: "Move to MilkyWay" }).click();
  await stake.dialog("Confirm transfer").getByRole("button", { name: "Confirm transfer" }).click();

  const progress = page.getByRole("region", { name: "Transfer progress" });
  // Time moves only once the transfer is included: advanced before, the paused clock never relays it.
  await expect(progress).toContainText("is on its way.");
  await stake.advanceDays(10 / 86_400);
  await expect(progress).toContainText("reached Osmosis. Sign the next transfer to continue to MilkyWay.");
  await page.getByRole("button", { name: "Continue: send to MilkyWay" }).click();
  await expect(progress).toContainText("is on its way.");
  await stake.advanceDays(10 / 86_400);
  await expect(progress).toContainText("arrived.");
  // The demo wallet starts with 200 milkTIA on MilkyWay (lib/wallet/demo-funding.ts).
  expect(await stake.balanceBase("milkTIA on MilkyWay")).toBe(200_000_000n + minted);

  // The dashboard lists every chain's holdings, MilkyWay's milkTIA included.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard", exact: true }).click();
  const balances = new WalletBalances(page);
  await expect(balances.table.getByRole("row", { name: "milkTIA on MilkyWay" })).toBeVisible();
  await expect(balances.table.getByRole("row", { name: "milkTIA on Celestia" })).toBeVisible();
});
