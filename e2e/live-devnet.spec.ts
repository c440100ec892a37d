import { expect, test } from "@playwright/test";
import { KeplrTestWallet } from "./fixtures/keplr-test-wallet";
import { fact, StakePage, toBaseUnits } from "./pages/stake-page";
import { WalletHeader } from "./pages/wallet-header";
import { exactText } from "./pages/exact-value";

// Live mode, for real: the app talks to the devnet server over HTTP (the same CometBFT JSON-RPC a
// live node speaks), configured through the Settings page, and Keplr signs. playwright.config.ts
// starts the devnet on E2E_DEVNET_PORT with a fresh state file.

const DEVNET = `http://127.0.0.1:${process.env.E2E_DEVNET_PORT ?? 26757}`;
const CHAINS = [
  ["Celestia", "celestia-sim-1"],
  ["Osmosis", "osmosis-sim-1"],
  ["MilkyWay", "milkyway-sim-1"],
  ["Babylon", "babylon-sim-1"],
  ["Initia", "initia-sim-1"],
  ["Moo", "moo-sim-1"],
] as const;
const TIA_ON_OSMOSIS = "ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3877";

test("live mode against the devnet: configure endpoints, connect Keplr, stake 10 TIA", async ({ page, request, context }) => {
  test.setTimeout(120_000);
  const keplr = new KeplrTestWallet(page);
  await keplr.install();
  // Every text the stake's toast shows, in order, from the first script on.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __toastTexts: string[] }).__toastTexts = seen;
    new MutationObserver(() => {
      const list = document.querySelector('[aria-label="Notifications"] ol, [aria-label="Notifications"] ul');
      for (const li of Array.from(list?.children ?? [])) {
        const text = (li as HTMLElement).innerText;
        if (text.startsWith("Stake 10 TIA") && seen.at(-1) !== text) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });

  await page.goto("/settings");
  await page.getByRole("radio", { name: "Live", exact: true }).check();
  for (const [label, chainId] of CHAINS) {
    const group = page.getByRole("group", { name: label, exact: true });
    await group.getByRole("textbox", { name: "Chain-id" }).fill(chainId);
    await group.getByRole("textbox", { name: "RPC endpoint" }).fill(`${DEVNET}/${chainId}`);
    // The devnet has no public explorer: its own REST route shows a transaction by hash.
    await group.getByRole("textbox", { name: "Explorer (transaction URL)" }).fill(`${DEVNET}/${chainId}/rest/cosmos/tx/v1beta1/txs/{hash}`);
  }
  await page.getByRole("button", { name: "Save live settings" }).click();
  await expect(page.getByText("Saved. Live mode uses these chain-ids and endpoints.")).toBeVisible();
  // Each chain's new blocks come over the devnet's websocket (CSP, origin check and decoding in a real browser).
  for (const [label] of CHAINS) {
    await expect(page.getByRole("group", { name: label, exact: true }).getByText("New blocks: pushed by the node over its websocket.")).toBeVisible();
  }

  const stake = new StakePage(page);
  const header = new WalletHeader(page);
  await stake.goto();
  await header.waitForHydration();
  await header.connectButton.click();
  await header.option("Keplr").click();
  await expect(header.walletButton).toBeVisible();

  // The devnet's faucet is a JSON-RPC method of the chain itself, as scripts would call it.
  const osmo = await keplr.address("osmo");
  // The devnet keeps its state across retries: compare with what the account held before.
  await expect(stake.balance("TIA on Osmosis")).toHaveText(/^[\d,.]+$/);
  const before = await stake.balanceBase("TIA on Osmosis");
  const res = await request.post(`${DEVNET}/osmosis-sim-1`, {
    data: { jsonrpc: "2.0", id: 1, method: "sim_faucet", params: { address: osmo, coins: [{ denom: "uosmo", amount: "100000000" }, { denom: TIA_ON_OSMOSIS, amount: "50000000" }] } },
  });
  expect((await res.json()).result).toBeTruthy();
  // The faucet credits out of band (no transaction announces it), so live mode would see it at
  // its next minute's sweep; a reload shows it at once.
  await page.reload();
  await header.waitForHydration();
  await expect(header.walletButton).toBeVisible();
  await expect(stake.balance("TIA on Osmosis")).toHaveText(/^[\d,.]+$/);
  await expect.poll(() => stake.balanceBase("TIA on Osmosis"), { timeout: 20_000 }).toBe(before + 50_000_000n);
  const lstBefore = await stake.balanceBase("milkTIA on Osmosis");

  await stake.stakeAmount.fill("10");
  await expect(stake.preview("Minimum after 0.5% slippage")).toHaveText(/ milkTIA$/);
  const floor = toBaseUnits(await exactText(stake.preview("Minimum after 0.5% slippage")));
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await expect(fact(confirm, "Signed for chain")).toHaveText("osmosis-sim-1");
  await confirm.getByRole("button", { name: "Confirm stake" }).click();
  await expect.poll(() => stake.balanceBase("TIA on Osmosis"), { timeout: 20_000 }).toBe(before + 40_000_000n);
  // The devnet's clock runs in real time, so the rate may move a little: at least the floor arrives.
  await expect.poll(async () => (await stake.balanceBase("milkTIA on Osmosis")) - lstBefore, { timeout: 20_000 }).toBeGreaterThanOrEqual(floor);
  expect(keplr.signs).toEqual([{ method: "signDirect", chainId: "osmosis-sim-1", signer: osmo }]);

  // The toast says "Included." once the reads the stake touched are fresh again, which can be a
  // moment after the balances above: wait for it as the user would.
  const toast = page.getByRole("region", { name: "Notifications" }).getByRole("listitem").filter({ hasText: "Stake 10 TIA" }).filter({ hasText: "Included." });
  await expect(toast).toBeVisible({ timeout: 30_000 });
  // One toast through its phases, in order, while Keplr really held the request.
  const texts = await page.evaluate(() => (window as unknown as { __toastTexts: string[] }).__toastTexts);
  const phases = texts.map((t) => ["Preparing the transaction…", "Waiting for your wallet…", "Broadcasting…", "Included."].find((p) => t.includes(p)));
  expect(phases.filter((p, i) => p && p !== phases[i - 1])).toEqual(["Preparing the transaction…", "Waiting for your wallet…", "Broadcasting…", "Included."]);

  // Its explorer link is the network config's template with the transaction's hash, and opens that transaction.
  const link = toast.getByRole("link", { name: /View on explorer/ });
  const href = await link.getAttribute("href");
  const m = new RegExp(`^${DEVNET.replace(/[.]/g, "\\.")}/osmosis-sim-1/rest/cosmos/tx/v1beta1/txs/([0-9A-F]{64})$`).exec(href ?? "");
  expect(m, href ?? "no href").not.toBeNull();
  const hash = m![1];
  const meta = (await toast.getByText(/^Block \d+ · /).textContent())!;
  expect(meta).toContain(`${hash.slice(0, 6)}…${hash.slice(-4)}`);
  const [opened] = await Promise.all([context.waitForEvent("page"), link.click()]);
  await opened.waitForLoadState();
  const body = JSON.parse((await opened.locator("body").innerText()).trim()) as { tx_response: { txhash: string; height: string; code: number } };
  expect(body.tx_response.txhash).toBe(hash);
  expect(body.tx_response.code).toBe(0);
  expect(meta).toContain(`Block ${body.tx_response.height} · `);
  await opened.close();
});
