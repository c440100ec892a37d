/**
 * Osmosis reports a pool's volume only as a running total (TotalVolumeForPool). To turn it into
 * fees over a window, this browser keeps the totals it has seen, with the chain's time, per
 * network and pool (at most one sample an hour, eight days' worth). The fees APR on Yield is then
 * measured over the longest window this browser has watched, and says how long that is.
 */
export interface VolumeSample {
  timeMs: number;
  /** Cumulative volume in value terms (token1 base units), as a decimal string. */
  value: string;
}

const PREFIX = "milkyway:pool-volume:";
const HOUR = 3_600_000;
const KEEP = 8 * 24 * HOUR;

type StorageLike = Pick<Storage, "getItem" | "setItem">;

function load(storage: StorageLike, key: string): VolumeSample[] {
  try {
    const raw = JSON.parse(storage.getItem(PREFIX + key) ?? "[]");
    if (!Array.isArray(raw)) return [];
    return raw.filter((s): s is VolumeSample => typeof s?.timeMs === "number" && Number.isFinite(s.timeMs) && typeof s?.value === "string" && /^\d{1,60}$/.test(s.value));
  } catch {
    return [];
  }
}

/** Adds a sample (if an hour has passed since the last, or time went backwards: a reset world) and returns the kept list. */
export function recordVolume(storage: StorageLike, key: string, sample: { timeMs: number; value: bigint }): VolumeSample[] {
  let list = load(storage, key);
  const last = list.at(-1);
  if (last && (sample.timeMs < last.timeMs || BigInt(sample.value) < BigInt(last.value))) list = [];
  if (!last || list.length === 0 || sample.timeMs - list.at(-1)!.timeMs >= HOUR) list.push({ timeMs: sample.timeMs, value: sample.value.toString() });
  list = list.filter((s) => sample.timeMs - s.timeMs <= KEEP);
  try {
    storage.setItem(PREFIX + key, JSON.stringify(list));
  } catch {
    // Storage full or refused: the window just stays short.
  }
  return list;
}

/** Volume traded between the oldest kept sample and now, and over how long; null under an hour. */
export function volumeWindow(samples: ReadonlyArray<VolumeSample>, now: { timeMs: number; value: bigint }): { volume: bigint; windowS: number } | null {
  const first = samples[0];
  if (!first || now.timeMs - first.timeMs < HOUR) return null;
  const volume = now.value - BigInt(first.value);
  return volume < 0n ? null : { volume, windowS: Math.floor((now.timeMs - first.timeMs) / 1000) };
}
