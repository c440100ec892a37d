import { expect, test } from "@playwright/test";
import { MilkStakingSection, RestakePage } from "./pages/restake-page";
import { fact, toBaseUnits } from "./pages/stake-page";
import { WayCardPage, usdToMicro } from "./pages/way-card-page";
import { exactText } from "./pages/exact-value";

// The Way Card end to end against the bundled simulator, as a new user with the demo wallet
// (funded with 200 milkTIA and 2,000 MILK on MilkyWay). Each test starts from a fresh world.

test("open, lock collateral, buy on credit, and see the yield repay it in the statement", async ({ page }) => {
  const card = new WayCardPage(page);
  await card.goto();
  await card.connectDemoWallet();
  await card.pauseSimulatedTime();

  // Route half of each day's yield (after repayment) to the balance.
  await card.openCard("50", "90");
  await expect(card.figure("Auto top-up")).toHaveText("50.00%");
  await expect(card.figure("Horizon")).toHaveText("90 d");
  await expect(card.figure("Owed")).toHaveText("$0.00");
  await expect(card.statementRows("Opened")).toHaveCount(1);

  await card.lockCollateral("150");
  const credit = await card.figureMicroUsd("Credit available");
  expect(credit).toBeGreaterThan(1_000_000n);

  // Refused next to the field, before any wallet prompt: more than balance + credit.
  await card.tab("Spend").click();
  await card.field("Merchant").selectOption({ label: "Nebula Coffee · Food and drink" });
  await card.field("Amount (USD)").fill("100000");
  await card.expectRefusal(card.field("Amount (USD)"), /That is more than the card can pay/);
  await card.button("Pay").click();
  await expect(card.dialog("Confirm purchase")).toBeHidden();

  await card.purchase("Nebula Coffee · Food and drink", "1");
  await expect(card.figure("Owed")).toHaveText("$1.00");
  await expect(card.figure("Spent")).toHaveText("$1.00");
  await expect(card.statementRows("Purchase")).toHaveCount(1);
  await expect(card.statementRows("Purchase")).toContainText("Nebula Coffee");

  // The card program's daily epoch harvests the milkTIA yield: the debt falls.
  await card.advanceDays(2);
  await expect(card.statementRows("Repayment").first()).toBeVisible();
  await expect.poll(async () => card.figureMicroUsd("Owed")).toBeLessThan(1_000_000n);
  const repaid = usdToMicro(await exactText(card.statementRows("Repayment").first().getByRole("cell").nth(2)));
  expect(repaid).toBeGreaterThan(0n);
});

test("refusals: a frozen card cannot pay, and a card that owes cannot close", async ({ page }) => {
  const card = new WayCardPage(page);
  await card.goto();
  await card.connectDemoWallet();
  await card.pauseSimulatedTime();
  await card.openCard("0", "90");
  await card.lockCollateral("150");
  await card.purchase("Orbit Books · Books", "0.5");

  // Close is refused before the wallet: the debt is named.
  await card.tab("Settings").click();
  await expect(card.button("Close card")).toBeDisabled();
  await expect(card.section.getByText("The card owes $0.50. Repay it (top up) before closing.")).toBeVisible();

  await card.confirm(card.button("Freeze card"), "Freeze the card", "Freeze");
  await expect(card.section.getByText("Frozen", { exact: true })).toBeVisible();
  await card.tab("Spend").click();
  await card.field("Merchant").selectOption({ label: "Orbit Books · Books" });
  await card.field("Amount (USD)").fill("0.1");
  await card.expectRefusal(card.field("Amount (USD)"), "The card is frozen. Unfreeze it to make purchases.");
  await card.button("Pay").click();
  await expect(card.dialog("Confirm purchase")).toBeHidden();

  // A top-up repays the debt first; then the card can close and refunds the rest in MILK.
  await card.tab("Fund").click();
  await card.field("Amount (MILK)").fill("50");
  await card.confirm(card.button(/^Top up$/), "Confirm top-up", /^Top up$/);
  await expect(card.figure("Owed")).toHaveText("$0.00");
  await card.tab("Settings").click();
  await expect(card.button("Close card")).toBeEnabled();
  await card.confirm(card.button("Close card"), "Close the card", "Close card");
  await expect(card.button("Open card")).toBeVisible();
});

test("top up from rewards: the MILK staking rewards claimed land on the card at the feed price", async ({ page }) => {
  const r = new RestakePage(page);
  const milk = new MilkStakingSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  // Delegate MILK to a validator, then let a day of staking rewards accrue.
  const moniker = ((await milk.validatorSelect.locator("option:checked").textContent()) ?? "").trim();
  await milk.amount.fill("100");
  await milk.stake.click();
  const stakeDialog = page.getByRole("dialog", { name: "Confirm: stake" });
  await expect(stakeDialog).toContainText("100 MILK");
  await stakeDialog.getByRole("button", { name: "Stake now" }).click();
  await expect(milk.validatorRow(moniker)).toContainText("100 MILK");
  await r.advanceDays(1);

  // Same page session (the demo wallet stays connected): the Way Card on /rewards.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rewards", exact: true }).click();
  const card = new WayCardPage(page);
  await expect(card.button("Open card")).toBeVisible();
  await card.openCard("0", "90");

  await card.tab("Fund").click();
  const before = await card.figureMicroUsd("Balance");
  await expect(card.section.getByText(/^Pending: [\d,.]+ MILK from 1 source/)).toBeVisible();
  await card.button("Claim and top up").click();
  const d = card.dialog("Claim rewards to the card");
  await expect(d).toBeVisible();
  await expect(d.getByText("milkyway-sim-1")).toBeVisible();
  const claimed = toBaseUnits((await fact(d, "MILK to the card").textContent()) ?? "");
  expect(claimed).toBeGreaterThan(0n);
  const worth = usdToMicro((await fact(d, "Worth at the price feed (rounded down)").textContent()) ?? "");
  expect(worth).toBeGreaterThan(0n);
  // Nothing is owed, so all of it goes to the balance.
  expect(usdToMicro((await fact(d, "Added to the balance").textContent()) ?? "")).toBe(worth);
  await d.getByRole("button", { name: "Claim and top up" }).click();
  await expect(d).toBeHidden();
  await expect(card.section.getByText(/^Claimed [\d,.]+ MILK onto the card\.$/)).toBeVisible();

  await expect.poll(() => card.figureMicroUsd("Balance")).toBe(before + worth);

  // The statement's top-up line names the MILK and the feed price the contract used
  // ("12.5 MILK at $0.048"): the claimed MILK at that price, rounded down, is what was added.
  const topUp = card.statementRows("Top-up");
  await expect(topUp).toHaveCount(1);
  const detail = (await topUp.getByRole("cell").nth(1).textContent()) ?? "";
  const m = /^([\d,.]+) MILK at \$(\d+)(?:\.(\d+))?$/.exec(detail.trim());
  expect(m, detail).not.toBeNull();
  expect(toBaseUnits(m![1])).toBe(claimed);
  const priceE18 = BigInt(m![2] + (m![3] ?? "").padEnd(18, "0"));
  // uMILK × (USD per MILK, 18 decimals) → micro-USD, rounded down as the contract does.
  expect((claimed * priceE18) / 10n ** 18n).toBe(worth);
  expect(usdToMicro(await exactText(topUp.getByRole("cell").nth(2)))).toBe(worth);
  // On screen the statement shows cents, floored.
  await expect(topUp.getByRole("cell").nth(2)).toHaveText(/^\+\$[\d,]+\.\d{2}$|^\+< \$0\.01$/);
});
