import type { Page } from "@playwright/test";

/** The simulator host as exposed to tests (simulator mode only; see hooks/use-sim-host.ts). */
type SimHandle = {
  // Promises: the world runs in a Web Worker; page.evaluate waits for them.
  advance(seconds: number): Promise<void>;
  setSpeed(n: number): Promise<void>;
  fund(chainId: string, address: string, coins: Array<{ denom: string; amount: bigint }>): Promise<void>;
  rpc(
    chainId: string,
    req: { jsonrpc: "2.0"; id: number; method: string; params: Record<string, unknown> },
  ): Promise<{ result?: unknown; error?: { message: string; data?: string } }>;
  world: { timeMs: number; faults: Record<string, unknown> };
};
declare global {
  interface Window {
    __milkywaySim?: SimHandle;
  }
}

const DAY_S = 86_400;

/** The simulator's clock stops, so amounts previewed before a transaction are exact at inclusion. */
export async function pauseSimulatedTime(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__milkywaySim));
  await page.evaluate(() => window.__milkywaySim!.setSpeed(0));
}

/** Moves the whole simulated world forward (every chain, the relayer, the coordinator). */
export async function advanceSimulatedDays(page: Page, days: number): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__milkywaySim));
  await page.evaluate((s) => window.__milkywaySim!.advance(s), days * DAY_S);
}

/** The simulator faucet, as the simulator controls use it. Amounts in base units. */
export async function fundFromFaucet(page: Page, chainId: string, address: string, coins: Array<{ denom: string; amount: string }>): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__milkywaySim));
  await page.evaluate(
    ([c, a, cs]) => window.__milkywaySim!.fund(c, a, cs.map((x) => ({ denom: x.denom, amount: BigInt(x.amount) }))),
    [chainId, address, coins] as const,
  );
}
