import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";
import type { Duration } from "cosmjs-types/google/protobuf/duration";

/** Unix ms → google.protobuf.Timestamp (floor to whole ms; the simulator's clock has ms resolution). */
export function msToTimestamp(ms: number): Timestamp {
  const seconds = Math.floor(ms / 1000);
  return { seconds: BigInt(seconds), nanos: (ms - seconds * 1000) * 1_000_000 };
}

export function secondsToDuration(seconds: number): Duration {
  return { seconds: BigInt(seconds), nanos: 0 };
}

/** Go's time.RFC3339 layout (no fractional seconds), as event attributes print times. */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}
