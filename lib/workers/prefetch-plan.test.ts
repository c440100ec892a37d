import { describe, expect, it } from "vitest";
import { warmAll, type PrefetchDeps } from "./prefetch-plan";

function deps(opts: { saved?: boolean | Error; failing?: string[] } = {}) {
  const calls: { url: string; priority?: RequestPriority; credentials?: RequestCredentials; read: boolean }[] = [];
  const d: PrefetchDeps = {
    fetch: async (url, init) => {
      const call = { url, priority: init.priority, credentials: init.credentials, read: false };
      calls.push(call);
      if (opts.failing?.includes(url)) throw new TypeError("Failed to fetch");
      return { arrayBuffer: async () => ((call.read = true), new ArrayBuffer(1)) } as Response;
    },
    saved: async () => {
      if (opts.saved instanceof Error) throw opts.saved;
      return opts.saved ?? false;
    },
  };
  return { d, calls };
}

describe("warmAll", () => {
  it("fetches every chunk and, on a first visit, the genesis at low priority, reading each body", async () => {
    const { d, calls } = deps();
    await warmAll({ urls: ["/a.js", "/b.js"], unlessSaved: { key: "world", urls: ["/sim/genesis.json"] } }, d);
    expect(calls.map((c) => c.url).sort()).toEqual(["/a.js", "/b.js", "/sim/genesis.json"]);
    expect(calls.every((c) => c.read && c.credentials === "same-origin")).toBe(true);
    expect(calls.find((c) => c.url === "/sim/genesis.json")?.priority).toBe("low");
    expect(calls.find((c) => c.url === "/a.js")?.priority).toBeUndefined();
  });

  it("skips the genesis when a save exists, or when the store cannot be read", async () => {
    for (const saved of [true, new Error("QuotaExceeded")]) {
      const { d, calls } = deps({ saved });
      await warmAll({ urls: ["/a.js"], unlessSaved: { key: "world", urls: ["/sim/genesis.json"] } }, d);
      expect(calls.map((c) => c.url)).toEqual(["/a.js"]);
    }
  });

  it("settles when a fetch fails, still warming the rest", async () => {
    const { d, calls } = deps({ failing: ["/a.js"] });
    await expect(warmAll({ urls: ["/a.js", "/b.js"] }, d)).resolves.toBeUndefined();
    expect(calls.find((c) => c.url === "/b.js")?.read).toBe(true);
  });

  it("ignores a malformed request instead of throwing", async () => {
    const { d, calls } = deps();
    await expect(warmAll({ urls: [42, "/ok.js"] } as unknown as { urls: string[] }, d)).resolves.toBeUndefined();
    await expect(warmAll(null as unknown as { urls: string[] }, d)).resolves.toBeUndefined();
    expect(calls.map((c) => c.url)).toEqual(["/ok.js"]);
  });
});
