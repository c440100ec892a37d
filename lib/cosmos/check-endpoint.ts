import { Comet38Client, HttpClient } from "@cosmjs/tendermint-rpc";

/** A check must not keep the Settings form waiting for a node that never answers. */
const CHECK_TIMEOUT_MS = 8_000;

export type EndpointCheck = { ok: true } | { ok: false; message: string };

/**
 * Asks a CometBFT RPC endpoint for its `status`, through the same CosmJS client the app reads
 * with, and checks that it serves the chain-id the user set next to it.
 */
export async function checkEndpoint(url: string, chainId: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<EndpointCheck> {
  let client: Comet38Client | undefined;
  try {
    client = Comet38Client.create(new HttpClient(url, timeoutMs));
    const status = await client.status();
    const network = status.nodeInfo.network;
    if (network !== chainId) return { ok: false, message: `This endpoint serves ${network}, not ${chainId}.` };
    return { ok: true };
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    if (/timeout|timed out|aborted/i.test(text)) return { ok: false, message: "The endpoint did not answer in time." };
    return { ok: false, message: `The endpoint did not answer as a CometBFT RPC node (${text.slice(0, 120)}).` };
  } finally {
    client?.disconnect();
  }
}
