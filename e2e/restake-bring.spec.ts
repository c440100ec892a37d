import { expect, test, type Page } from "@playwright/test";
import { RestakePage } from "./pages/restake-page";
import { BringMilkTiaSection } from "./pages/restake-bring-page";
import { StakePage } from "./pages/stake-page";

// Bringing milkTIA to MilkyWay and restaking it: the move (the same mechanism and progress as
// the Stake page's Move tab), then the restake, each signed, with a clean resume after leaving.

test("bring milkTIA from Osmosis: transfer, reload, restake where chosen", async ({ page }) => {
  const r = new RestakePage(page);
  const b = new BringMilkTiaSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  // Nothing on Osmosis or Celestia yet: nothing is offered.
  await expect(b.section).toBeHidden();
  await b.fundOnOsmosis(40_000_000n);
  await expect(b.section).toBeVisible();
  await expect(b.from).toHaveValue("osmosis");
  await expect(b.section).toContainText("On Osmosis: 40 milkTIA");
  await expect(b.section).toContainText("Route: Osmosis → MilkyWay (2 signatures: the transfer, then the restake)");

  // More than held is refused before anything is signed.
  await b.amount.fill("41");
  await expect(b.section.getByText("That is more than your balance of 40 milkTIA.")).toBeVisible();
  await expect(b.bring).toBeDisabled();

  await b.amount.fill("25");
  await b.target.selectOption({ label: "Pool 1 · milkTIA" });
  await b.bring.click();
  const transfer = b.dialog(/Confirm: bring milkTIA to MilkyWay/);
  await expect(transfer).toContainText("25 milkTIA");
  await expect(transfer).toContainText("osmosis-sim-1");
  await expect(transfer).toContainText("milkyway-sim-1");
  await expect(transfer).toContainText("channel-89298");
  await expect(transfer).toContainText("Pool 1 · milkTIA");
  await transfer.getByRole("button", { name: "Sign transfer" }).click();

  // The transfer is included; with the clock paused the packet is still in flight.
  await expect(b.step(/25 milkTIA sent from Osmosis/)).toContainText("(done)");
  await expect(b.step(/Arrived on MilkyWay/)).toContainText("(in progress)");
  await expect(b.step(/Restake in Pool 1 · milkTIA/)).toContainText("(waiting)");
  await expect(b.restake).toBeDisabled();

  // The user leaves in between.
  await page.reload();
  await r.pauseSimulatedTime();
  await expect(b.progress).toBeVisible();
  await expect(b.step(/25 milkTIA sent from Osmosis/)).toContainText("(done)");
  await expect(b.restake).toBeVisible();

  // The relayer carries the packet once time moves; the restake goes where chosen before the reload.
  await r.advanceDays(1 / 1440);
  await expect(b.step(/Arrived on MilkyWay/)).toContainText("(done)");
  await expect(b.step(/Restake in Pool 1 · milkTIA/)).toContainText("(in progress)");
  await expect(b.progress).toContainText("25 milkTIA is on MilkyWay. Sign the restake to finish.");
  await expect(r.accountFact("milkTIA balance")).toHaveText("225");
  await expect(b.restake).toBeEnabled();
  await b.restake.click();
  const restake = b.dialog(/Confirm restake/);
  await expect(restake).toContainText("25 milkTIA");
  await expect(restake).toContainText("Pool 1 · milkTIA");
  await expect(restake).toContainText("milkyway-sim-1");
  await restake.getByRole("button", { name: "Sign restake" }).click();

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

test("a move that arrived can be dismissed after a reload; the milkTIA stays on MilkyWay", async ({ page }) => {
  const r = new RestakePage(page);
  const b = new BringMilkTiaSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();
  await b.fundOnOsmosis(5_000_000n);

  await b.amount.fill("5");
  await b.bring.click();
  await b.dialog(/Confirm: bring milkTIA/).getByRole("button", { name: "Sign transfer" }).click();
  await expect(b.step(/5 milkTIA sent from Osmosis/)).toContainText("(done)");

  await page.reload();
  await r.pauseSimulatedTime();
  await r.advanceDays(1 / 1440);
  await expect(b.restake).toBeEnabled();
  await b.dismiss.click();
  await expect(b.progress).toBeHidden();
  // The milkTIA stays on MilkyWay; the section goes away since none is left elsewhere.
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
  const transfer = b.dialog(/Confirm: bring milkTIA/);
  await expect(transfer).toContainText(/Network fee \(estimate\)/);
  await transfer.getByRole("button", { name: "Sign transfer" }).click();
  await expect(b.step(/5 milkTIA sent from Osmosis/)).toContainText("(done)");

  // No relayer carries it; past the packet's 10-minute deadline it can no longer arrive.
  await fault({ relayerStalled: true });
  await r.advanceDays(12 / 1440);
  await expect(b.step(/Timed out before reaching MilkyWay/)).toContainText("(failed)");
  await expect(b.progress).toContainText("did not reach MilkyWay within 10 minutes (the timeout it carried), so Osmosis refunds your milkTIA");
  await expect(b.restake).toBeHidden();

  // The relayer proves the timeout and Osmosis refunds; dismissing offers the form again.
  await fault({ clear: true });
  await r.advanceDays(1 / 1440);
  await b.dismiss.click();
  await expect(b.progress).toBeHidden();
  await expect(b.section).toContainText("On Osmosis: 5 milkTIA");
});

test("milkTIA from a one-click stake on Celestia: two transfers through Osmosis, a reload between, then the restake", async ({ page }) => {
  const stake = await StakePage.ready(page);
  const minted = await stake.oneClickStakeToCelestia("5");
  expect(minted).toBeGreaterThan(0n);

  const r = new RestakePage(page);
  const b = new BringMilkTiaSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await expect(b.from).toHaveValue("celestia");
  await expect(b.section).toContainText("Route: Celestia → Osmosis → MilkyWay (3 signatures: 2 transfers, then the restake)");
  await b.section.getByRole("button", { name: "Max" }).click();
  await b.target.selectOption({ label: "Pool 1 · milkTIA" });
  await b.bring.click();
  const transfer = b.dialog(/Confirm: bring milkTIA to MilkyWay/);
  await expect(transfer).toContainText("Celestia → Osmosis → MilkyWay");
  await expect(transfer).toContainText("celestia-sim-1");
  await transfer.getByRole("button", { name: "Sign transfer" }).click();
  await expect(b.step(/sent from Celestia/)).toContainText("(done)");
  await expect(b.progress).toContainText("is on its way.");

  await r.advanceDays(10 / 86_400);
  await expect(b.step(/Arrived on Osmosis/)).toContainText("(done)");
  await expect(b.progress).toContainText("reached Osmosis. Sign the next transfer to continue to MilkyWay.");
  // Leaving between the two transfers keeps the route, and where the restake goes.
  await page.reload();
  await r.pauseSimulatedTime();
  await expect(b.step(/Restake in Pool 1 · milkTIA/)).toContainText("(waiting)");
  await b.continueTransfer.click();
  await expect(b.step(/sent from Osmosis/)).toContainText("(done)");
  await r.advanceDays(10 / 86_400);
  await expect(b.step(/Arrived on MilkyWay/)).toContainText("(done)");
  await expect(r.accountFact("milkTIA balance")).not.toHaveText("200");
  await b.restake.click();
  await b.dialog(/Confirm restake/).getByRole("button", { name: "Sign restake" }).click();
  await expect(b.section).toContainText(/Done: .* milkTIA brought from Celestia and restaked in Pool 1 · milkTIA\./);
  // All of it was restaked: the MilkyWay balance is back to the demo wallet's 200 milkTIA.
  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("milkTIA");
  await expect(r.accountFact("milkTIA balance")).toHaveText("200");
});

/** The demo wallet connected, the clock paused and 5 milkTIA on Osmosis: the bring form is offered. */
async function withMilkTiaOnOsmosis(page: Page) {
  const r = new RestakePage(page);
  const b = new BringMilkTiaSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();
  await b.fundOnOsmosis(5_000_000n);
  await expect(b.section).toBeVisible();
  return b;
}

test("a saved move this flow cannot show (edited or foreign storage) never locks the form", async ({ page }) => {
  const b = await withMilkTiaOnOsmosis(page);

  const key = `milkyway:move:simulator:restake-bring-milkTIA:${await b.address("milk")}`;
  const base = { v: 2, symbol: "milkTIA", amount: "1000000", baseline: "0", sent: true };
  for (const foreign of [
    { ...base, from: "osmosis", to: "celestia", hop: 0 }, // not a move to MilkyWay
    { ...base, from: "babylon", to: "milkyway", hop: 0 }, // milkTIA is never on Babylon
    { ...base, from: "osmosis", to: "milkyway", hop: 5 }, // a hop past the route's one transfer
  ]) {
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, JSON.stringify(foreign)] as const);
    await page.reload();
    await expect(b.section).toBeVisible();
    await expect(b.amount).toBeEditable();
    await expect(b.section.getByText("Bring milkTIA: progress")).toHaveCount(0);
  }
});

test("a bring saved by the earlier Restake flow resumes as a move, and dismissing it forgets both saves", async ({ page }) => {
  const b = await withMilkTiaOnOsmosis(page);

  const milk = await b.address("milk");
  const oldKey = `milkyway:bring-milktia:v1:milkyway-sim-1:${milk}`;
  // Sent long ago with a sequence MilkyWay never received: it reads as timed out, not as on its way.
  const v1 = { v: 1, chainId: "milkyway-sim-1", address: milk, amount: "3000000", target: "pool:1", sequence: "999999", txHash: "AB", sentMs: 0 };
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [oldKey, JSON.stringify(v1)] as const);
  await page.reload();
  await expect(b.step(/3 milkTIA sent from Osmosis/)).toContainText("(done)");
  await expect(b.step(/Timed out before reaching MilkyWay/)).toContainText("(failed)");

  await b.dismiss.click();
  await expect(b.progress).toBeHidden();
  expect(await page.evaluate((k) => localStorage.getItem(k), oldKey)).toBeNull();
  await page.reload();
  await expect(b.amount).toBeEditable();
  await expect(b.progress).toBeHidden();
});
