import { expect, test } from "@playwright/test";
import { fact, StakePage, toBaseUnits } from "./pages/stake-page";
import { exactText } from "./pages/exact-value";

// Liquid staking end to end against the bundled simulator, as a new user with the demo wallet.
// Every test starts in a fresh browser context: a fresh world and a fresh demo wallet.

test("a new user is offered the demo wallet and sees their balances once connected", async ({ page }) => {
  const stake = new StakePage(page);
  await stake.goto();
  await expect(stake.page.getByRole("button", { name: "Connect a wallet to stake" })).toBeDisabled();
  await stake.connectDemoWallet();
  await expect(stake.balance("TIA on Celestia")).toHaveText("1,000");
  await expect(stake.balance("milkTIA on Osmosis")).toHaveText("0");
  await expect(stake.stakeButton).toBeDisabled();
  // The contract's live numbers are on screen.
  await expect(stake.preview("Redemption rate")).toHaveText(/^1 milkTIA = \d+\.\d{6} TIA$/);
  await expect(stake.preview("Purchase rate")).toHaveText(/^1 TIA = \d+\.\d{6} milkTIA$/);
  await expect(stake.preview("Protocol fee on rewards")).toHaveText("10.00%");
  await expect(stake.preview("Minimum stake")).toHaveText("0.0001 TIA");
});

test("invalid amounts are refused next to the field, before any wallet prompt", async ({ page }) => {
  const stake = new StakePage(page);
  await stake.goto();
  await stake.connectDemoWallet();

  const cases: Array<[string, string]> = [
    ["1.1234567", "At most 6 decimal places."],
    ["1000000", "That is more than your balance of 500 TIA."],
    ["0.00005", "The minimum stake is 0.0001 TIA."],
    ["-1", "Amount can't be negative."],
    ["abc", "Enter a number, like 1.5."],
    ["0", "Enter an amount greater than 0."],
  ];
  for (const [input, message] of cases) {
    await stake.stakeAmount.fill(input);
    await stake.expectRefusal(stake.stakeAmount, message);
    await expect(stake.stakeButton).toBeDisabled();
    // Enter submits the form; a refused amount never opens the confirmation.
    await stake.stakeAmount.press("Enter");
    await expect(stake.dialog("Confirm stake")).toBeHidden();
    await expect(stake.preview("You receive")).toHaveText("—");
  }

  // A valid amount clears the refusal.
  await stake.stakeAmount.fill("1");
  await expect(stake.stakeAmount).not.toHaveAttribute("aria-invalid", "true");
  await expect(stake.stakeButton).toBeEnabled();

  // What was typed survives a look at another tab (panels mount on first visit, then stay).
  await stake.tab("Unstake").click();
  await expect(stake.stakeAmount).toBeHidden();
  await stake.tab("Stake").click();
  await expect(stake.stakeAmount).toHaveValue("1");
});

test("Max leaves the network fee when the stake is paid in the fee token", async ({ page }) => {
  const stake = new StakePage(page);
  await stake.goto();
  await stake.connectDemoWallet();

  // From Osmosis the stake is paid in TIA and the fee in OSMO: Max is the whole balance.
  await stake.maxButton().click();
  await expect(stake.stakeAmount).toHaveValue("500");

  // One click from Celestia pays both in TIA: 300,000 gas × 0.002 utia = 0.0006 TIA stays.
  await stake.route(/^One click from Celestia/).check();
  await stake.maxButton().click();
  await expect(stake.stakeAmount).toHaveValue("999.9994");
  await stake.stakeAmount.fill("1000");
  await stake.expectRefusal(stake.stakeAmount, "Leave 0.0006 TIA for the network fee: at most 999.9994 TIA.");
});

test("stake 10 TIA from Osmosis, unstake some, let the batch run its course, and claim", async ({ page }) => {
  test.setTimeout(120_000);
  const stake = await StakePage.ready(page);

  // Stake.
  await expect(stake.route(/^From Osmosis/)).toBeChecked();
  await expect(stake.slippage("0.5%")).toBeChecked();
  // The yield is shown where the decision is made.
  await expect(stake.preview("milkTIA APY (30 d)")).toHaveText(/^\d+\.\d{2}%/);
  await stake.stakeAmount.fill("10");
  await expect(stake.preview("You receive")).toHaveText(/^[\d,]+(\.\d+)? milkTIA$/);
  const previewed = toBaseUnits(await exactText(stake.preview("You receive")));
  expect(previewed).toBeGreaterThan(0n);

  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await expect(confirm).toBeVisible();
  await expect(fact(confirm, "You stake")).toHaveText("10 TIA");
  // The form rounds; the confirmation shows every digit of what is signed.
  await expect(fact(confirm, "You receive (expected)")).toHaveText(await exactText(stake.preview("You receive")));
  await expect(fact(confirm, "Signed for chain")).toHaveText("osmosis-sim-1");
  await expect(fact(confirm, "Contract")).toHaveText(
    "osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0",
  );
  await confirm.getByRole("button", { name: "Confirm stake" }).click();
  await expect(confirm).toBeHidden();

  await expect.poll(() => stake.balanceBase("milkTIA on Osmosis")).toBe(previewed);
  await expect(stake.balance("TIA on Osmosis")).toHaveText("490");
  await expect(stake.page.getByText(/^Staked 10 TIA and received [\d,.]+ milkTIA\.$/)).toBeVisible();
  await expect(stake.stakeAmount).toHaveValue("");

  // Unstake 1 milkTIA: a pending request in the open batch.
  await stake.tab("Unstake").click();
  await stake.unstakeAmount.fill("1");
  await expect(stake.preview("You get (estimate)")).toHaveText(/^[\d,.]+ TIA$/);
  const batchText = (await stake.preview("Joins batch").textContent())!;
  const batchId = Number(batchText.replace("#", ""));
  await stake.unstakeButton.click();
  const confirmUnstake = stake.dialog("Confirm unstake");
  await expect(fact(confirmUnstake, "You unstake")).toHaveText("1 milkTIA");
  await expect(fact(confirmUnstake, "Signed for chain")).toHaveText("osmosis-sim-1");
  await confirmUnstake.getByRole("button", { name: "Confirm unstake" }).click();

  const row = stake.requestRow(batchId);
  await expect(row).toContainText("Pending");
  await expect(row).toContainText("1 milkTIA");
  await expect(row).toContainText(/Submission (in \d|due now)/);
  await expect.poll(() => stake.balanceBase("milkTIA on Osmosis")).toBe(previewed - 1_000_000n);

  // The batch is submitted within 3 days, then 21 days of unbonding and the trip back.
  await stake.advanceDays(3);
  await expect(row).toContainText("Submitted");
  await expect(row).toContainText(/Arrives (in \d|due now)/);
  await stake.advanceDays(22);
  await expect(row).toContainText("Received");
  await expect(row).toContainText("Ready");

  const before = await stake.balanceBase("TIA on Osmosis");
  await row.getByRole("button", { name: `Claim batch ${batchId}` }).click();
  await expect.poll(() => stake.balanceBase("TIA on Osmosis")).toBeGreaterThan(before);
  await expect(row).toBeHidden();
});

test("one click from Celestia: the TIA travels to Osmosis and milkTIA comes back, step by step", async ({ page }) => {
  const stake = await StakePage.ready(page);

  await stake.route(/^One click from Celestia/).check();
  await stake.stakeAmount.fill("5");
  await expect(stake.preview("Minimum after 0.5% slippage")).toHaveText(/ milkTIA$/);
  const floor = toBaseUnits(await exactText(stake.preview("Minimum after 0.5% slippage")));
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await expect(fact(confirm, "Signed for chain")).toHaveText("celestia-sim-1");
  await expect(fact(confirm, "IBC channel")).toHaveText("channel-2 → Osmosis");
  await confirm.getByRole("button", { name: "Confirm stake" }).click();

  const progress = stake.page.getByRole("region", { name: "One-click stake progress" });
  await expect(progress).toContainText("Your TIA is on its way to Osmosis.");
  // The relayer carries a packet after about one block: move simulated time instead of waiting.
  await stake.advanceDays(10 / 86_400);
  await expect(progress).toContainText("Staked on Osmosis; your milkTIA is on its way to Celestia.");
  await stake.advanceDays(10 / 86_400);
  await expect(progress).toContainText("Done: your milkTIA arrived on Celestia.");
  const arrived = await stake.balanceBase("milkTIA on Celestia");
  expect(arrived).toBeGreaterThanOrEqual(floor);
  // 5 TIA plus the network fee left the Celestia balance.
  expect(await stake.balanceBase("TIA on Celestia")).toBeLessThan(995_000_000n);
});

test("an unreachable chain shows an error with Retry; it recovers once the chain answers again", async ({ page }) => {
  const stake = new StakePage(page);
  await stake.goto();
  await stake.connectDemoWallet();
  await expect(stake.requestsRegion.getByText("No unstake requests for milkTIA.", { exact: false })).toBeVisible();
  // A paused clock keeps the simulator's per-change refetches from restarting the retries.
  await stake.pauseSimulatedTime();
  await stake.breakChain("osmosis-sim-1", "node is down");

  const alert = stake.requestsRegion.getByRole("alert");
  await expect(alert).toContainText("Your unstake requests could not be loaded");
  // Retry while the node is still down asks again and keeps the explanation on screen.
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(alert).toContainText("Your unstake requests could not be loaded");
  await stake.healChains();
  await expect(alert).toBeHidden();
  await expect(stake.requestsRegion.getByText("No unstake requests for milkTIA.", { exact: false })).toBeVisible();
});

test.describe("at 375 px wide", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the connected stake screen does not overflow horizontally", async ({ page }) => {
    const stake = new StakePage(page);
    await stake.goto();
    await stake.connectDemoWallet();
    await stake.stakeAmount.fill("10");
    await expect(stake.preview("You receive")).toHaveText(/milkTIA$/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test("a stopped contract is explained and every action it would refuse is disabled", async ({ page }) => {
  const stake = new StakePage(page);
  await stake.goto();
  await stake.connectDemoWallet();
  await stake.stopContract("osmosis-sim-1", "osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0", true);
  await expect(page.getByRole("status").filter({ hasText: "The milkTIA contract is stopped" })).toBeVisible();
  // milkTIA also trades on an Osmosis pool, so the field stays open for that route; minting is refused.
  await expect(page.getByRole("button", { name: "Staking is stopped" })).toBeDisabled();
  await stake.stakeAmount.fill("1");
  await expect(page.getByText("The contract is stopped: it refuses new stakes.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Staking is stopped" })).toBeDisabled();
  await stake.stakeAmount.fill("");
  // Reads still work while stopped: the balances and rates stay on screen.
  await expect(stake.balance("TIA on Celestia")).toHaveText("1,000");
  await stake.stopContract("osmosis-sim-1", "osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0", false);
  await expect(page.getByRole("status").filter({ hasText: "The milkTIA contract is stopped" })).toBeHidden();
  await stake.stakeAmount.fill("1");
  await expect(stake.stakeButton).toBeEnabled();
});

test("two steps: move TIA from Celestia to Osmosis and watch it arrive", async ({ page }) => {
  const stake = await StakePage.ready(page);
  const confirm = await stake.moveTiaToOsmosis("25");
  await expect(fact(confirm, "Signed for chain")).toHaveText("celestia-sim-1");
  await confirm.getByRole("button", { name: "Confirm transfer" }).click();
  const progress = page.getByRole("region", { name: "Transfer progress" });
  await expect(progress).toContainText("25 TIA is on its way.");
  await stake.advanceDays(10 / 86_400);
  await expect(progress).toContainText("Done: 25 TIA arrived.");
  await expect(stake.balance("TIA on Osmosis")).toHaveText("525");
});

test("a transfer included after the user left the page is in the Move tab's progress when they come back", async ({ page }) => {
  const stake = await StakePage.ready(page);
  await (await stake.moveTiaToOsmosis("25")).getByRole("button", { name: "Confirm transfer" }).click();
  // Away before the (paused) chain includes it; it is included while the Move tab is gone.
  await stake.navigate("Rewards", /\/rewards$/);
  await stake.advanceUntilIncluded("Move 25 TIA to Osmosis");

  await stake.navigate("Stake", /\/stake$/);
  await stake.tab("Move").click();
  const progress = page.getByRole("region", { name: "Transfer progress" });
  await expect(progress).toContainText(/25 TIA is on its way\.|Done: 25 TIA arrived\./);
  await stake.advanceDays(10 / 86_400);
  await expect(progress).toContainText("Done: 25 TIA arrived.");
  await expect(stake.balance("TIA on Osmosis")).toHaveText("525");
});

test("a transaction that fails in its block is reported, and nothing but the fee is spent", async ({ page }) => {
  const stake = await StakePage.ready(page);
  await stake.setFault({ failNextDeliverTx: "execution failed (simulator fault switch)" });
  await stake.stakeAmount.fill("3");
  await stake.stakeButton.click();
  await stake.dialog("Confirm stake").getByRole("button", { name: "Confirm stake" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "execution failed (simulator fault switch)" })).toBeVisible();
  // The stake was paid in TIA and the fee in OSMO: the TIA is untouched, no milkTIA was minted.
  await expect(stake.balance("TIA on Osmosis")).toHaveText("500");
  await expect(stake.balance("milkTIA on Osmosis")).toHaveText("0");
  // The form keeps the amount so the user can simply try again.
  await expect(stake.stakeAmount).toHaveValue("3");
});

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 375, height: 812 },
]) {
  test(`the amount, the APY and the Stake button are above the fold at ${viewport.width}×${viewport.height}; slippage is under Advanced`, async ({ page }) => {
    await page.setViewportSize(viewport);
    const stake = new StakePage(page);
    await stake.goto();
    await stake.connectDemoWallet();
    await stake.stakeAmount.fill("1");
    await expect(stake.stakeButton).toBeEnabled();
    for (const el of [stake.stakeAmount, stake.stakeButton, stake.preview("milkTIA APY (30 d)")]) {
      const box = (await el.boundingBox())!;
      expect(box.y + box.height, await el.evaluate((e) => e.outerHTML.slice(0, 60))).toBeLessThanOrEqual(viewport.height);
    }
    // Slippage is explained and folded away until asked for.
    await expect(stake.slippage("0.5%")).toBeHidden();
    await expect(page.getByText(/the contract refuses the stake and only the network fee is spent/)).toBeHidden();
    await stake.chooseSlippage("1%");
    await expect(page.getByText(/the contract refuses the stake and only the network fee is spent/)).toBeVisible();
    await expect(stake.preview("Minimum after 1% slippage")).toHaveText(/ milkTIA$/);
  });
}

test("a stake's toast goes through its phases in order, under one id, and ends with its block", async ({ page }) => {
  // Record every text the notification list shows, from the first script on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __toastTexts: string[] }).__toastTexts = seen;
    new MutationObserver(() => {
      const list = document.querySelector('[aria-label="Notifications"] ol, [aria-label="Notifications"] ul');
      for (const li of Array.from(list?.children ?? [])) {
        const text = (li as HTMLElement).innerText;
        if (text.startsWith("Stake 2 TIA") && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const stake = new StakePage(page);
  await stake.goto();
  await stake.connectDemoWallet();
  await stake.stakeAmount.fill("2");
  await stake.stakeButton.click();
  await stake.dialog("Confirm stake").getByRole("button", { name: "Confirm stake" }).click();
  await expect(page.getByText(/^Staked 2 TIA and received/)).toBeVisible();
  const texts = await page.evaluate(() => (window as unknown as { __toastTexts: string[] }).__toastTexts);
  const phases = texts.map((t) => ["Preparing the transaction…", "Waiting for your wallet…", "Broadcasting…", "Included."].find((p) => t.includes(p)));
  expect(phases.filter((p, i) => p && p !== phases[i - 1])).toEqual(["Preparing the transaction…", "Waiting for your wallet…", "Broadcasting…", "Included."]);
  expect(texts.at(-1)).toMatch(/Block \d+ · [0-9A-F]{6}…[0-9A-F]{4}/);
});
