import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { StakePage } from "./pages/stake-page";
import { WalletHeader } from "./pages/wallet-header";

// axe-core on every route (disconnected and connected, light and dark) and on the dialogs a user
// meets: no serious or critical violation of WCAG 2.1 A/AA. A failure lists the rule, its impact
// and the offending nodes, so it reads as a bug report.

const ROUTES = ["/", "/stake", "/liquidity", "/restake", "/governance", "/rewards", "/rewards/yield", "/portfolio", "/history", "/settings"];
const BLOCKING = new Set(["serious", "critical"]);
const DIALOG = "dialog[open]";

async function expectNoSeriousViolations(page: Page, what: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const blocking = violations
    .filter((v) => BLOCKING.has(v.impact ?? ""))
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  // Soft, so one run reports every route and dialog that fails, not only the first.
  expect.soft(blocking, `${what}\n${blocking.join("\n")}`).toEqual([]);
}

/** Waits until the route's client islands replaced their skeletons, so axe sees the real UI. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}

for (const theme of ["light", "dark"] as const) {
  test(`every route in the ${theme} theme, before and after connecting the demo wallet`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: theme });
    const header = new WalletHeader(page);
    for (const path of ROUTES) {
      await header.goto(path);
      await settle(page);
      await expectNoSeriousViolations(page, `${path} (${theme}, disconnected)`);
    }
    await header.goto("/");
    await header.connectDemo();
    for (const path of ROUTES) {
      await header.goto(path);
      await expect(header.walletButton).toBeVisible();
      await settle(page);
      await expectNoSeriousViolations(page, `${path} (${theme}, connected)`);
    }
  });
}

test("the dialogs: connect, wallet menu, recovery phrase, stake confirmation, mobile menu", async ({ page }) => {
  test.setTimeout(90_000);
  const header = new WalletHeader(page);
  const stake = new StakePage(page);
  await stake.goto();
  await header.waitForHydration();

  await header.connectButton.click();
  await expect(header.dialog).toBeVisible();
  await expectNoSeriousViolations(page, "connect dialog", DIALOG);
  await header.option("Demo wallet").click();
  await expect(header.dialog).toBeHidden();

  await header.openMenu();
  await expectNoSeriousViolations(page, "wallet menu", '[role="menu"]');
  await page.keyboard.press("Escape");

  await stake.pauseSimulatedTime();
  await stake.stakeAmount.fill("1");
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await expect(confirm).toBeVisible();
  await expectNoSeriousViolations(page, "stake confirmation", DIALOG);
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();

  await page.setViewportSize({ width: 375, height: 740 });
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expectNoSeriousViolations(page, "mobile menu at 375 px");
});
