/** Starting and stopping a devnet child process, for tests and the bench script. */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Devnet {
  child: ChildProcess;
  port: number;
  base: string;
  output: () => string;
  exited: Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((ok, ko) => {
    const s = createServer();
    s.once("error", ko);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/** `nodeArgs` (e.g. --cpu-prof, which NODE_OPTIONS refuses) runs node itself with tsx as a loader. */
export function startDevnet(statePath: string, port: number, args: string[] = [], env: Record<string, string> = {}, nodeArgs: string[] = []): Devnet {
  // tsx itself rather than `npx tsx`, so signals reach the server; its own process group, so
  // killing the group reaches tsx's node child too.
  const [cmd, argv] = nodeArgs.length ? [process.execPath, [...nodeArgs, "--import", "tsx", "scripts/devnet.ts", ...args]] : [join(ROOT, "node_modules/.bin/tsx"), ["scripts/devnet.ts", ...args]];
  const child = spawn(cmd, argv, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), DEVNET_CLOCK: "manual", DEVNET_STATE: statePath, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((ok) => child.once("exit", (code) => ok(code)));
  return { child, port, base: `http://127.0.0.1:${port}`, output: () => out, exited };
}

export async function devnetReady(d: Devnet, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void d.exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`devnet exited early:\n${d.output()}`);
    try {
      const res = await fetch(`${d.base}/`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`devnet did not answer GET / within ${timeoutMs} ms:\n${d.output()}`);
}

/** kill -9 of the whole process group (tsx and the node process under it). */
export async function killHard(d: Devnet): Promise<void> {
  if (d.child.pid) {
    try {
      process.kill(-d.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await d.exited;
}

export async function rpcCall(base: string, chainId: string, method: string, params: unknown = {}): Promise<{ result?: any; error?: { code: number; message: string; data?: string } }> {
  const res = await fetch(`${base}/${chainId}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  return (await res.json()) as { result?: any; error?: { code: number; message: string; data?: string } };
}
