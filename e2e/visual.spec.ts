import { expect, test } from "@playwright/test";
import { pauseSimulatedTime } from "./pages/sim-handle";
import { WalletHeader } from "./pages/wallet-header";

// A visual check of every route at a desktop and a phone width, against committed baselines
// (e2e/visual.spec.ts-snapshots/, updated deliberately with `npx playwright test
// e2e/visual.spec.ts --update-snapshots` on this machine's Chromium). What is compared is the
// server-rendered page — layout, navigation, headings, explanations, skeletons — which is the
// same for every visit; live numbers and simulated time would make a pixel comparison flaky.
// A small tolerance absorbs anti-aliasing; a moved or broken layout does not pass.

const ROUTES = ["/", "/stake", "/liquidity", "/restake", "/governance", "/rewards", "/rewards/yield", "/portfolio", "/history", "/settings"];
const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900 },
  { name: "phone", width: 375, height: 812 },
];

test.use({ javaScriptEnabled: false });

for (const vp of VIEWPORTS) {
  for (const route of ROUTES) {
    test(`${route} looks as it should at ${vp.width} px`, async ({ page }) => {
      await page.setViewportSize({ width: vp.width, height: vp.height });
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
      await page.goto(route);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const name = `${route === "/" ? "dashboard" : route.slice(1).replace(/\//g, "-")}-${vp.name}.png`;
      await expect(page).toHaveScreenshot(name, { fullPage: true, animations: "disabled", maxDiffPixelRatio: 0.01 });
    });
  }
}

// Connected (demo wallet) at a phone width: the pages whose layout changes most once a wallet
// holds something — balances, forms with amounts, positions — which the server-rendered pass
// above never shows. These run the app: the simulated clock is paused as soon as the simulator
// is up, and what still differs from one visit to the next is masked (the demo wallet's random
// addresses, times, the clock-driven numbers and chart lines; toasts are closed), so what is compared is the
// layout around them. The same tolerance as above.
const CONNECTED_ROUTES = ["/stake", "/restake", "/portfolio", "/liquidity"];

test.describe("connected", () => {
  test.use({ javaScriptEnabled: true });

  for (const route of CONNECTED_ROUTES) {
    test(`${route} connected looks as it should at 375 px`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "reduce" });
      const header = new WalletHeader(page);
      await header.goto(route);
      await pauseSimulatedTime(page);
      await header.connectDemo();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      // The toasts sit over the page's top (where they cannot cover a form's button); what they
      // say is tested elsewhere, so they are closed rather than masked over the heading.
      const notifications = page.getByRole("region", { name: "Notifications" });
      await expect(notifications.getByRole("listitem").first()).toBeVisible();
      while ((await notifications.getByRole("listitem").count()) > 0) await notifications.getByRole("button", { name: /^Dismiss notification/ }).first().click();
      // Below-the-fold sections skip layout until they near the viewport (content-visibility),
      // so a full-page shot would catch them laid out or not depending on timing: lay them all out.
      await page.addStyleTag({ content: ".render-when-near { content-visibility: visible !important; }" });
      const name = `${route.slice(1)}-connected-phone.png`;
      await expect(page).toHaveScreenshot(name, {
        fullPage: true,
        animations: "disabled",
        maxDiffPixelRatio: 0.01,
        mask: [
          header.walletButton,
          page.locator("time"),
          page.locator("data"),
          page.locator("figure svg"),
          page.getByText(/\b(milk|osmo|celestia|bbn|init)1[0-9a-z]{3,}/),
        ],
      });
    });
  }
});
