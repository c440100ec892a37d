import { expect, test } from "@playwright/test";

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
