import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";

/** The SDK's default page size when a request sets no limit. */
const DEFAULT_LIMIT = 100n;

function keyOf(offset: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(offset));
  return out;
}

function offsetOf(key: Uint8Array): number {
  if (key.length !== 8) return 0;
  return Number(new DataView(key.buffer, key.byteOffset, 8).getBigUint64(0));
}

/**
 * Offset/limit pagination over an already ordered list. Our next_key is the next offset as 8
 * big-endian bytes: opaque to clients, exactly as the SDK's store keys are.
 */
export function paginate<T>(items: readonly T[], page: PageRequest | undefined): { items: T[]; pagination: PageResponse } {
  const list = page?.reverse ? [...items].reverse() : [...items];
  const start = page?.key && page.key.length > 0 ? offsetOf(page.key) : Number(page?.offset ?? 0n);
  const limit = Number(page?.limit && page.limit > 0n ? page.limit : DEFAULT_LIMIT);
  const slice = list.slice(start, start + limit);
  const next = start + limit < list.length ? keyOf(start + limit) : new Uint8Array();
  return { items: slice, pagination: { nextKey: next, total: BigInt(list.length) } };
}
