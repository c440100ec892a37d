import { fromUtf8, toUtf8 } from "@cosmjs/encoding";
import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";
import { QueryError } from "../errors";

/** The SDK's default page size when a request sets no limit. */
const DEFAULT_LIMIT = 100;

/**
 * cosmos.base.query pagination over an already ordered list. `next_key` is opaque to clients;
 * here it is the decimal index of the next item. Like the SDK, key and offset are exclusive and
 * `total` is only counted for offset queries.
 */
export function paginate<T>(items: ReadonlyArray<T>, req: PageRequest | undefined): { page: T[]; pagination: PageResponse } {
  const list = req?.reverse ? [...items].reverse() : items;
  const hasKey = !!req?.key && req.key.length > 0;
  if (hasKey && req!.offset > 0n) {
    throw new QueryError("InvalidArgument", "paginate: invalid request, either offset or key is expected, got both: invalid request");
  }
  let start = 0;
  if (hasKey) {
    const s = fromUtf8(req!.key);
    if (!/^\d+$/.test(s)) throw new QueryError("InvalidArgument", "invalid pagination key: invalid request");
    start = Number(s);
  } else if (req?.offset) {
    start = Number(req.offset);
  }
  const limit = req?.limit && req.limit > 0n ? Number(req.limit) : DEFAULT_LIMIT;
  const page = list.slice(start, start + limit);
  const end = start + page.length;
  const nextKey = end < list.length ? toUtf8(String(end)) : new Uint8Array();
  // The SDK counts the total when asked, and whenever the limit defaulted.
  const total = !hasKey && (req?.countTotal || !req?.limit) ? BigInt(list.length) : 0n;
  return { page, pagination: { nextKey, total } };
}
