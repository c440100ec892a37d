import { exactText } from "./exact-value";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { expect, type Locator, type Page } from "@playwright/test";
import { fundFromFaucet } from "./sim-handle";
import { toBaseUnits } from "./stake-page";

export const MILKTIA = "factory/osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0/umilkTIA";
export const MILKTIA_CONTRACT = "osmo1f5vfcph2dvfeqcqkhetwv75fda69z7e5c2dldm3kvgj23crkv6wqcn47a0";

/** The demo wallet's Osmosis address, derived from its mnemonic in this browser's storage. */
export async function demoOsmoAddress(page: Page): Promise<string> {
  const mnemonic = await page.evaluate(() => JSON.parse(localStorage.getItem("milkyway:demo-wallet") ?? "{}").mnemonic as string);
  expect(mnemonic, "the demo wallet is connected").toBeTruthy();
  const [acc] = await (await DirectSecp256k1HdWallet.fromMnemonic(mnemonic, { prefix: "osmo" })).getAccounts();
  return acc.address;
}

export async function fundOsmosis(page: Page, coins: Array<{ denom: string; amount: bigint }>): Promise<void> {
  await fundFromFaucet(page, "osmosis-sim-1", await demoOsmoAddress(page), coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() })));
}

/** Route cards (components/stake/route-options.tsx) on the visible tab. */
export class RouteCards {
  constructor(readonly page: Page, readonly name: "stake-via" | "unstake-via") {}

  radio(value: string): Locator {
    return this.page.locator(`#${this.name}-${value}`);
  }

  amount(value: string): Locator {
    return this.page.getByTestId(`${this.name}-${value}-amount`);
  }

  async amountBase(value: string): Promise<bigint> {
    await expect(this.amount(value)).toHaveText(/\d/);
    return toBaseUnits(await exactText(this.amount(value)));
  }

  card(value: string): Locator {
    return this.radio(value).locator("xpath=ancestor::div[contains(@class,'rounded-lg')][1]");
  }

  /** Picks a route by its visible title, as a user does. */
  async pick(title: string | RegExp): Promise<void> {
    await this.page.getByText(title).first().click();
  }
}

/** The simulator's wind-down control (docs/osmosis-pools.md): stops milkTIA's contract and seeds pool #1475 with TIA as the real team did. */
export async function windDown(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__milkywaySim));
  await page.evaluate(async () => {
    const res = await window.__milkywaySim!.rpc("osmosis-sim-1", { jsonrpc: "2.0", id: 1, method: "sim_wind_down", params: {} });
    if (res.error) throw new Error(res.error.data ?? res.error.message);
  });
}
