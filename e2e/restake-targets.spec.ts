import { expect, test, type Locator } from "@playwright/test";
import { MilkStakingSection, RestakePage } from "./pages/restake-page";

// Operators and services as delegation targets, USD values and APR from the chain's oracle,
// per-pool trust, and the MILK staking balance refusal.

/** "1,234.56" (any number of decimals) → integer hundred-millionths, exact. */
function toE8(text: string): bigint {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(text);
  if (!m) throw new Error(`no number in ${JSON.stringify(text)}`);
  return BigInt(m[1].replace(/,/g, "") + (m[2] ?? "").padEnd(8, "0").slice(0, 8));
}

const cellText = async (row: Locator, i: number) => (await row.getByRole("cell").nth(i).textContent()) ?? "";

test("delegate milkTIA to an operator and to a service", async ({ page }) => {
  const r = new RestakePage(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  await r.target("delegate").selectOption({ label: "Operator · Nebula Restake" });
  await expect(page.getByRole("tabpanel")).toContainText("Estimated APR");
  await r.amount("delegate").fill("12.5");
  await r.submit("delegate").click();
  const c1 = r.dialog("Confirm delegation");
  await expect(c1).toContainText("Operator · Nebula Restake");
  await expect(c1).toContainText("12.5 milkTIA");
  await expect(c1).toContainText("milkyway-sim-1");
  await c1.getByRole("button", { name: "Delegate now" }).click();
  await expect(r.delegationRow("Operator · Nebula Restake")).toContainText("12.5 milkTIA");

  await r.target("delegate").selectOption({ label: "Service · Milky Oracle" });
  await r.amount("delegate").fill("7");
  await r.submit("delegate").click();
  const c2 = r.dialog("Confirm delegation");
  await expect(c2).toContainText("Service · Milky Oracle");
  await expect(c2).toContainText("7 milkTIA");
  await c2.getByRole("button", { name: "Delegate now" }).click();
  await expect(r.delegationRow("Service · Milky Oracle")).toContainText("7 milkTIA");
  await expect(r.accountFact("milkTIA balance")).toHaveText("180.5");
});

test("staking more MILK than held is refused with a clear message before any prompt", async ({ page }) => {
  const r = new RestakePage(page);
  const milk = new MilkStakingSection(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  await milk.amount.fill("2000.000001");
  await expect(milk.form.getByText(/^That is more than your balance of [\d,.]+ MILK\.$/)).toBeVisible();
  await expect(milk.amount).toHaveAttribute("aria-invalid", "true");
  await expect(milk.stake).toBeDisabled();
  await milk.amount.press("Enter");
  await expect(page.getByRole("dialog", { name: "Confirm: stake" })).toBeHidden();
});

test("USD TVL and APR follow the oracle price × amount, and say 'no price' when there is none", async ({ page }) => {
  const r = new RestakePage(page);
  await r.goto();
  await r.pauseSimulatedTime();

  // The prices the page uses are stated; read milkTIA's and MILK's.
  const note = page.getByText(/USD values use the MilkyWay chain's own oracle prices/);
  await expect(note).toContainText(/milkTIA \$\d/);
  const noteText = (await note.textContent()) ?? "";
  const milkTiaPrice = toE8(/milkTIA \$([\d.]+)/.exec(noteText)![1]);
  const milkPrice = toE8(/MILK \$([\d.]+)/.exec(noteText)![1]);

  // Pool 1: USD = price × tokens. Tokens are shown floored to 0.01, so allow that much.
  const pool = page.getByRole("table", { name: "Pools" }).getByRole("row", { name: /^Pool 1\b/ });
  await expect(pool.getByRole("cell").nth(2)).toContainText("$");
  const tokensE8 = toE8(await cellText(pool, 1));
  const usdE8 = toE8(await cellText(pool, 2));
  const expected = (tokensE8 * milkTiaPrice) / 100_000_000n;
  const slack = milkTiaPrice / 100n + 1_000_000n; // 0.01 token × price, plus one cent
  expect(usdE8 >= expected - slack && usdE8 <= expected + slack, `pool 1: ${usdE8} vs ${expected}`).toBe(true);
  await expect(pool.getByRole("cell").nth(3)).toHaveText(/^\d+\.\d{1,2}%$/);

  // A service: delegating to it directly earns the MILK its plans hand direct delegators (the
  // plan's users weight), over a year, at the MILK price, over what is delegated directly.
  const svc = page.getByRole("table", { name: "Services" }).getByRole("row", { name: /^Blobstream Bridge/ });
  await expect(svc.getByRole("cell").nth(7)).toHaveText(/^\d+(\.\d{1,2})?%$/);
  const directPerDay = toE8(await cellText(svc, 5));
  const direct = toE8(await cellText(svc, 6));
  const aprE8 = toE8(await cellText(svc, 7)); // percent × 10^8
  const expectedApr = (directPerDay * 365n * milkPrice * 100n) / direct; // percent × 10^8
  // The per-day cell is rounded to whole MILK, the value to cents: allow 0.5 %.
  const slackApr = expectedApr / 200n + 1_000_000n;
  expect(aprE8 <= expectedApr + slackApr && aprE8 >= expectedApr - slackApr, `APR ${aprE8} vs ${expectedApr}`).toBe(true);

  // The Yield page gives the same APR for the same targets.
  const shownApr = (await cellText(svc, 7)).trim();
  const pool1Apr = (await pool.getByRole("cell").nth(3).textContent())?.trim();
  // In-app navigation keeps the paused clock, so both pages read the same chain state.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Rewards", exact: true }).click();
  await page.getByRole("navigation", { name: "Rewards sections" }).getByRole("link", { name: "Yield", exact: true }).click();
  const yieldTable = page.getByRole("table", { name: "Restaking APR estimates" });
  await expect(yieldTable.getByRole("row", { name: /^Service · Blobstream Bridge/ }).getByRole("cell").nth(1)).toHaveText(shownApr);
  await expect(yieldTable.getByRole("row", { name: /^Pool 1 · milkTIA/ }).getByRole("cell").nth(1)).toHaveText(pool1Apr!);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Restake", exact: true }).click();

  // Removing the TIA price turns pool 2's value into "No price" instead of $0.
  // The chain loses its TIA/USD feed (the simulator's sim_price control, also on the devnet).
  await page.evaluate(() => window.__milkywaySim!.rpc("milkyway-sim-1", { jsonrpc: "2.0", id: 1, method: "sim_price", params: { ticker: "TIA", price: "0" } }));
  const pool2 = page.getByRole("table", { name: "Pools" }).getByRole("row", { name: /^Pool 2\b/ });
  await expect(pool2.getByRole("cell").nth(2)).toHaveText("No price for TIA");
  await expect(pool2.getByRole("cell").nth(3)).toHaveText("No price for TIA");
});

test("per-pool trust: trust a service with one pool only, with the consequence spelled out", async ({ page }) => {
  const r = new RestakePage(page);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  await r.target("delegate").selectOption({ label: "Pool 1 · milkTIA" });
  await r.amount("delegate").fill("30");
  await r.submit("delegate").click();
  await r.dialog("Confirm delegation").getByRole("button", { name: "Delegate now" }).click();
  await expect(r.delegationRow("Pool 1 · milkTIA")).toContainText("Earning nothing");
  await expect(r.trustForm).toContainText("Pool 1 · milkTIA (you have 30 milkTIA): earns nothing from any service.");

  // Trust Rollup Sequencer with pool 2 only: pool 1 still earns nothing.
  await r.trustPairBox("Rollup Sequencer", "Pool 2 · TIA").check();
  // Some of its pools only: the service-wide box is mixed, not checked.
  await expect(r.trustBox("Rollup Sequencer")).toBeChecked({ indeterminate: true });
  await expect(r.trustBox("Rollup Sequencer")).toHaveAccessibleDescription("Trusted with 1 of its 2 pools");
  await expect(r.trustPairBox("Rollup Sequencer", "Pool 1 · milkTIA")).not.toBeChecked();
  await expect(r.trustForm).toContainText("Pool 1 · milkTIA (you have 30 milkTIA): earns nothing from any service.");
  await expect(r.trustForm).toContainText("Pool 2 · TIA (no delegation yet): earns from Rollup Sequencer.");

  // Now with pool 1 too, via the keyboard.
  await r.trustPairBox("Rollup Sequencer", "Pool 1 · milkTIA").focus();
  await page.keyboard.press("Space");
  await expect(r.trustForm).toContainText("Pool 1 · milkTIA (you have 30 milkTIA): earns from Rollup Sequencer.");
  await r.trustPairBox("Rollup Sequencer", "Pool 2 · TIA").uncheck();
  await r.saveTrust.click();

  const services = page.getByRole("table", { name: "Services" });
  await expect(services.getByRole("row", { name: /^Rollup Sequencer/ })).toContainText("Pool 1 only");
  await expect(r.delegationRow("Pool 1 · milkTIA")).not.toContainText("Earning nothing");
  await expect(r.saveTrust).toBeDisabled();

  // The whole service: every pool.
  await r.trustBox("Blobstream Bridge").check();
  await r.saveTrust.click();
  await expect(services.getByRole("row", { name: /^Blobstream Bridge/ })).toContainText("Yes");
});

test("an unreachable MilkyWay shows a read error with Retry, and the page recovers", async ({ page }) => {
  const r = new RestakePage(page);
  const fault = (params: Record<string, unknown>) =>
    page.evaluate((p) => window.__milkywaySim!.rpc("milkyway-sim-1", { jsonrpc: "2.0", id: 1, method: "sim_fault", params: p }), params);
  await r.goto();
  await r.pauseSimulatedTime();
  await r.connectDemoWallet();

  await fault({ rpcError: "connection refused", chainId: "milkyway-sim-1" });
  const alert = page.getByRole("alert").filter({ hasText: "Restaking data on MilkyWay (milkyway-sim-1) could not be loaded" });
  // Read wording (the node's own words), not a failed transaction's.
  await expect(alert).toContainText("The node reported an error: connection refused", { timeout: 20_000 });
  await expect(alert.getByRole("button", { name: "Retry" })).toBeEnabled();

  // Healing announces a world change: the failed reads run again on their own.
  await fault({ clear: true });
  await expect(alert).toBeHidden();
});
