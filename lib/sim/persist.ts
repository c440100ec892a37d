import { parseBig, stringifyBig } from "./bigjson";
import { STATE_FORMAT, STATE_VERSION, type World } from "./state";
import { SIM_CHAINS } from "../chains/sim-chains";

export type RestoreFailure = "corrupt" | "old-version" | "newer-version";

export class SimStateError extends Error {
  constructor(
    readonly reason: RestoreFailure,
    message: string,
  ) {
    super(message);
    this.name = "SimStateError";
  }
}

export function serializeWorld(world: World): string {
  return stringifyBig(world);
}

/** Restores a saved world, refusing anything that is not a complete save of this version. */
export function restoreWorld(text: string): World {
  let w: any;
  try {
    w = parseBig(text, { nullProto: true });
  } catch (e) {
    throw new SimStateError("corrupt", `The saved simulator state is not readable (${(e as Error).message}).`);
  }
  if (!w || typeof w !== "object" || w.format !== STATE_FORMAT) {
    throw new SimStateError("corrupt", "The saved simulator state is not a MilkyWay simulator save.");
  }
  if (typeof w.version !== "number" || w.version < STATE_VERSION) {
    throw new SimStateError("old-version", `The saved simulator state is from an older version (${w.version}); this app needs version ${STATE_VERSION}.`);
  }
  if (w.version > STATE_VERSION) {
    throw new SimStateError("newer-version", `The saved simulator state is from a newer version (${w.version}) of this app.`);
  }
  const okNumbers = ["seed", "timeMs", "genesisTimeMs", "rng"].every((k) => Number.isFinite(w[k]));
  const chains = w.chains && typeof w.chains === "object" ? w.chains : null;
  const okChains =
    chains &&
    SIM_CHAINS.every((c) => {
      const ch = chains[c.chainId];
      return (
        ch &&
        ch.chainId === c.chainId &&
        Number.isInteger(ch.height) &&
        ["counters", "accounts", "balances", "supply", "txs", "blocks"].every((k) => ch[k] && typeof ch[k] === "object") &&
        ch.wasm?.contracts && ch.wasm?.storage && ch.ibc?.packets && ch.ibc?.traces && Array.isArray(ch.mempool)
      );
    });
  if (!okNumbers || !okChains || !w.faults || !w.actors || !Array.isArray(w.history)) {
    throw new SimStateError("corrupt", "The saved simulator state is incomplete or damaged.");
  }
  return w as World;
}
