import type { JsonRpcRequest, JsonRpcSuccessResponse } from "@cosmjs/json-rpc";
import type { RpcClient } from "@cosmjs/tendermint-rpc";

/**
 * CosmJS RpcClient over the tab's bundled simulator, loaded on first use. Each call is a message
 * to the simulator's worker, whose answer arrives as a macrotask: promise chains never fall into
 * nested-timer clamping (4 ms) the way an in-page call chain can.
 */
export class SimRpcClient implements RpcClient {
  constructor(private readonly chainId: string) {}

  async execute(request: JsonRpcRequest): Promise<JsonRpcSuccessResponse> {
    const { getSim } = await import("../../sim-host/sim-client");
    const host = await getSim();
    const response = await host.rpc(this.chainId, request as any);
    if ("error" in response) throw new Error(JSON.stringify(response.error));
    return response as JsonRpcSuccessResponse;
  }

  disconnect(): void {}
}
