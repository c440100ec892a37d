import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CELESTIA_SIM } from "../chains/sim-chains";
import { freshWorld } from "../sim/integration/harness";
import { handleRpc } from "../sim/rpc/handler";
import { checkEndpoint } from "./check-endpoint";

// Settings said "Saved" for any well-formed URL; an endpoint is now asked for its status first.
const world = freshWorld();
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", async () => {
      if (req.url === "/silent") return; // never answers
      if (req.url === "/html") {
        res.writeHead(200, { "content-type": "text/html" });
        return res.end("<html>not a node</html>");
      }
      const answer = await handleRpc(world, CELESTIA_SIM, JSON.parse(body));
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("checkEndpoint", () => {
  it("accepts a node that serves the chain-id set next to it", async () => {
    expect(await checkEndpoint(`${base}/`, CELESTIA_SIM)).toEqual({ ok: true });
  });
  it("names the chain a node serves when it is not the one set", async () => {
    expect(await checkEndpoint(`${base}/`, "celestia")).toEqual({ ok: false, message: `This endpoint serves ${CELESTIA_SIM}, not celestia.` });
  });
  it("refuses something that is not a CometBFT node, and one that never answers", async () => {
    const html = await checkEndpoint(`${base}/html`, CELESTIA_SIM);
    expect(html.ok).toBe(false);
    expect(await checkEndpoint(`${base}/silent`, CELESTIA_SIM, 300)).toEqual({ ok: false, message: "The endpoint did not answer in time." });
  });
});
