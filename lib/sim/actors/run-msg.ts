import { chainApp } from "../chain-app";
import type { Ctx } from "../ctx";

/**
 * Executes a message as its signer would, without a signature: how the simulator's off-chain
 * actors (coordinator, other users) act through the same handlers as user transactions.
 */
export function runMsg(ctx: Ctx, typeUrl: string, value: unknown): Uint8Array {
  const route = chainApp(ctx.chain.chainId).msgs.get(typeUrl);
  if (!route) throw new Error(`${ctx.chain.chainId} has no handler for ${typeUrl}`);
  return route.handle(ctx, value);
}
