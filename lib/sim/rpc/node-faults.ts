/**
 * Fault switches that change what one node *says*, not what the chain does: a broken proxy that
 * answers garbage, a node stuck at an old head, and a halted chain (no new blocks; broadcast txs
 * are accepted and never included). They let live mode be tested against the devnet exactly as
 * a user meets these failures. The world keeps moving underneath; only the answers change.
 */
import type { World } from "../state";
import { rec } from "../journal";

export function faultedChain(world: World, chainId: string): boolean {
  const id = world.faults.chainId;
  return !id || id === chainId;
}

/** The head this node reports while lagging or halted; null when it is healthy. */
export function frozenHead(world: World, chainId: string): { height: number; timeMs: number } | null {
  const f = world.faults;
  if (!(f.rpcLagging || f.chainHalted) || !faultedChain(world, chainId)) return null;
  return f.frozenAt?.[chainId] ?? null;
}

export function haltedChain(world: World, chainId: string): boolean {
  return Boolean(world.faults.chainHalted) && faultedChain(world, chainId);
}

/** A body that is not JSON-RPC (what a misconfigured proxy sends), or null to answer normally. */
export function malformedAnswer(world: World, chainId: string, method: string): string | null {
  if (!world.faults.rpcGarbage || method.startsWith("sim_") || !faultedChain(world, chainId)) return null;
  return "<html><body><h1>502 Bad Gateway</h1></body></html>";
}

/** Records each faulted chain's current head, once, when the node starts lagging or the chain halts. */
export function freezeHeads(world: World): void {
  const f = world.faults;
  if (!(f.rpcLagging || f.chainHalted)) {
    delete f.frozenAt;
    return;
  }
  const frozen: NonNullable<typeof f.frozenAt> = Object.assign(rec(), f.frozenAt);
  for (const c of Object.values(world.chains)) {
    if (faultedChain(world, c.chainId) && !frozen[c.chainId]) frozen[c.chainId] = { height: Math.max(c.height, 1), timeMs: c.timeMs };
  }
  f.frozenAt = frozen;
}
