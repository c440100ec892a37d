import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

/** Polls until the URL answers 200 (a `next start` or devnet that is still booting). */
export async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server at ${url} did not start`);
}

/**
 * `next start` of the last production build on 127.0.0.1:port. It runs in its own process
 * group and kill() ends the whole group: `next start` forks a next-server child that would
 * otherwise outlive it, keeping the port and any inherited file descriptors (e.g. a lock) open.
 */
export function startNext(port: number, cwd = process.cwd(), next = resolve("node_modules/.bin/next")): { kill(): void } {
  // This project's Next unless told otherwise, also for another app's directory (bench-lighthouse's bare page).
  const child: ChildProcess = spawn(next, ["start", "-p", String(port), "-H", "127.0.0.1"], { stdio: "ignore", detached: true, cwd });
  return {
    kill() {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    },
  };
}
