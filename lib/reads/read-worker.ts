/**
 * Live mode's read worker: CosmJS and the node's answers are parsed here, off the page's main
 * thread, exactly as the simulator's worker does in simulator mode (see registry.ts).
 */
import { replyWhenDone, type Reply } from "../workers/calls";
import { runRead } from "./registry";

const post = (r: Reply) => (self as unknown as { postMessage(m: Reply): void }).postMessage(r);

self.addEventListener("message", (e: MessageEvent<{ id: number; name: string; args: unknown[] }>) => {
  const { id, name, args } = e.data;
  replyWhenDone(id, runRead(name, args), post);
});
