import { expect, test } from "@playwright/test";
import { SimControlsPanel } from "./pages/sim-controls-panel";
import { WalletBalances } from "./pages/wallet-balances";
import { WalletHeader } from "./pages/wallet-header";

// The wallet button and dialog, the dashboard overview, the toaster and the simulator
// controls, as a new user in simulator mode. Every test starts in a fresh browser context
// (fresh world, no demo wallet). Role-based locators; no fixed sleeps.

const DAY_MS = 86_400_000;

test("the connect dialog is labelled and works from the keyboard", async ({ page }) => {
  const wallet = new WalletHeader(page);
  await wallet.goto("/");

  await wallet.connectButton.focus();
  await page.keyboard.press("Enter");
  await expect(wallet.dialog).toBeVisible();
  await expect(wallet.dialog).toHaveAccessibleDescription(/simulator/);

  // The demo wallet comes first, has focus, and says what it is.
  const demo = wallet.option("Demo wallet");
  await expect(demo).toBeFocused();
  await expect(demo).toHaveAccessibleDescription(/Test keys kept in this browser — simulator only/);
  // Keplr and Leap are offered too (e2e/keplr.spec.ts connects Keplr); they say what happens.
  await expect(wallet.option("Keplr")).not.toHaveAttribute("aria-disabled", "true");
  await expect(wallet.option("Keplr")).toHaveAccessibleDescription(/it will be asked to add the simulated chains/);
  await expect(wallet.option("Leap")).not.toHaveAttribute("aria-disabled", "true");
  await expect(wallet.option("Leap")).toHaveAccessibleDescription(/Leap was sunset in May 2026; only if you still have the extension/);

  // Focus is trapped: Tab and Shift+Tab cycle inside the dialog.
  const focusInsideDialog = () => wallet.dialog.evaluate((d) => d.contains(document.activeElement));
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press("Tab");
    expect(await focusInsideDialog()).toBe(true);
  }
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press("Shift+Tab");
    expect(await focusInsideDialog()).toBe(true);
  }

  // Escape closes and gives focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(wallet.dialog).toBeHidden();
  await expect(wallet.connectButton).toBeFocused();

  // Connect with the keyboard alone; focus lands on the new address button.
  await page.keyboard.press("Enter");
  await expect(demo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(wallet.dialog).toBeHidden();
  await expect(wallet.walletButton).toBeFocused();
  await expect(wallet.walletButton).toHaveText(/milk1[02-9ac-hj-np-z]{5}…[02-9ac-hj-np-z]{4}/);

  // The menu opens from the keyboard on its first item and Escape returns to the button.
  await page.keyboard.press("Enter");
  await expect(wallet.menuItem("Copy Celestia address")).toBeFocused();
  await page.keyboard.press("End");
  await expect(wallet.menuItem("Disconnect")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(wallet.menu).toBeHidden();
  await expect(wallet.walletButton).toBeFocused();
});

test("connecting the demo wallet shows its address and funded balances on the dashboard", async ({ page }) => {
  const wallet = new WalletHeader(page);
  const balances = new WalletBalances(page);
  await wallet.goto("/");
  await expect(balances.callToAction).toBeVisible();

  await wallet.connectDemo();
  await expect(wallet.walletButton).toContainText(/milk1\w{5}…\w{4}/);
  // The new user is told what arrived.
  await expect(page.getByText("Demo wallet funded with test tokens", { exact: true })).toBeVisible();
  await expect(page.getByText(/1,000 TIA on Celestia; 100 OSMO and 500 TIA on Osmosis;/)).toBeVisible();

  // DEMO_FUNDING, exactly.
  await balances.expectBalance("TIA on Celestia", "1,000");
  await balances.expectBalance("TIA on Osmosis", "500");
  await balances.expectBalance("milkTIA on Osmosis", "0");
  await balances.expectBalance("milkTIA on Celestia", "0");
  await balances.expectBalance("milkTIA on MilkyWay", "200");
  await balances.expectBalance("MILK on MilkyWay", "2,000");
  await balances.expectBalance("BABY on Babylon", "20,000");
  await balances.expectBalance("BABY on MilkyWay", "20,000");
  await balances.expectBalance("INIT on Initia", "1,000");
  await balances.expectBalance("INIT on Moo", "500");

  // Each LST's redemption rate and contract status is on the dashboard too.
  const rates = page.getByRole("region", { name: "Liquid staking tokens" });
  for (const symbol of ["milkTIA", "milkBABY", "milkINIT"]) {
    const card = rates.getByRole("listitem").filter({ has: page.getByRole("heading", { name: symbol, exact: true }) });
    await expect(card).toContainText(new RegExp(`1 ${symbol} = \\d+\\.\\d{6} `));
    await expect(card.getByText(/^(Accepting stakes|Contract stopped)$/)).toBeVisible();
  }
});

test("copying an address shows a toast that can be closed", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const wallet = new WalletHeader(page);
  await wallet.goto("/");
  await wallet.connectDemo();
  await wallet.openMenu();
  await wallet.menuItem("Copy Osmosis address").click();

  const toasts = page.getByRole("region", { name: "Notifications" });
  const toast = toasts.getByRole("listitem").filter({ hasText: "Copied your Osmosis address" });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(/osmo1\w{38}/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^osmo1\w{38}$/);
  await toast.getByRole("button", { name: /^Dismiss notification/ }).click();
  await expect(toast).toBeHidden();
});

test("a disconnect is remembered across a reload; a connection is restored", async ({ page }) => {
  const wallet = new WalletHeader(page);
  const sim = new SimControlsPanel(page);
  await wallet.goto("/");
  await wallet.connectDemo();
  const address = await wallet.walletButton.textContent();

  // Connected: a reload reconnects the same demo wallet by itself.
  await page.reload();
  await wallet.waitForHydration();
  await expect(wallet.walletButton).toHaveText(address!);

  await wallet.disconnect();
  expect(await page.evaluate(() => localStorage.getItem("cosmos-kit@2:core//current-wallet"))).toBeNull();

  await page.reload();
  await wallet.waitForHydration();
  // By the time the simulator has loaded, a reconnect would have started; none does.
  await sim.waitUntilReady();
  await expect(new WalletBalances(page).callToAction).toBeVisible();
  await expect(wallet.connectButton).toBeVisible();
  await expect(wallet.walletButton).toHaveCount(0);
});

test("a wallet session does not end after 30 minutes (cosmos-kit's default expiry is off)", async ({ page }) => {
  await page.clock.install();
  const wallet = new WalletHeader(page);
  await wallet.goto("/");
  await wallet.connectDemo();
  const address = await wallet.walletButton.textContent();
  // cosmos-kit's session timer would have fired at 30 minutes after the last account change.
  await page.clock.fastForward("31:00");
  await page.clock.fastForward("31:00");
  await expect(wallet.walletButton).toHaveText(address!);
  expect(await page.evaluate(() => localStorage.getItem("cosmos-kit@2:core//current-wallet"))).toBe("milkyway-demo");
  await page.reload();
  await expect(wallet.walletButton).toHaveText(address!);
});

test("advancing 3 days moves the simulated date by 3 days", async ({ page }) => {
  const sim = new SimControlsPanel(page);
  await page.goto("/");
  await sim.waitUntilReady();
  await expect(sim.speed("1×")).toBeChecked();

  const before = await sim.simulatedMs();
  await sim.advance(3).click();
  await expect.poll(() => sim.simulatedMs()).toBeGreaterThanOrEqual(before + 3 * DAY_MS);
  await expect(sim.advance(3)).toBeEnabled();
  const after = await sim.simulatedMs();
  // At 1× the clock adds only the test's own seconds on top of the 3 days.
  expect(after - before).toBeLessThan(3 * DAY_MS + 120_000);

  const expectedDay = await page.evaluate(
    (ms) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(ms)),
    after,
  );
  await expect(sim.time).toContainText(expectedDay);
});

test("days shown as advanced survive an immediate reload", async ({ page }) => {
  const sim = new SimControlsPanel(page);
  await page.goto("/");
  await sim.waitUntilReady();
  const before = await sim.simulatedMs();
  await sim.advance(3).click();
  await expect.poll(() => sim.simulatedMs()).toBeGreaterThanOrEqual(before + 3 * DAY_MS);
  // Straight away, before any debounce could have saved: the world restored is the one shown.
  await page.reload();
  await sim.waitUntilReady();
  expect(await sim.simulatedMs()).toBeGreaterThanOrEqual(before + 3 * DAY_MS);
});

test("the fault switch 'reject next tx' shows as active, and clear all turns it off", async ({ page }) => {
  const sim = new SimControlsPanel(page);
  await page.goto("/settings");
  await sim.waitUntilReady();

  const reject = sim.faultSwitch("Reject next transaction");
  await expect(reject).toHaveAttribute("aria-checked", "false");
  await expect(reject).toHaveAccessibleDescription(/refused by the node/);
  await reject.click();
  await expect(reject).toHaveAttribute("aria-checked", "true");
  const row = sim.panel.getByRole("listitem").filter({ has: page.getByRole("switch", { name: "Reject next transaction", exact: true }) });
  await expect(row.getByText("Active", { exact: true })).toBeVisible();

  await sim.clearFaults.click();
  await expect(reject).toHaveAttribute("aria-checked", "false");
  await expect(sim.clearFaults).toBeDisabled();
});

test("a damaged simulator save shows a banner, and 'Start a fresh world' clears it", async ({ page }) => {
  const sim = new SimControlsPanel(page);
  await sim.writeGarbageSave();

  await page.goto("/");
  await expect(sim.corruptBanner).toBeVisible();
  await expect(sim.corruptBanner).toContainText("not readable");
  // Nothing else may change the world until the user decides.
  await expect(sim.advance(1)).toBeDisabled();

  await sim.startFreshWorld.click();
  await expect(sim.corruptBanner).toBeHidden();
  await expect(sim.advance(1)).toBeEnabled();

  // The fresh world was saved over the damaged one.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const req = indexedDB.open("milkyway-sim", 1);
            req.onsuccess = () => {
              const get = req.result.transaction("kv", "readonly").objectStore("kv").get("world");
              get.onsuccess = () => resolve(String(get.result ?? "").slice(0, 1));
            };
          }),
      ),
    )
    .toBe("{");
  await page.reload();
  await sim.waitUntilReady();
  await expect(sim.corruptBanner).toBeHidden();
});

test("in live mode the demo wallet is not offered, and a bad RPC URL is refused next to its field", async ({ page }) => {
  const wallet = new WalletHeader(page);
  await wallet.goto("/settings");
  await page.getByRole("radio", { name: "Live", exact: true }).check();
  await expect(page.getByRole("link", { name: /^Live\b/ })).toBeVisible();

  const rpc = page.getByRole("group", { name: "Osmosis" }).getByRole("textbox", { name: "RPC endpoint" });
  await rpc.fill("ftp://example.com");
  await page.getByRole("button", { name: "Save live settings" }).click();
  await expect(rpc).toHaveAttribute("aria-invalid", "true");
  await expect(rpc).toBeFocused();
  await expect(rpc).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  // A well-formed URL is asked for its status: this node serves another chain than the one set.
  await rpc.fill("http://127.0.0.1:26757/osmosis-sim-1");
  await page.getByRole("button", { name: "Save live settings" }).click();
  await expect(rpc).toHaveAccessibleDescription(/This endpoint serves osmosis-sim-1, not osmosis-1\./);
  await expect(page.getByText("Not saved: an endpoint did not check out.")).toBeVisible();
  await page.getByRole("group", { name: "Osmosis" }).getByRole("textbox", { name: "Chain-id" }).fill("osmosis-sim-1");
  await page.getByRole("button", { name: "Save live settings" }).click();
  await expect(page.getByText("Saved. Live mode uses these chain-ids and endpoints.")).toBeVisible();

  await wallet.connectButton.click();
  await expect(wallet.dialog).toBeVisible();
  await expect(wallet.option("Demo wallet")).toHaveCount(0);
  await expect(wallet.option("Keplr")).toBeFocused();
  await expect(wallet.option("Keplr")).not.toHaveAttribute("aria-disabled", "true");
  await page.keyboard.press("Escape");

  // Back to the simulator for whoever uses this browser profile next.
  await page.getByRole("radio", { name: "Simulator", exact: true }).check();
  await expect(page.getByRole("link", { name: /^Simulator\b/ })).toBeVisible();
});

test("the simulator's time controls are one click away on every page", async ({ page }) => {
  const sim = new SimControlsPanel(page);
  await page.goto("/restake");
  const dock = page.getByRole("button", { name: /^Simulator time/ });
  await dock.click();
  await expect(dock).toHaveAttribute("aria-expanded", "true");
  await sim.waitUntilReady();
  const before = await sim.simulatedMs();
  await sim.advance(1).click();
  await expect.poll(() => sim.simulatedMs()).toBeGreaterThanOrEqual(before + DAY_MS);
  await page.keyboard.press("Escape");
  await expect(sim.panel).toBeHidden();
  await expect(dock).toBeFocused();
  // The dashboard shows the controls in the page, so no dock there.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(sim.panel).toBeVisible();
  await expect(dock).toHaveCount(0);
});
