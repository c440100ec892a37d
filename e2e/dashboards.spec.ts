import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { DashboardsPage } from "./pages/dashboards-page";
import { WalletHeader } from "./pages/wallet-header";
import { StakePage, fact, toBaseUnits } from "./pages/stake-page";
import { exactText } from "./pages/exact-value";

// The dashboards read the same chains as the stake screen: after a stake through the UI, the
// portfolio, the history and its CSV must agree with the chain to the last base unit.

test("after a stake, the portfolio and the history agree with the chain, and the CSV holds exactly the rows on screen", async ({ page }) => {
  test.setTimeout(120_000);
  const stake = new StakePage(page);
  const dash = new DashboardsPage(page);
  await stake.goto();
  await stake.connectDemoWallet();
  await stake.pauseSimulatedTime();

  await stake.stakeAmount.fill("10");
  await expect(stake.preview("You receive")).toHaveText(/^[\d,]+(\.\d+)? milkTIA$/);
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await confirm.getByRole("button", { name: "Confirm stake" }).click();
  await expect(confirm).toBeHidden();
  await expect(stake.balance("TIA on Osmosis")).toHaveText("490");
  const minted = await stake.balanceBase("milkTIA on Osmosis");
  expect(minted).toBeGreaterThan(0n);
  // On screen amounts are rounded by one rule everywhere; the exact amount is one hover away.
  const mintedText = (await stake.balance("milkTIA on Osmosis").textContent())!;
  const mintedExact = await exactText(stake.balance("milkTIA on Osmosis"));
  expect(toBaseUnits(mintedExact)).toBe(minted);

  // Portfolio: the same exact amounts, chain by chain.
  await dash.open("Portfolio");
  await expect(dash.positionAmount("milkTIA on Osmosis, Wallet")).toHaveText(`${mintedText} milkTIA`);
  expect(toBaseUnits(await exactText(dash.positionAmount("milkTIA on Osmosis, Wallet")))).toBe(minted);
  await expect(dash.positionAmount("TIA on Osmosis, Wallet")).toHaveText("490 TIA");
  await expect(dash.positionAmount("TIA on Celestia, Wallet")).toHaveText("1,000 TIA");
  await expect(dash.positionAmount("MILK on MilkyWay, Wallet")).toHaveText("2,000 MILK");
  // Valued with the simulated price feed (MILK, TIA and milkTIA have prices there).
  await expect(fact(page.getByRole("region", { name: "Totals" }), "Total value (USD)")).toHaveText(/^\$[\d,]+\.\d{2}$/);
  await expect(dash.position("MILK on MilkyWay, Wallet").getByRole("cell").nth(3)).toHaveText(/^\$[\d,]+\.\d{2}$/);

  // History: the stake, decoded, with what moved.
  await dash.open("History");
  const row = dash.historyRow("Liquid stake");
  await expect(row).toHaveCount(1);
  // One date style: relative to the chain clock, the UTC time on hover.
  await expect(row.getByRole("cell").nth(0)).toHaveText(/^(just now|\d+ (min|h|d) ago)$/);
  await expect(row.getByRole("cell").nth(0).locator("time")).toHaveAttribute("title", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);
  await expect(row.getByRole("cell").nth(0)).toHaveAttribute("data-value", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
  await expect(row.getByRole("cell").nth(1)).toHaveText("Osmosis");
  await expect(row.getByRole("cell").nth(2)).toHaveText("10 TIA");
  await expect(row.getByRole("cell").nth(3)).toHaveText(`${mintedText} milkTIA`);
  expect(await exactText(row.getByRole("cell").nth(3))).toBe(`${mintedExact} milkTIA`);
  await expect(row.getByRole("cell").nth(5)).toHaveText("Success");

  // Filters narrow the rows; the CSV holds exactly the rows on screen, in order.
  await dash.typeFilter().selectOption("Liquid staking");
  await expect(dash.historyRows).toHaveCount(1);
  const first = await dash.downloadCsv();
  const download = first.download;
  let records = first.records;
  expect(download.suggestedFilename()).toMatch(/^milkyway-history-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(records[0]).toEqual(["Time", "Chain", "Type", "Sent", "Received", "Fee", "Status", "Height", "Hash", "Memo"]);
  expect(records.slice(1)).toEqual(await dash.rowsOnScreen());
  expect(records[1][2]).toBe("Liquid stake");
  expect(records[1][4]).toBe(`${mintedExact} milkTIA`);

  await dash.typeFilter().selectOption("all");
  await expect.poll(async () => (await dash.rowsOnScreen()).length).toBeGreaterThan(0);
  ({ records } = await dash.downloadCsv());
  expect(records.slice(1)).toEqual(await dash.rowsOnScreen());

  // A filter that matches nothing says so, and offers a way back.
  await dash.chainFilter().selectOption("babylon");
  await expect(page.getByText("No transactions match these filters")).toBeVisible();
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeDisabled();
});

test("the yield page's latest rate is the contract's own, and its chart has a table alternative", async ({ page }) => {
  const stake = new StakePage(page);
  const dash = new DashboardsPage(page);
  await stake.goto();
  await stake.connectDemoWallet();
  await stake.pauseSimulatedTime();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rewards", exact: true }).click();
  await dash.open("Yield");
  const oracle = dash.yieldFact("milkTIA", "Latest oracle rate");
  await expect(oracle).toHaveText(/^\d+(\.\d+)?$/);
  const exact = (await oracle.textContent())!;
  await expect(dash.yieldFact("milkTIA", "Contract state rate (N/L)")).toHaveText(exact);
  await expect(dash.yieldFact("milkTIA", "APY (7 d)")).toHaveText(/^-?\d+\.\d{2}%$/);
  await expect(dash.yieldFact("milkTIA", "TVL")).toHaveText(/^[\d,]+(\.\d+)? TIA$/);

  // The chart draws as it comes near the viewport, with its table alternative behind a disclosure.
  const section = dash.lstSection("milkTIA");
  await section.getByText("Show the data as a table").scrollIntoViewIfNeeded();
  await expect(section.getByRole("img", { name: /milkTIA redemption rate, last 30 d/ })).toBeVisible();
  await section.getByText("Show the data as a table").click();
  const table = section.getByRole("table", { name: "milkTIA redemption rate by day" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row").last().getByRole("cell")).toHaveText(exact);

  // Restaking APR estimates per pool and service, from the same maths as the Restake page.
  const aprs = page.getByRole("table", { name: "Restaking APR estimates" });
  await expect(aprs.getByRole("rowheader", { name: /^Pool 1 · milkTIA$/ })).toBeVisible();

  // The stake screen shows the same rate, cut (never rounded up) to six digits.
  const [int, frac = ""] = exact.split(".");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stake", exact: true }).click();
  await expect(stake.preview("Redemption rate")).toHaveText(`1 milkTIA = ${int}.${frac.padEnd(6, "0").slice(0, 6)} TIA`);
});

test("the rewards page: a connect prompt, the projection calculator refuses bad input next to the field, and its chart has a table", async ({ page }) => {
  await page.goto("/rewards");
  await expect(page.getByRole("heading", { level: 1, name: "Rewards" })).toBeVisible();
  await expect(page.getByText("Connect a wallet to see what your positions have earned")).toBeVisible();

  const amount = page.getByRole("textbox", { name: /^Amount to stake/ });
  await amount.fill("abc");
  await expect(amount).toHaveAttribute("aria-invalid", "true");
  await expect(amount).toHaveAccessibleDescription("Enter a number, like 1.5.");
  await amount.fill("1000");
  await page.getByRole("textbox", { name: "Liquid staking APY (%)" }).fill("0");
  await page.getByRole("textbox", { name: "Restaking APR (%)" }).fill("0");
  // Zero rates: exactly nothing is earned.
  const first = page.getByRole("region", { name: "1. Liquid stake alone" });
  await expect(fact(first, "Position at the end")).toHaveText("1,000 TIA");
  await expect(fact(first, "Yield")).toHaveText("0 TIA");
  await page.getByText("Show the data as a table").first().click();
  await expect(page.getByRole("table", { name: "Projected yield by day" })).toBeVisible();
});

test("an unreachable chain shows its error with Retry on the history, and the history recovers with the chain", async ({ page }) => {
  const stake = new StakePage(page);
  const dash = new DashboardsPage(page);
  await stake.goto();
  await stake.connectDemoWallet();
  await stake.pauseSimulatedTime();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Portfolio", exact: true }).click();
  await stake.breakChain("osmosis-sim-1", "connection refused");
  await dash.open("History");
  const alert = page.getByRole("alert").filter({ hasText: "Transactions on Osmosis could not be loaded" });
  await expect(alert).toContainText("connection refused");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeEnabled();
  await stake.healChains();
  await expect(alert).toBeHidden();
  await expect(page.getByText(/^Showing \d+ of \d+ transactions$/)).toBeVisible();
});

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 800 } });
  test("the portfolio, history, rewards and yield pages do not overflow the page", async ({ page }) => {
    const dash = new DashboardsPage(page);
    await page.goto("/portfolio");
    await page.getByRole("button", { name: "Use the demo wallet" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Totals" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await dash.open("History");
    await expect(page.getByRole("button", { name: "Download CSV" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const path of ["/rewards", "/rewards/yield"]) {
      await page.goto(path);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
  });

  test("stake (with its route cards), restake and liquidity do not overflow the page: their tables are cards", async ({ page }) => {
    const stake = new StakePage(page);
    await stake.goto();
    await stake.connectDemoWallet();
    await stake.stakeAmount.fill("10");
    await expect(page.getByTestId("stake-via-pool-amount")).toHaveText(/\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "/stake").toBeLessThanOrEqual(375);
    await stake.tab("Unstake").click();
    await expect(stake.requestsRegion).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "/stake unstake").toBeLessThanOrEqual(375);
    for (const path of ["/restake", "/liquidity"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    }
  });
});

// axe-core on the dashboards in both themes, connected: no serious or critical WCAG 2.1 A/AA issue.
for (const theme of ["light", "dark"] as const) {
  test(`the dashboards pass axe in the ${theme} theme`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: theme });
    const header = new WalletHeader(page);
    await header.goto("/");
    await header.connectDemo();
    for (const path of ["/portfolio", "/history", "/rewards", "/rewards/yield"]) {
      await header.goto(path);
      await expect(header.walletButton).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      // Open every table alternative, so axe checks the tables too.
      for (const summary of await page.getByText("Show the data as a table").all()) await summary.click();
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const blocking = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
      expect.soft(blocking, `${path} (${theme})\n${blocking.join("\n")}`).toEqual([]);
    }
  });
}
