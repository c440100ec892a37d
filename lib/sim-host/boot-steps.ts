/** When each start-up step of the simulator ended, epoch ms (performance marks for bench:data, see sim-client.ts). */
export const bootSteps: Record<string, number> = {};

export function stamp(step: string): void {
  if (typeof performance !== "undefined") bootSteps[step] = performance.timeOrigin + performance.now();
}

// The worker imports this module before any other (sim-worker.ts), so this is when its chunks had
// all been fetched and compiled and its modules began to run: "sim:worker-eval", stamped once all
// have run, less this is the time spent evaluating them.
stamp("sim:worker-code");
