import type { JsonRpcRequest, JsonRpcSuccessResponse } from "@cosmjs/json-rpc";
import type { RpcClient } from "@cosmjs/tendermint-rpc";

/** One macrotask hop: breaks promise chains out of nested-timer clamping (4 ms) in browsers. */
function hop(): Promise<void> {
  if (typeof MessageChannel === "undefined") return Promise.resolve();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      resolve();
    };
    ch.port2.postMessage(null);
  });
}

/** CosmJS RpcClient over the tab's bundled simulator, loaded on first use. */
export class SimRpcClient implements RpcClient {
  constructor(private readonly chainId: string) {}

  async execute(request: JsonRpcRequest): Promise<JsonRpcSuccessResponse> {
    const { getSimHost } = await import("../../sim-host/sim-host");
    const host = await getSimHost();
    await hop();
    const response = await host.rpc(this.chainId, request as any);
    if ("error" in response) throw new Error(JSON.stringify(response.error));
    return response as JsonRpcSuccessResponse;
  }

  disconnect(): void {}
}
