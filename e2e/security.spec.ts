import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { fact, StakePage } from "./pages/stake-page";

// The app really runs under its Content-Security-Policy (per-request nonces, no 'unsafe-inline'
// or 'unsafe-eval' for scripts) and every response carries the usual security headers.

// Every route of the app (DASH's newer ones included); an unknown path checks the 404 page too.
const ROUTES = ["/", "/stake", "/restake", "/governance", "/rewards", "/settings", "/portfolio", "/history", "/rewards/yield", "/no-such-page"];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [k, ...v] = d.split(/\s+/);
        return [k, v] as [string, string[]];
      }),
  );
}

function nonceOf(res: APIResponse): string {
  const csp = res.headers()["content-security-policy"];
  const m = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? "");
  if (!m) throw new Error(`no nonce in CSP: ${csp}`);
  return m[1];
}

function expectStaticHeaders(res: APIResponse): void {
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["cross-origin-opener-policy"]).toBe("same-origin");
  // `next start` is a production server.
  expect(h["strict-transport-security"]).toMatch(/^max-age=\d+/);
  expect(h["x-powered-by"]).toBeUndefined();
}

test("every route sends the CSP and the security headers; scripts need this request's nonce", async ({ request }) => {
  for (const route of ROUTES) {
    const res = await request.get(route);
    expect([200, 404], route).toContain(res.status());
    expectStaticHeaders(res);
    const d = directives(res.headers()["content-security-policy"] ?? "");
    const scripts = d.get("script-src") ?? [];
    expect(scripts, route).toContain("'strict-dynamic'");
    expect(scripts.join(" "), route).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(d.get("frame-ancestors"), route).toEqual(["'none'"]);
    expect(d.get("object-src"), route).toEqual(["'none'"]);
    expect(d.get("connect-src"), route).toEqual(expect.arrayContaining(["'self'", "https:", "http://127.0.0.1:*", "wss://relay.walletconnect.org"]));

    // Every <script> in the HTML (Next's inline payloads, its chunks, the theme script) carries it.
    const nonce = nonceOf(res);
    const html = await res.text();
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length, route).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, route).toContain(`nonce="${nonce}"`);
  }
  // Static files get the headers too (no CSP needed: they are not documents).
  expectStaticHeaders(await request.get("/sim/genesis.json", { headers: { range: "bytes=0-0" } }));
});

test("a 404 page at a path that looks like a file still carries the CSP", async ({ request }) => {
  for (const path of ["/nope.json", "/robots.txt", "/sim/nope.json", "/favicon.ico"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    expectStaticHeaders(res);
    const d = directives(res.headers()["content-security-policy"] ?? "");
    expect(d.get("script-src") ?? [], path).toContain("'strict-dynamic'");
    expect(d.get("frame-ancestors"), path).toEqual(["'none'"]);
    // The not-found page's scripts run under this response's nonce.
    const nonce = nonceOf(res);
    for (const [tag] of (await res.text()).matchAll(/<script\b[^>]*>/g)) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("the nonce is different on every request", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 4; i++) nonces.add(nonceOf(await request.get("/stake")));
  expect(nonces.size).toBe(4);
  // A prefetch-looking request is no way around the policy.
  for (const headers of [{ "next-router-prefetch": "1" }, { purpose: "prefetch" }] as Record<string, string>[]) {
    expect((await request.get("/stake", { headers })).headers()["content-security-policy"]).toMatch(/'nonce-/);
  }
});

test("the server-rendered shell is in the HTML (pages render per request, not blank)", async ({ request }) => {
  const html = await (await request.get("/stake")).text();
  expect(html).toMatch(/<h1[^>]*>[^<]*Stake/);
  // The theme script runs before paint, with the nonce.
  expect(html).toMatch(/<script nonce="[^"]+">\(function\(\)\{try\{var t=localStorage/);
});

/** Records CSP violations (and console reports of them) from the very first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const consoleReports: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) consoleReports.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)), ...consoleReports];
}

test("connecting the demo wallet and staking runs with no CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  const stake = new StakePage(page);
  await stake.goto();
  await stake.connectDemoWallet();
  await stake.pauseSimulatedTime();
  await stake.stakeAmount.fill("10");
  await expect(stake.preview("You receive")).toHaveText(/milkTIA$/);
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await expect(fact(confirm, "Signed for chain")).toHaveText("osmosis-sim-1");
  // The confirmation shows the network fee before anything is signed.
  await expect(fact(confirm, "Network fee (estimate)")).toHaveText(/^≈ \d+(\.\d+)? \S+$/);
  await confirm.getByRole("button", { name: "Confirm stake" }).click();
  await expect(page.getByText(/^Staked 10 TIA/)).toBeVisible();
  // Client-side navigation and the other screens load their chunks under the policy too.
  for (const [name, path] of [["Restake", "/restake"], ["Governance", "/governance"], ["Rewards", "/rewards"], ["Portfolio", "/portfolio"], ["Dashboard", "/"]] as const) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name, exact: true }).click();
    await page.waitForURL((u) => u.pathname === path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // long.js (inside the Keplr and Leap connectors the wallet island loads) probes WebAssembly for
  // 64-bit multiplication and falls back to plain JS when it may not: the policy keeps WebAssembly
  // compilation off on purpose, so that one blocked probe is the policy working, not a leak.
  expect((await violations()).filter((v) => v.trim() !== "script-src wasm-eval")).toEqual([]);
});

test("the policy is enforced: a script injected into the HTML without the nonce does not run and is reported", async ({ page }) => {
  const violations = await watchViolations(page);
  // What an HTML injection would look like: the real response (its CSP header included) with
  // an inline script that does not carry this request's nonce.
  await page.route("**/stake", async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace("</head>", "<script>window.__injected = true</script></head>");
    await route.fulfill({ response: res, body });
  });
  await page.goto("/stake");
  await expect(page.getByRole("heading", { level: 1, name: "Stake" })).toBeVisible();
  await expect.poll(violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src/)]));
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  // The app's own scripts still ran: the page hydrated (a client-only control works).
  await expect(page.getByRole("combobox", { name: "Asset" })).toBeEnabled();
});
