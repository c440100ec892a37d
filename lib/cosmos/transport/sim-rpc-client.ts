import type { JsonRpcRequest, JsonRpcSuccessResponse } from "@cosmjs/json-rpc";
import type { RpcClient } from "@cosmjs/tendermint-rpc";
import type { JsonRpcRequest as SimRequest, JsonRpcResponse } from "../../sim/rpc/handler";

type Answer = (chainId: string, req: SimRequest) => Promise<JsonRpcResponse>;

let settle!: (a: Answer) => void;
const answer = new Promise<Answer>((resolve) => (settle = resolve));

/**
 * Who answers this thread's simulator calls: the host itself on the simulator's own thread (its
 * worker), the tab's simulator handle on the page (sim-client.ts). Injected rather than imported
 * so the worker's bundle never reaches the code that starts the worker. The first one counts.
 */
export function answerSimRpcWith(a: Answer): void {
  settle(a);
}

/**
 * CosmJS RpcClient over the tab's bundled simulator. From the page each call is a message to
 * the simulator's worker, whose answer arrives as a macrotask: promise chains never fall into
 * nested-timer clamping (4 ms) the way an in-page call chain can.
 */
export class SimRpcClient implements RpcClient {
  constructor(private readonly chainId: string) {}

  async execute(request: JsonRpcRequest): Promise<JsonRpcSuccessResponse> {
    const response = await (await answer)(this.chainId, request as SimRequest);
    if ("error" in response) throw new Error(JSON.stringify(response.error));
    return response as JsonRpcSuccessResponse;
  }

  disconnect(): void {}
}
