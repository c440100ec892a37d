import type { World } from "../../lib/sim/state";
import type { JsonRpcResponse } from "../../lib/sim/rpc/handler";

export const REST_ROUTES: string[] = [];

export type RpcAnswer = (chainId: string, req: unknown) => Promise<JsonRpcResponse>;

export async function handleRest(_world: World, _chainId: string, _method: string, path: string, _q: URLSearchParams, _body: string, _rpc: RpcAnswer): Promise<{ status: number; body: unknown }> {
  return { status: 501, body: { code: 12, message: `Not Implemented: ${path.slice(0, 200)}`, details: [] } };
}
