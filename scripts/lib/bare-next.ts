/**
 * A throwaway hello-world Next app, generated outside the repository and built with this
 * project's own Next (same version, same Turbopack, same React), for bench-lighthouse.ts to
 * measure side by side with the real routes: the framework's floor on this machine today.
 *
 * Why not a /bench-bare route in the app: it would inherit the root layout (providers, header,
 * fonts, the CSP proxy), so it would not be bare, and it would ship to users.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";

function commonAncestor(a: string, b: string): string {
  const x = a.split(sep);
  const y = b.split(sep);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return x.slice(0, i).join(sep) || sep;
}

/** Builds the bare app and returns its directory; `dispose()` removes it. */
export function buildBareNext(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), "bare-next-"));
  const modules = realpathSync(resolve("node_modules"));
  symlinkSync(modules, join(dir, "node_modules"), "dir");
  mkdirSync(join(dir, "app"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true, type: "module" }) + "\n");
  // Turbopack compiles only under its root, which must hold the (symlinked) node_modules too.
  writeFileSync(
    join(dir, "next.config.mjs"),
    `export default ${JSON.stringify({ poweredByHeader: false, turbopack: { root: commonAncestor(dir, modules) }, outputFileTracingRoot: commonAncestor(dir, modules) })};\n`,
  );
  // Plain JSX: no TypeScript setup for Next to generate.
  writeFileSync(
    join(dir, "app/layout.jsx"),
    `export const metadata = { title: "Bare" };\nexport default function RootLayout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n`,
  );
  writeFileSync(join(dir, "app/page.jsx"), `export default function Page() {\n  return (<main><h1>Hello, world</h1><p>A bare Next page.</p></main>);\n}\n`);
  execFileSync(resolve("node_modules/.bin/next"), ["build"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
