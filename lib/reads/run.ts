import type { NetworkSnapshot } from "../chains/networks";
import type { ReadName, Reads } from "./registry";

export type ReadArgs<K extends ReadName> = Parameters<Reads[K]>;
export type ReadResult<K extends ReadName> = Awaited<ReturnType<Reads[K]>>;

/**
 * One chain read by name (registry.ts), run where the reads live: in simulator mode inside the
 * simulator's worker, in live mode in a read worker (or on this thread where there are no
 * workers). The page itself never loads CosmJS to read; it does only to sign.
 */
export async function read<K extends ReadName>(name: K, ...args: ReadArgs<K>): Promise<ReadResult<K>> {
  const net = args[0] as NetworkSnapshot;
  if (net.mode === "simulator") {
    const { getSim } = await import("../sim-host/sim-client");
    return (await (await getSim()).read(name, args)) as ReadResult<K>;
  }
  const { liveRead } = await import("./live-reader");
  return (await liveRead(name, args)) as ReadResult<K>;
}
