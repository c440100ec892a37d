import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "./csp";
import { staticSecurityHeaders } from "./static-headers.mjs";

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split("; ").map((d) => { const [k, ...v] = d.split(" "); return [k, v]; }));
}

describe("contentSecurityPolicy", () => {
  it("lets only nonced scripts run in production: no unsafe-inline or unsafe-eval", () => {
    const d = directives(contentSecurityPolicy("abc123==", { dev: false }));
    expect(d.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(d.get("script-src")!.join(" ")).not.toMatch(/unsafe/);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'self'"]);
  });

  it("allows unsafe-eval only in dev (React's debugging aids)", () => {
    expect(directives(contentSecurityPolicy("n", { dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("connects to any https RPC and its wss websocket, local http/ws nodes and the WalletConnect relays, nothing else", () => {
    const c = directives(contentSecurityPolicy("n", { dev: false })).get("connect-src")!;
    expect(c).toEqual(expect.arrayContaining(["'self'", "https:", "wss:", "http://localhost:*", "http://127.0.0.1:*", "ws://localhost:*", "ws://127.0.0.1:*"]));
    expect(c).not.toContain("http:");
    expect(c).not.toContain("ws:");
    expect(c).not.toContain("*");
  });
});

describe("newNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(Array.from({ length: 50 }, newNonce)).size).toBe(50);
  });
});

describe("staticSecurityHeaders", () => {
  it("sends HSTS only from production and the rest always", () => {
    const dev = new Map(staticSecurityHeaders({ production: false }).map((h) => [h.key, h.value]));
    const prod = new Map(staticSecurityHeaders({ production: true }).map((h) => [h.key, h.value]));
    expect(dev.has("Strict-Transport-Security")).toBe(false);
    expect(prod.get("Strict-Transport-Security")).toMatch(/max-age=\d{8}/);
    for (const m of [dev, prod]) {
      expect(m.get("X-Content-Type-Options")).toBe("nosniff");
      expect(m.get("X-Frame-Options")).toBe("DENY");
      expect(m.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(m.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
      expect(m.get("Permissions-Policy")).toContain("camera=()");
    }
  });
});
