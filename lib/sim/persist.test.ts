import { beforeAll, describe, expect, it } from "vitest";
import { SIM_LSTS } from "../chains/lsts";
import { CELESTIA_SIM, MILKYWAY_SIM, OSMOSIS_SIM, SIM_CHAINS } from "../chains/sim-chains";
import { createGenesisWorld } from "./genesis";
import { queryContractJson } from "./modules/wasm";
import { restoreWorld, serializeWorld, SimStateError, type RestoreFailure } from "./persist";
import { faucet } from "./rpc/sim-control";
import { STATE_VERSION, type World } from "./state";
import { advanceTo } from "./world";

const milkTIA = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
const WHALE = "celestia1vxzram63f7mvseufc83fs0gnt5383lvrle3qpt";
const DAY_MS = 86_400_000;

let world: World;
let saved: string;

beforeAll(() => {
  world = createGenesisWorld({ days: 2 });
  // An amount no JavaScript number can hold exactly: it must come back as the same bigint.
  faucet(world, CELESTIA_SIM, WHALE, [{ denom: "utia", amount: 2n ** 70n + 1n }]);
  saved = serializeWorld(world);
});

function restoreFails(text: string): SimStateError {
  try {
    restoreWorld(text);
  } catch (e) {
    expect(e).toBeInstanceOf(SimStateError);
    return e as SimStateError;
  }
  throw new Error("restoreWorld accepted a bad save");
}

function expectReason(text: string, reason: RestoreFailure, message: RegExp) {
  const e = restoreFails(text);
  expect(e.reason).toBe(reason);
  expect(e.name).toBe("SimStateError");
  expect(e.message).toMatch(message);
}

const mutated = (f: (w: any) => void) => {
  const w = JSON.parse(saved);
  f(w);
  return JSON.stringify(w);
};

describe("serializeWorld → restoreWorld", () => {
  it("preserves heights, times, balances, supply and contract state exactly", () => {
    const back = restoreWorld(saved);
    expect(back.timeMs).toBe(world.timeMs);
    expect(back.rng).toBe(world.rng);
    for (const c of SIM_CHAINS) {
      expect(back.chains[c.chainId].height).toBe(world.chains[c.chainId].height);
      expect(back.chains[c.chainId].timeMs).toBe(world.chains[c.chainId].timeMs);
      expect(back.chains[c.chainId].supply).toEqual(world.chains[c.chainId].supply);
    }
    expect(back.chains[CELESTIA_SIM].balances[WHALE].utia).toBe(world.chains[CELESTIA_SIM].balances[WHALE].utia);
    expect(typeof back.chains[CELESTIA_SIM].balances[WHALE].utia).toBe("bigint");
    expect(back.chains[CELESTIA_SIM].balances[WHALE].utia >= 2n ** 70n).toBe(true);
    expect(back.chains[MILKYWAY_SIM].restaking).toEqual(world.chains[MILKYWAY_SIM].restaking);
    const q = (w: World, msg: unknown) => queryContractJson(w, w.chains[OSMOSIS_SIM], milkTIA.contract, msg);
    for (const msg of [{ state: {} }, { config: {} }, { batches: {} }, { all_unstake_requests: {} }]) {
      expect(q(back, msg)).toEqual(q(world, msg));
    }
    expect(BigInt((q(back, { state: {} }) as { total_native_token: string }).total_native_token)).toBeGreaterThan(0n);
    expect(back).toEqual(world);
  });

  it("a restored world lives on exactly like the original (same seed, same future)", () => {
    const a = restoreWorld(saved);
    const b = restoreWorld(saved);
    advanceTo(a, a.timeMs + DAY_MS);
    advanceTo(b, b.timeMs + DAY_MS);
    expect(serializeWorld(a)).toBe(serializeWorld(b));
    expect(a.timeMs).toBe(world.timeMs + DAY_MS);
    // ...and the saved text was not affected by restoring and advancing it.
    expect(restoreWorld(saved).timeMs).toBe(world.timeMs);
  });
});

describe("restoreWorld refuses what it cannot use, with a reason the UI can act on", () => {
  it("truncated JSON is corrupt", () => {
    expectReason(saved.slice(0, Math.floor(saved.length / 2)), "corrupt", /not readable/);
    expectReason("", "corrupt", /not readable/);
  });

  it("a foreign JSON object is corrupt", () => {
    expectReason(JSON.stringify({ theme: "dark", wallets: [] }), "corrupt", /not a MilkyWay simulator save/);
    expectReason("null", "corrupt", /not a MilkyWay simulator save/);
    expectReason("[1,2,3]", "corrupt", /not a MilkyWay simulator save/);
    expectReason(mutated((w) => (w.format = "some-other-sim")), "corrupt", /not a MilkyWay simulator save/);
  });

  it("an older version is old-version, a newer one newer-version", () => {
    expectReason(mutated((w) => (w.version = STATE_VERSION - 1)), "old-version", new RegExp(`older version \\(${STATE_VERSION - 1}\\)`));
    expectReason(mutated((w) => delete w.version), "old-version", /older version/);
    expectReason(mutated((w) => (w.version = STATE_VERSION + 1)), "newer-version", new RegExp(`newer version \\(${STATE_VERSION + 1}\\)`));
  });

  it("a missing or damaged chain is corrupt", () => {
    expectReason(mutated((w) => delete w.chains[MILKYWAY_SIM]), "corrupt", /incomplete or damaged/);
    expectReason(mutated((w) => (w.chains[OSMOSIS_SIM].chainId = CELESTIA_SIM)), "corrupt", /incomplete or damaged/);
    expectReason(mutated((w) => delete w.chains[CELESTIA_SIM].balances), "corrupt", /incomplete or damaged/);
    expectReason(mutated((w) => (w.timeMs = "soon")), "corrupt", /incomplete or damaged/);
  });

  it("a damaged bigint is corrupt", () => {
    const bad = saved.replace(/\{"\$n":"(\d+)"\}/, '{"$n":"12x"}');
    expect(bad).not.toBe(saved);
    expectReason(bad, "corrupt", /not readable \(bad bigint 12x\)/);
  });
});
