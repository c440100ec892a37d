import type { World } from "../state";

/** xorshift32 over the world's stored state: the living world is random but replayable. */
export function nextRandom(world: World): number {
  let x = world.rng | 0;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  world.rng = x >>> 0;
  return world.rng / 0x1_0000_0000;
}

export function randomInt(world: World, min: number, maxInclusive: number): number {
  return min + Math.floor(nextRandom(world) * (maxInclusive - min + 1));
}

export function pick<T>(world: World, items: ReadonlyArray<T>): T {
  return items[randomInt(world, 0, items.length - 1)];
}
