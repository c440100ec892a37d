import { expect, test } from "@playwright/test";
import { MilkStakingSection, RestakePage } from "./pages/restake-page";

// Restaking on MilkyWay against the bundled simulator, as a new user with the demo wallet.
// Every test starts in a fresh browser context: a fresh world and a fresh demo wallet.

test("delegate milkTIA to pool 1, trust a service, earn a day of rewards and claim them", async ({ page }) => {
  const r = new RestakePage(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  // Browse: pools, operators and services are listed.
  await expect(page.getByRole("table", { name: "Pools" }).getByRole("row", { name: /^Pool 1\b/ })).toContainText("milkTIA");
  await expect(page.getByRole("table", { name: "Operators" })).toContainText("Nebula Restake");
  await expect(page.getByRole("table", { name: "Services" })).toContainText("Blobstream Bridge");

  await r.target("delegate").selectOption({ label: "Pool 1 · milkTIA" });
  await r.amount("delegate").fill("50");
  await r.submit("delegate").click();
  const confirm = r.dialog("Confirm delegation");
  await expect(confirm).toContainText("50 milkTIA");
  await expect(confirm).toContainText("milkyway-sim-1");
  await confirm.getByRole("button", { name: "Delegate now" }).click();
  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("50 milkTIA");
  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("Earning nothing");
  await expect(r.accountFact("milkTIA balance")).toHaveText("150");

  await r.trustBox("Blobstream Bridge").check();
  await r.saveTrust.click();
  await expect(page.getByRole("table", { name: "Services" }).getByRole("row", { name: /^Blobstream Bridge/ })).toContainText("Yes");
  await expect(r.delegationRow("Pool 1 · milkTIA")).not.toContainText("Earning nothing");

  const milkBefore = await r.accountBase("MILK balance");
  await r.advanceDays(1);
  await expect(r.delegationRow("Pool 1 · milkTIA").getByRole("cell").nth(1)).not.toHaveText("0");
  await expect(r.claimAll).toBeEnabled();
  await r.claimAll.click();
  await expect(r.delegationRow("Pool 1 · milkTIA").getByRole("cell").nth(1)).toHaveText("0");
  await expect.poll(() => r.accountBase("MILK balance")).toBeGreaterThan(milkBefore);
});

test("undelegating more than delegated is refused before signing; a valid undelegation unbonds for 3 days", async ({ page }) => {
  const r = new RestakePage(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  await r.target("delegate").selectOption({ label: "Pool 1 · milkTIA" });
  await r.amount("delegate").fill("20");
  await r.submit("delegate").click();
  await r.dialog("Confirm delegation").getByRole("button", { name: "Delegate now" }).click();
  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("20 milkTIA");

  await r.tab("Undelegate").click();
  await r.target("undelegate").selectOption({ label: "Pool 1 · milkTIA" });
  await r.amount("undelegate").fill("20.5");
  await expect(page.getByText("You have only 20 milkTIA delegated here.", { exact: true })).toBeVisible();
  await expect(r.amount("undelegate")).toHaveAttribute("aria-invalid", "true");
  await expect(r.submit("undelegate")).toBeDisabled();
  await r.amount("undelegate").press("Enter");
  await expect(r.dialog("Confirm undelegation")).toBeHidden();

  await r.amount("undelegate").fill("5");
  await r.submit("undelegate").click();
  const confirm = r.dialog("Confirm undelegation");
  await expect(confirm).toContainText("5 milkTIA");
  await expect(confirm).toContainText("milkyway-sim-1");
  await confirm.getByRole("button", { name: "Undelegate now" }).click();

  const row = r.unbondings.getByRole("row", { name: /^Pool 1 · milkTIA/ });
  await expect(row).toContainText("5 milkTIA");
  // Columns after the target: amount, countdown, completion time.
  await expect(row.getByRole("cell").nth(1)).toHaveText(/^(3d 0h|2d 23h)$/);
  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("15 milkTIA");
});

test("delegate MILK to a validator", async ({ page }) => {
  const r = new RestakePage(page);
  const milk = new MilkStakingSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  await expect(milk.validators.getByRole("row")).toHaveCount(8); // header + 7 validators
  await milk.sortBy("Commission").click();
  await expect(milk.sortBy("Commission")).toHaveAttribute("aria-pressed", "true");

  const moniker = ((await milk.validatorSelect.locator("option:checked").textContent()) ?? "").trim();
  const before = await r.accountBase("MILK balance");
  await milk.amount.fill("3000");
  await expect(milk.amount).toHaveAttribute("aria-invalid", "true");
  await expect(milk.stake).toBeDisabled();
  await milk.amount.fill("100");
  await milk.stake.click();
  const confirm = page.getByRole("dialog", { name: "Confirm: stake" });
  await expect(confirm).toContainText("100 MILK");
  await expect(confirm).toContainText("milkyway-sim-1");
  await confirm.getByRole("button", { name: "Stake now" }).click();

  await expect(milk.validatorRow(moniker)).toContainText("100 MILK");
  await expect.poll(() => r.accountBase("MILK balance")).toBeLessThanOrEqual(before - 100_000_000n);
});

test("the seventh unbonding for a target is flagged, and an eighth is refused before signing", async ({ page }) => {
  const r = new RestakePage(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  await r.target("delegate").selectOption({ label: "Pool 1 · milkTIA" });
  await r.amount("delegate").fill("10");
  await r.submit("delegate").click();
  await r.dialog("Confirm delegation").getByRole("button", { name: "Delegate now" }).click();
  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("10 milkTIA");

  await r.tab("Undelegate").click();
  await r.target("undelegate").selectOption({ label: "Pool 1 · milkTIA" });
  const rows = r.unbondings.getByRole("row", { name: /^Pool 1 · milkTIA/ });
  for (let i = 1; i <= 7; i += 1) {
    if (i === 7) await expect(page.getByText("You have 6 unbondings in progress here; this one reaches the limit of 7.")).toBeVisible();
    await r.amount("undelegate").fill("1");
    await r.submit("undelegate").click();
    await r.dialog("Confirm undelegation").getByRole("button", { name: "Undelegate now" }).click();
    await expect(rows).toHaveCount(i);
    await r.advanceDays(1 / 24);
  }
  await r.amount("undelegate").fill("1");
  await expect(page.getByText(/You already have 7 unbondings in progress for Pool 1 · milkTIA, the chain's limit of 7\./)).toBeVisible();
  await expect(r.submit("undelegate")).toBeDisabled();
});
