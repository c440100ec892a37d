import { expect, test } from "@playwright/test";
import { WayCardPage, usdToMicro } from "./pages/way-card-page";

// The Way Card end to end against the bundled simulator, as a new user with the demo wallet
// (funded with 200 milkTIA and 2,000 MILK on MilkyWay). Each test starts from a fresh world.

test("open, lock collateral, buy on credit, and see the yield repay it in the statement", async ({ page }) => {
  const card = new WayCardPage(page);
  await card.goto();
  await card.connectDemoWallet();
  await card.pauseSimulatedTime();

  // Route half of each day's yield (after repayment) to the balance.
  await card.openCard("50", "90");
  await expect(card.figure("Auto top-up")).toHaveText("50%");
  await expect(card.figure("Horizon")).toHaveText("90 days");
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
  const repaid = usdToMicro((await card.statementRows("Repayment").first().getByRole("cell").nth(2).textContent()) ?? "");
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
