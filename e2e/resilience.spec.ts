import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { fact, StakePage } from "./pages/stake-page";

// Resilience: never a double submit, two tabs never fight over the simulator, a reload in the
// middle of a one-click stake loses nothing, and live mode says plainly when a node answers
// garbage, stops answering, or a chain stops producing blocks (devnet fault switches).

const DEVNET = `http://127.0.0.1:${process.env.E2E_DEVNET_PORT ?? 26757}`;
const OTHER_TAB = "The simulator is open in another tab";

/** How many transactions an account sent on a simulated chain, as any indexer would count them (tx_search). */
async function txCountFrom(page: Page, chainId: string, address: string): Promise<number> {
  return page.evaluate(
    async ([c, a]) => {
      const sim = (window as unknown as { __milkywaySim: { rpc(c: string, r: object): Promise<{ result?: { total_count: string } }> } }).__milkywaySim;
      const res = await sim.rpc(c, { jsonrpc: "2.0", id: 1, method: "tx_search", params: { query: `message.sender='${a}'`, per_page: "100" } });
      return Number(res.result?.total_count ?? -1);
    },
    [chainId, address] as const,
  );
}

test("a double click on Confirm and Enter while pending broadcast exactly one transaction", async ({ page }) => {
  const stake = await StakePage.ready(page);
  // The tx waits in the mempool until time moves, so "pending" lasts as long as the test needs.
  await stake.setFault({ delayInclusionBlocks: 2 });
  await stake.stakeAmount.fill("10");
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  const sender = (await fact(confirm, "From address").textContent())!.trim();
  await confirm.getByRole("button", { name: "Confirm stake" }).dblclick();

  const submit = page.getByRole("tabpanel").getByRole("button", { name: /^Stake/ });
  await expect(submit).toHaveAttribute("aria-busy", "true");
  await expect(submit).toBeDisabled();
  // Enter in the form while pending opens nothing and sends nothing.
  await stake.stakeAmount.press("Enter");
  await expect(confirm).toBeHidden();

  // "Pending" starts before the broadcast reaches the simulator's mempool; time moved before it
  // arrives includes nothing, so time moves again until the stake is included.
  await expect(async () => {
    await page.evaluate(() => (window as unknown as { __milkywaySim: { advance(s: number): Promise<void> } }).__milkywaySim.advance(30));
    await expect(page.getByText(/^Staked 10 TIA/)).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  expect(await txCountFrom(page, "osmosis-sim-1", sender)).toBe(1);
});

test("two tabs: one runs the simulator, the other says so and can take it over without losing anything", async ({ context }) => {
  const a = await context.newPage();
  const stakeA = new StakePage(a);
  await stakeA.goto();
  await stakeA.connectDemoWallet();
  await expect(a.getByRole("alert", { name: OTHER_TAB })).toHaveCount(0);

  const b = await context.newPage();
  await b.goto("/stake");
  const bannerB = b.getByRole("alert", { name: OTHER_TAB });
  await expect(bannerB).toBeVisible();
  await expect(bannerB).toContainText("cannot send transactions");

  await bannerB.getByRole("button", { name: "Use this tab instead" }).click();
  await expect(bannerB).toBeHidden();
  await expect(a.getByRole("alert", { name: OTHER_TAB })).toBeVisible();
  // B continues from A's last state: the demo wallet's funding made in A is there.
  await expect(new StakePage(b).balance("TIA on Osmosis")).toHaveText("500");

  // And back: A takes it again, still with the same world.
  await a.getByRole("alert", { name: OTHER_TAB }).getByRole("button", { name: "Use this tab instead" }).click();
  await expect(b.getByRole("alert", { name: OTHER_TAB })).toBeVisible();
  await expect(a.getByRole("alert", { name: OTHER_TAB })).toBeHidden();
  await expect(stakeA.balance("TIA on Osmosis")).toHaveText("500");
});

test("a reload while a one-click stake is in flight resumes its progress; nothing is lost", async ({ page }) => {
  const stake = await StakePage.ready(page);
  const progress = await stake.startOneClickStake("5");

  await page.reload();
  await expect(stake.assetSelect).toBeVisible();
  // The packet is found again from the saved stake and the chains.
  await expect(progress).toBeVisible();
  await expect(stake.route(/^One click from Celestia/)).toBeChecked();
  await stake.pauseSimulatedTime();
  await stake.advanceDays(30 / 86_400);
  await expect(progress).toContainText("Done: your milkTIA arrived on Celestia.");
  // The signed transaction survived the reload: 5 TIA plus the fee left Celestia.
  expect(await stake.balanceBase("TIA on Celestia")).toBeLessThan(995_000_000n);
  expect(await stake.balanceBase("milkTIA on Celestia")).toBeGreaterThan(0n);
});

test("a one-click stake is followed whether it was included while the user was away or after they came back", async ({ page }) => {
  const stake = await StakePage.ready(page);
  await stake.sendOneClickStake("5");
  // Away before the (paused) chain includes it; it is included while the Stake screen is gone.
  await stake.navigate("Rewards", /\/rewards$/);
  await stake.advanceUntilIncluded("Stake 5 TIA");

  await stake.navigate("Stake", /\/stake$/);
  const progress = page.getByRole("region", { name: "One-click stake progress" });
  await expect(progress).toBeVisible();
  await stake.advanceDays(30 / 86_400);
  await expect(progress).toContainText("Done: your milkTIA arrived on Celestia.");
  await progress.getByRole("button", { name: "Dismiss" }).click();
  await expect(progress).toHaveCount(0);

  // Back on /stake before the chain includes the second one: the screen that sent it is gone,
  // the new one had nothing saved when it mounted, and the progress appears on inclusion. (The
  // simulator includes a broadcast at once; held in the mempool, it waits for time to move.)
  await stake.setFault({ delayInclusionBlocks: 2 });
  await stake.sendOneClickStake("3");
  await stake.navigate("Rewards", /\/rewards$/);
  await stake.navigate("Stake", /\/stake$/);
  await expect(stake.assetSelect).toBeVisible();
  await expect(progress).toHaveCount(0);
  await stake.advanceUntil(() => expect(progress).toContainText("on its way", { timeout: 2_000 }));
});

test("a one-click stake no relayer carries before its deadline says it timed out, and the TIA comes back", async ({ page }) => {
  const stake = await StakePage.ready(page);
  const before = await stake.balanceBase("TIA on Celestia");
  await stake.setFault({ relayerStalled: true });
  const progress = await stake.startOneClickStake("5");

  // Past the packet's 10-minute deadline (and the clock-skew grace) it can no longer arrive.
  await stake.advanceDays(12 / 1440);
  await expect(progress.getByRole("listitem").filter({ hasText: /Timed out before reaching Osmosis/ })).toContainText("(failed)");
  await expect(progress).toContainText("did not reach Osmosis within 10 minutes (the timeout it carried), so nothing was staked");

  // The relayer proves the timeout and Celestia refunds: only the fee is spent, no milkTIA minted.
  await stake.setFault({ clear: true });
  await stake.advanceDays(1 / 1440);
  await expect.poll(() => stake.balanceBase("TIA on Celestia")).toBeGreaterThan(before - 5_000_000n);
  expect(await stake.balanceBase("TIA on Celestia")).toBeLessThan(before);
  expect(await stake.balanceBase("milkTIA on Celestia")).toBe(0n);
});

test("a reload between the Move tab's two steps shows the transfer again until it arrives", async ({ page }) => {
  const stake = await StakePage.ready(page);
  await (await stake.moveTiaToOsmosis("25")).getByRole("button", { name: "Confirm transfer" }).click();
  const progress = page.getByRole("region", { name: "Transfer progress" });
  await expect(progress).toContainText("25 TIA is on its way.");

  await page.reload();
  await expect(stake.assetSelect).toBeVisible();
  await stake.pauseSimulatedTime();
  await stake.tab("Move").click();
  await expect(progress).toContainText("25 TIA");
  await stake.advanceDays(30 / 86_400);
  await expect(progress).toContainText("Done: 25 TIA arrived.");
  await expect(stake.balance("TIA on Osmosis")).toHaveText("525");
});

async function devnetFault(request: APIRequestContext, chainId: string, params: Record<string, unknown>): Promise<void> {
  const res = await request.post(`${DEVNET}/${chainId}`, { data: { jsonrpc: "2.0", id: 1, method: "sim_fault", params } });
  expect((await res.json()).result).toBeTruthy();
}

async function useDevnet(page: Page): Promise<void> {
  const chains = ["Celestia", "Osmosis", "MilkyWay", "Babylon", "Initia", "Moo"];
  const ids = ["celestia-sim-1", "osmosis-sim-1", "milkyway-sim-1", "babylon-sim-1", "initia-sim-1", "moo-sim-1"];
  await page.goto("/settings");
  await page.getByRole("radio", { name: "Live", exact: true }).check();
  for (let i = 0; i < chains.length; i++) {
    const group = page.getByRole("group", { name: chains[i], exact: true });
    await group.getByRole("textbox", { name: "Chain-id" }).fill(ids[i]);
    await group.getByRole("textbox", { name: "RPC endpoint" }).fill(`${DEVNET}/${ids[i]}`);
  }
  await page.getByRole("button", { name: "Save live settings" }).click();
  await expect(page.getByText("Saved. Live mode uses these chain-ids and endpoints.")).toBeVisible();
}

test.describe("live mode against a misbehaving devnet", () => {
  test.afterEach(async ({ request }) => {
    // The devnet outlives a test: leave it healthy for the next one.
    await devnetFault(request, "osmosis-sim-1", { clear: true });
  });

  test("a node answering garbage: the screen says so, retries, and recovers", async ({ page, request }) => {
    await useDevnet(page);
    await devnetFault(request, "osmosis-sim-1", { rpcGarbage: true, chainId: "osmosis-sim-1" });
    await page.goto("/");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "milkTIA", exact: true }) });
    const alert = card.getByRole("alert");
    await expect(alert).toContainText("Could not load milkTIA: The node sent an answer that is not valid JSON-RPC");
    await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
    // Other chains are unaffected: milkBABY (MilkyWay) still loads.
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "milkBABY", exact: true }) })).toContainText("Redemption rate");

    await devnetFault(request, "osmosis-sim-1", { clear: true });
    if (await alert.isVisible()) await alert.getByRole("button", { name: "Retry" }).click().catch(() => {});
    await expect(card).toContainText("Redemption rate");
    await expect(alert).toHaveCount(0);
  });

  test("a node that stops answering: the read gives up in words, other chains still load, and Retry recovers", async ({ page, request }) => {
    // 12 s per attempt and 4 attempts with 0.5, 1 and 2 s between them: about 52 s before the screen gives up.
    test.setTimeout(150_000);
    await useDevnet(page);
    await devnetFault(request, "osmosis-sim-1", { rpcTimeout: true, chainId: "osmosis-sim-1" });
    await page.goto("/");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "milkTIA", exact: true }) });
    const alert = card.getByRole("alert");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "milkBABY", exact: true }) })).toContainText("Redemption rate");
    await expect(card).not.toContainText("Redemption rate");
    await expect(alert).toContainText("Could not load milkTIA: The node did not answer in time.", { timeout: 90_000 });
    // Osmosis's node holds up only its own chain: the others' heads keep coming, none named stalled.
    const notice = page.getByRole("alert", { name: /^No new blocks from/ });
    for (const name of ["Celestia", "MilkyWay", "Babylon"]) await expect(notice.filter({ hasText: name })).toHaveCount(0);

    await devnetFault(request, "osmosis-sim-1", { clear: true });
    // Live reads also poll, so the card may recover before the click lands.
    await alert.getByRole("button", { name: "Retry" }).click({ timeout: 5_000 }).catch(() => {});
    await expect(card).toContainText("Redemption rate");
    await expect(alert).toHaveCount(0);
  });

  test("a halted chain is named, and the notice goes when blocks resume", async ({ page, request }) => {
    test.setTimeout(120_000);
    await useDevnet(page);
    await page.goto("/");
    await devnetFault(request, "osmosis-sim-1", { chainHalted: true, chainId: "celestia-sim-1" });
    const notice = page.getByRole("alert", { name: /^No new blocks from/ });
    await expect(notice).toContainText("Celestia: still at block", { timeout: 60_000 });
    // Only the halted chain: once, with pushes on, every chain was named.
    for (const name of ["Osmosis", "MilkyWay", "Babylon", "Initia", "Moo"]) await expect(notice).not.toContainText(name);
    await devnetFault(request, "osmosis-sim-1", { clear: true });
    // Pushed: the node announces the blocks it makes again, and the notice looks every 5 s.
    await expect(notice).toBeHidden({ timeout: 30_000 });
  });
});
