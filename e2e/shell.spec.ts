import { expect, test, type Locator, type Page } from "@playwright/test";

// The server-rendered shell: routes, headings in the HTML, navigation by keyboard, the mobile
// menu, the theme toggle and the not-found page. Role-based locators; no fixed sleeps.

const ROUTES = [
  { path: "/", h1: "MilkyWay", nav: "Dashboard" },
  { path: "/stake", h1: "Stake", nav: "Stake" },
  { path: "/liquidity", h1: "Liquidity", nav: "Liquidity" },
  { path: "/restake", h1: "Restake", nav: "Restake" },
  { path: "/governance", h1: "Governance", nav: "Governance" },
  { path: "/rewards", h1: "Rewards", nav: "Rewards" },
  { path: "/settings", h1: "Settings", nav: null },
] as const;

/** A thin page object for the shell around every route. */
class Shell {
  constructor(readonly page: Page) {}

  /** The primary nav that is showing: the header bar on wide screens, the open menu on narrow ones. */
  get mainNav(): Locator {
    return this.page.getByRole("navigation", { name: "Main" });
  }

  navLink(name: string): Locator {
    return this.mainNav.getByRole("link", { name, exact: true });
  }

  get menuButton(): Locator {
    return this.page.getByRole("button", { name: "Menu", exact: true });
  }

  get themeToggle(): Locator {
    return this.page.getByRole("button", { name: "Dark mode", exact: true });
  }

  heading(name: string): Locator {
    return this.page.getByRole("heading", { level: 1, name, exact: true });
  }

  /**
   * The network badge only renders once the client has hydrated and read the saved network
   * mode, so seeing it means the interactive parts of the header are live.
   */
  async waitForHydration(): Promise<void> {
    await expect(this.page.getByRole("link", { name: /^Simulator\b/ })).toBeVisible();
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.waitForHydration();
  }
}

test("the dashboard is server-rendered with its heading and explanation", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  const html = await response!.text();
  expect(html).toContain("MilkyWay");
  await expect(page.getByRole("heading", { level: 1, name: "MilkyWay" })).toBeVisible();
  await expect(page.getByText("bundled protocol simulator")).toBeVisible();
});

for (const route of ROUTES) {
  test(`${route.path} answers 200 with its h1 and skeletons in the server HTML`, async ({ page }) => {
    const response = await page.goto(route.path);
    expect(response?.status()).toBe(200);
    const html = await response!.text();
    expect(html).toMatch(new RegExp(`<h1[^>]*>${route.h1}</h1>`));
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain("Skip to content");

    const shell = new Shell(page);
    await expect(shell.heading(route.h1)).toBeVisible();
    if (route.nav) {
      expect(html).toMatch(new RegExp(`<a[^>]*aria-current="page"[^>]*>${route.nav}</a>`));
      await expect(shell.navLink(route.nav)).toHaveAttribute("aria-current", "page");
    }
    for (const other of ROUTES) {
      if (other.nav && other.nav !== route.nav) {
        await expect(shell.navLink(other.nav)).not.toHaveAttribute("aria-current", "page");
      }
    }
  });
}

test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
  const shell = new Shell(page);
  await shell.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
});

test("the primary navigation works from the keyboard", async ({ page }) => {
  const shell = new Shell(page);
  await shell.goto("/");
  const stake = shell.navLink("Stake");
  // Tab through the header until the Stake link has focus (skip link, logo, Dashboard, Stake).
  for (let i = 0; i < 10 && !(await stake.evaluate((el) => el === document.activeElement)); i += 1) {
    await page.keyboard.press("Tab");
  }
  await expect(stake).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/stake$/);
  await expect(shell.heading("Stake")).toBeVisible();
  await expect(stake).toHaveAttribute("aria-current", "page");
  await expect(shell.navLink("Dashboard")).not.toHaveAttribute("aria-current", "page");
});

test.describe("at 375 px wide", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the mobile menu opens, closes with Escape, and closes after navigating", async ({ page }) => {
    const shell = new Shell(page);
    await shell.goto("/");
    const menu = shell.menuButton;

    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(shell.mainNav).toBeHidden();

    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(shell.navLink("Governance")).toBeVisible();
    await expect(shell.navLink("Dashboard")).toHaveAttribute("aria-current", "page");

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(shell.mainNav).toBeHidden();
    await expect(menu).toBeFocused();

    // Keyboard only: open with Enter, Tab into the list, follow a link.
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await expect(shell.navLink("Dashboard")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(shell.navLink("Stake")).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(shell.navLink("Restake")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/restake$/);
    await expect(shell.heading("Restake")).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(shell.mainNav).toBeHidden();
  });

  test("nothing overflows horizontally", async ({ page }) => {
    const shell = new Shell(page);
    for (const route of ROUTES) {
      await shell.goto(route.path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal overflow on ${route.path}`).toBeLessThanOrEqual(0);
    }
  });
});

test("the theme toggle switches dark mode and the choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  const shell = new Shell(page);
  const html = page.locator("html");
  await shell.goto("/");

  await expect(html).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(shell.themeToggle).toHaveAttribute("aria-pressed", "false");

  await shell.themeToggle.click();
  await expect(html).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(shell.themeToggle).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await shell.waitForHydration();
  await expect(html).toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(shell.themeToggle).toHaveAttribute("aria-pressed", "true");

  // And back: light is remembered even though it is also the system setting here.
  await shell.themeToggle.click();
  await expect(html).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await page.reload();
  await shell.waitForHydration();
  await expect(html).not.toHaveClass(/(^|\s)dark(\s|$)/);
  await expect(shell.themeToggle).toHaveAttribute("aria-pressed", "false");
});

test("with no saved choice the theme follows the system before any app code runs", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  // Keep the app's JavaScript from loading: only the inline script in <head> can set the class,
  // which is what keeps a dark page from flashing light before hydration.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/(^|\s)dark(\s|$)/);
});

test("an unknown route renders the not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  const html = await response!.text();
  expect(html).toContain("Page not found");
  const shell = new Shell(page);
  await expect(shell.heading("Page not found")).toBeVisible();
  await page.getByRole("link", { name: "Go to the dashboard" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(shell.heading("MilkyWay")).toBeVisible();
});

// Console errors are what a user's devtools and monitoring see first: a missing favicon and an
// unrecognised Permissions-Policy feature used to log on every page.
test("no page logs a console error, with the simulator loaded and a wallet connected", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on("response", (r) => {
    if (r.status() >= 400 && new URL(r.url()).origin === new URL(page.url() || "http://x").origin) errors.push(`${r.status()} ${r.url()}`);
  });
  for (const path of ["/", "/stake", "/restake", "/governance", "/rewards", "/rewards/yield", "/portfolio", "/history", "/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Wait for the simulator-backed islands, which is when late errors would log.
    await page.waitForFunction(() => Boolean((window as unknown as { __milkywaySim?: unknown }).__milkywaySim));
  }
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /favicon\.svg/);
  expect(await (await page.request.get("/manifest.webmanifest")).json()).toMatchObject({ short_name: "MilkyWay" });
  expect(errors).toEqual([]);
});
