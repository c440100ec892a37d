import { expect, test } from "@playwright/test";
import { RestakePage } from "./pages/restake-page";
import { BringMilkTiaSection } from "./pages/restake-bring-page";

// Bringing milkTIA from Osmosis to MilkyWay and restaking it: one action, two signatures,
// and a clean resume after leaving the page between them.

test("bring milkTIA from Osmosis: step 1, reload, continue step 2, restaked", async ({ page }) => {
  const r = new RestakePage(page);
  const b = new BringMilkTiaSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  // Nothing on Osmosis yet: nothing is offered.
  await expect(b.section).toBeHidden();
  await b.fundOnOsmosis(40_000_000n);
  await expect(b.section).toBeVisible();
  await expect(b.section).toContainText("On Osmosis: 40 milkTIA");

  // More than held is refused before anything is signed.
  await b.amount.fill("41");
  await expect(b.section.getByText("That is more than your balance of 40 milkTIA.")).toBeVisible();
  await expect(b.bring).toBeDisabled();

  await b.amount.fill("25");
  await b.target.selectOption({ label: "Pool 1 · milkTIA" });
  await b.bring.click();
  const step1 = b.dialog(/Confirm step 1 of 2/);
  await expect(step1).toContainText("25 milkTIA");
  await expect(step1).toContainText("osmosis-sim-1");
  await expect(step1).toContainText("milkyway-sim-1");
  await expect(step1).toContainText("channel-89298");
  await expect(step1).toContainText("Pool 1 · milkTIA");
  await step1.getByRole("button", { name: "Sign step 1" }).click();

  // Step 1 is included; with the clock paused the packet is still in flight.
  await expect(b.step(/Step 1: 25 milkTIA sent from Osmosis/)).toContainText("(done)");
  await expect(b.step(/Arrived on MilkyWay/)).toContainText("(in progress)");
  await expect(b.continueStep2).toBeDisabled();

  // The user leaves between the steps.
  await page.reload();
  await r.pauseSimulatedTime();
  await expect(b.progress).toBeVisible();
  await expect(b.step(/Step 1: 25 milkTIA sent from Osmosis/)).toContainText("(done)");
  await expect(b.continueStep2).toBeVisible();

  // The relayer carries the packet once time moves.
  await r.advanceDays(1 / 1440);
  await expect(b.step(/Arrived on MilkyWay/)).toContainText("(done)");
  await expect(r.accountFact("milkTIA balance")).toHaveText("225");
  await expect(b.continueStep2).toBeEnabled();
  await b.continueStep2.click();
  const step2 = b.dialog(/Confirm step 2 of 2/);
  await expect(step2).toContainText("25 milkTIA");
  await expect(step2).toContainText("Pool 1 · milkTIA");
  await expect(step2).toContainText("milkyway-sim-1");
  await step2.getByRole("button", { name: "Sign step 2" }).click();

  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("25 milkTIA");
  await expect(r.accountFact("milkTIA balance")).toHaveText("200");
  await expect(b.section).toContainText("Done: 25 milkTIA brought from Osmosis and restaked in Pool 1 · milkTIA.");
  await expect(b.progress).toBeHidden();
  await expect(b.section).toContainText("On Osmosis: 15 milkTIA");

  // Nothing is left to resume after another reload.
  await page.reload();
  await expect(b.section).toBeVisible();
  await expect(b.progress).toBeHidden();
});

test("a pending step 2 can be dismissed after a reload", async ({ page }) => {
  const r = new RestakePage(page);
  const b = new BringMilkTiaSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();
  await b.fundOnOsmosis(5_000_000n);

  await b.amount.fill("5");
  await b.bring.click();
  await b.dialog(/Confirm step 1 of 2/).getByRole("button", { name: "Sign step 1" }).click();
  await expect(b.step(/Step 1: 5 milkTIA sent from Osmosis/)).toContainText("(done)");

  await page.reload();
  await r.pauseSimulatedTime();
  await r.advanceDays(1 / 1440);
  await expect(b.continueStep2).toBeEnabled();
  await b.dismiss.click();
  await expect(b.progress).toBeHidden();
  // The milkTIA stays on MilkyWay; the section goes away since none is left on Osmosis.
  await expect(r.accountFact("milkTIA balance")).toHaveText("205");
  await expect(b.section).toBeHidden();
});

test("a transfer the relayer never delivers shows as timed out and refunded, not on its way forever", async ({ page }) => {
  const r = new RestakePage(page);
  const b = new BringMilkTiaSection(page);
  const fault = (params: Record<string, unknown>) =>
    page.evaluate((p) => window.__milkywaySim!.rpc("osmosis-sim-1", { jsonrpc: "2.0", id: 1, method: "sim_fault", params: p }), params);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();
  await b.fundOnOsmosis(5_000_000n);

  await b.amount.fill("5");
  await b.bring.click();
  const step1 = b.dialog(/Confirm step 1 of 2/);
  await expect(step1).toContainText(/Network fee \(estimate\)/);
  await step1.getByRole("button", { name: "Sign step 1" }).click();
  await expect(b.step(/Step 1: 5 milkTIA sent from Osmosis/)).toContainText("(done)");

  // No relayer carries it; past the packet's 10-minute deadline it can no longer arrive.
  await fault({ relayerStalled: true });
  await r.advanceDays(12 / 1440);
  await expect(b.step(/Timed out before reaching MilkyWay/)).toContainText("(failed)");
  await expect(b.progress).toContainText("did not reach MilkyWay within 10 minutes, so Osmosis refunds your milkTIA");
  await expect(b.continueStep2).toBeHidden();

  // The relayer proves the timeout and Osmosis refunds; dismissing offers the form again.
  await fault({ clear: true });
  await r.advanceDays(1 / 1440);
  await b.dismiss.click();
  await expect(b.progress).toBeHidden();
  await expect(b.section).toContainText("On Osmosis: 5 milkTIA");
});
