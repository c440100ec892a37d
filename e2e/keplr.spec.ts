import { expect, test } from "@playwright/test";
import { KeplrTestWallet, TEST_MNEMONIC } from "./fixtures/keplr-test-wallet";
import { fact, StakePage, toBaseUnits } from "./pages/stake-page";
import { WalletHeader } from "./pages/wallet-header";
import { fundFromFaucet } from "./pages/sim-handle";
import { exactText } from "./pages/exact-value";

// Keplr through the app's real cosmos-kit connector, against a test wallet that speaks Keplr's
// extension protocol and signs in Node with CosmJS from a test mnemonic. Simulator mode.

const SIM_CHAIN_IDS = ["celestia-sim-1", "osmosis-sim-1", "milkyway-sim-1", "babylon-sim-1", "initia-sim-1", "moo-sim-1"];
const TIA_ON_OSMOSIS = "ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3877";
const OTHER_MNEMONIC = "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong";

const fund = fundFromFaucet;

async function connectKeplr(header: WalletHeader): Promise<void> {
  await header.connectButton.click();
  await expect(header.dialog).toBeVisible();
  await header.option("Keplr").click();
  await expect(header.dialog).toBeHidden();
  await expect(header.walletButton).toBeVisible();
}

test("connect Keplr, fund it from the faucet, and stake 10 TIA signed by the wallet", async ({ page }) => {
  test.setTimeout(90_000);
  const keplr = new KeplrTestWallet(page);
  await keplr.install();
  // Keplr's connector also builds its EVM provider, which asks the extension for its state: the
  // test wallet answers as the extension does, so nothing fails behind the connection.
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => m.type() === "error" && pageErrors.push(m.text()));
  const stake = new StakePage(page);
  const header = new WalletHeader(page);
  await stake.goto();
  await header.waitForHydration();

  await connectKeplr(header);
  await expect(header.walletButton).toBeVisible();
  expect(pageErrors.filter((e) => /Invalid method|no EVM chain/.test(e))).toEqual([]);
  // The simulated chains were suggested with our prefixes and the devnet's default RPC and REST, then enabled.
  expect([...keplr.suggested.keys()].sort()).toEqual([...SIM_CHAIN_IDS].sort());
  expect(keplr.suggested.get("osmosis-sim-1")).toMatchObject({
    rpc: "http://127.0.0.1:26657/osmosis-sim-1",
    rest: "http://127.0.0.1:26657/osmosis-sim-1/rest",
    bech32Config: { bech32PrefixAccAddr: "osmo" },
    stakeCurrency: { coinMinimalDenom: "uosmo" },
    feeCurrencies: [{ coinMinimalDenom: "uosmo" }],
  });
  const milkAddress = await keplr.address("milk");
  const osmoAddress = await keplr.address("osmo");
  await expect(header.walletButton).toHaveAccessibleName(/^Keplr connected, MilkyWay address/);
  await expect(header.walletButton).toHaveAttribute("title", `Keplr: ${milkAddress}`);

  // A new Keplr account holds nothing on the simulated chains until the faucet pays it.
  await expect(stake.balance("TIA on Osmosis")).toHaveText("0");
  await fund(page, "osmosis-sim-1", osmoAddress, [
    { denom: "uosmo", amount: "100000000" },
    { denom: TIA_ON_OSMOSIS, amount: "50000000" },
  ]);
  await expect(stake.balance("TIA on Osmosis")).toHaveText("50");
  await stake.pauseSimulatedTime();

  await stake.stakeAmount.fill("10");
  await expect(stake.preview("You receive")).toHaveText(/^[\d,]+(\.\d+)? milkTIA$/);
  const previewed = toBaseUnits(await exactText(stake.preview("You receive")));
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await expect(fact(confirm, "You stake")).toHaveText("10 TIA");
  await expect(fact(confirm, "Signed for chain")).toHaveText("osmosis-sim-1");
  await confirm.getByRole("button", { name: "Confirm stake" }).click();
  await expect(confirm).toBeHidden();

  await expect.poll(() => stake.balanceBase("milkTIA on Osmosis")).toBe(previewed);
  await expect(stake.balance("TIA on Osmosis")).toHaveText("40");
  await expect(page.getByText(/^Staked 10 TIA and received [\d,.]+ milkTIA\.$/)).toBeVisible();
  // The one signature came from the test wallet, in direct mode, for the Osmosis account.
  expect(keplr.signs).toEqual([{ method: "signDirect", chainId: "osmosis-sim-1", signer: osmoAddress }]);
});

test("a Keplr account switch updates the addresses; disconnect is remembered across reloads", async ({ page }) => {
  const keplr = new KeplrTestWallet(page);
  await keplr.install();
  const header = new WalletHeader(page);
  await header.goto("/");
  await connectKeplr(header);
  await expect(header.walletButton).toHaveAttribute("title", `Keplr: ${await keplr.address("milk")}`);

  await keplr.switchAccount(OTHER_MNEMONIC);
  await expect(header.walletButton).toHaveAttribute("title", `Keplr: ${await keplr.address("milk")}`);
  keplr.mnemonic = TEST_MNEMONIC;

  // A reload reconnects the remembered extension without a prompt (the origin is enabled).
  await page.reload();
  await expect(header.walletButton).toBeVisible();
  await header.disconnect();
  await page.reload();
  await header.waitForHydration();
  await expect(header.connectButton).toBeVisible();
  await expect(header.walletButton).toHaveCount(0);
});

test("a remembered Keplr that is gone leaves a clean disconnected state", async ({ page }) => {
  // No test wallet installed: the extension is not there. The session was saved by cosmos-kit.
  await page.addInitScript(() => localStorage.setItem("cosmos-kit@2:core//current-wallet", "keplr-extension"));
  const header = new WalletHeader(page);
  await header.goto("/");
  await expect(header.connectButton).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("cosmos-kit@2:core//current-wallet"))).toBeNull();
  await expect(page.getByText(/did not reconnect|Could not connect/)).toHaveCount(0);

  // Choosing Keplr explicitly explains why it cannot connect.
  await header.connectButton.click();
  await header.option("Keplr").click();
  await expect(header.dialog.getByRole("alert")).toContainText("Keplr is not installed in this browser");
});

test("a signature rejected in Keplr is reported plainly and nothing is sent", async ({ page }) => {
  const keplr = new KeplrTestWallet(page);
  await keplr.install();
  const stake = new StakePage(page);
  const header = new WalletHeader(page);
  await stake.goto();
  await header.waitForHydration();
  await connectKeplr(header);
  const osmoAddress = await keplr.address("osmo");
  await fund(page, "osmosis-sim-1", osmoAddress, [
    { denom: "uosmo", amount: "100000000" },
    { denom: TIA_ON_OSMOSIS, amount: "20000000" },
  ]);
  await expect(stake.balance("TIA on Osmosis")).toHaveText("20");

  keplr.rejectSign = true;
  await stake.stakeAmount.fill("5");
  await stake.stakeButton.click();
  await stake.dialog("Confirm stake").getByRole("button", { name: "Confirm stake" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "You rejected the request in your wallet. Nothing was sent." })).toBeVisible();
  await expect(stake.balance("TIA on Osmosis")).toHaveText("20");
  await expect(stake.balance("milkTIA on Osmosis")).toHaveText("0");
  // The amount is kept, and the next attempt (approved) goes through.
  await expect(stake.stakeAmount).toHaveValue("5");
  expect(keplr.signs).toEqual([]);
});

test("a Ledger account in Keplr signs amino, and the simulator accepts it", async ({ page }) => {
  test.setTimeout(90_000);
  const keplr = new KeplrTestWallet(page);
  keplr.ledger = true;
  await keplr.install();
  const stake = new StakePage(page);
  const header = new WalletHeader(page);
  await stake.goto();
  await header.waitForHydration();
  await connectKeplr(header);
  const osmoAddress = await keplr.address("osmo");
  await fund(page, "osmosis-sim-1", osmoAddress, [
    { denom: "uosmo", amount: "100000000" },
    { denom: TIA_ON_OSMOSIS, amount: "20000000" },
  ]);
  await expect(stake.balance("TIA on Osmosis")).toHaveText("20");
  await stake.pauseSimulatedTime();
  await stake.stakeAmount.fill("5");
  await expect(stake.preview("You receive")).toHaveText(/milkTIA$/);
  const previewed = toBaseUnits(await exactText(stake.preview("You receive")));
  await stake.stakeButton.click();
  await stake.dialog("Confirm stake").getByRole("button", { name: "Confirm stake" }).click();
  await expect.poll(() => stake.balanceBase("milkTIA on Osmosis")).toBe(previewed);
  expect(keplr.signs).toEqual([{ method: "signAmino", chainId: "osmosis-sim-1", signer: osmoAddress }]);
});

test("a Leap user (the sunset extension, still injected as window.leap) connects and stakes", async ({ page }) => {
  test.setTimeout(90_000);
  const leap = new KeplrTestWallet(page);
  await leap.installAsLeap();
  const stake = new StakePage(page);
  const header = new WalletHeader(page);
  await stake.goto();
  await header.waitForHydration();

  await header.connectButton.click();
  await expect(header.option("Leap")).toHaveAccessibleDescription(/sunset in May 2026/);
  await header.option("Leap").click();
  await expect(header.dialog).toBeHidden();
  expect([...leap.suggested.keys()].sort()).toEqual([...SIM_CHAIN_IDS].sort());
  const milkAddress = await leap.address("milk");
  const osmoAddress = await leap.address("osmo");
  await expect(header.walletButton).toHaveAttribute("title", `Leap: ${milkAddress}`);

  await fund(page, "osmosis-sim-1", osmoAddress, [
    { denom: "uosmo", amount: "100000000" },
    { denom: TIA_ON_OSMOSIS, amount: "20000000" },
  ]);
  await expect(stake.balance("TIA on Osmosis")).toHaveText("20");
  await stake.pauseSimulatedTime();
  await stake.stakeAmount.fill("5");
  await expect(stake.preview("You receive")).toHaveText(/milkTIA$/);
  const previewed = toBaseUnits(await exactText(stake.preview("You receive")));
  await stake.stakeButton.click();
  const confirm = stake.dialog("Confirm stake");
  await confirm.getByRole("button", { name: "Confirm stake" }).click();
  await expect(confirm).toBeHidden();
  await expect.poll(() => stake.balanceBase("milkTIA on Osmosis")).toBe(previewed);
  expect(leap.signs).toEqual([{ method: "signDirect", chainId: "osmosis-sim-1", signer: osmoAddress }]);
});

test("a Keplr session saved by the app before cosmos-kit managed it is restored once, then cosmos-kit's", async ({ page }) => {
  const keplr = new KeplrTestWallet(page);
  await keplr.install();
  // The app's former record of the last wallet; the test wallet has this origin enabled.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("milkyway:last-wallet", "keplr");
      sessionStorage.setItem("seeded", "1");
    }
  });
  const header = new WalletHeader(page);
  await header.goto("/");
  await expect(header.walletButton).toHaveAttribute("title", `Keplr: ${await keplr.address("milk")}`);
  expect(await page.evaluate(() => [localStorage.getItem("milkyway:last-wallet"), localStorage.getItem("cosmos-kit@2:core//current-wallet")])).toEqual([
    null,
    "keplr-extension",
  ]);
});
