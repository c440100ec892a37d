import type { JsonRpcRequest, JsonRpcSuccessResponse } from "@cosmjs/json-rpc";
import type { RpcClient } from "@cosmjs/tendermint-rpc";
import { handleRpc } from "../../sim/rpc/handler";
import type { World } from "../../sim/state";

/**
 * CosmJS's RpcClient over the simulator's JSON-RPC handler in the same JavaScript realm.
 * Errors surface exactly as CosmJS's HttpClient surfaces them, so callers cannot tell the
 * difference between this and a node.
 */
export class InProcessRpcClient implements RpcClient {
  constructor(
    private readonly world: () => World,
    private readonly chainId: string,
  ) {}

  async execute(request: JsonRpcRequest): Promise<JsonRpcSuccessResponse> {
    const response = await handleRpc(this.world(), this.chainId, request as any);
    if ("error" in response) throw new Error(JSON.stringify(response.error));
    return response as JsonRpcSuccessResponse;
  }

  disconnect(): void {}
}
