/**
 * `items.map(fn)` with at most `limit` calls in flight, results in input order. Used where one
 * read fans out into many (a block per transaction in the history): all at once floods the node
 * (and the browser's 6 connections per host), one at a time is slow.
 */
export async function mapWithConcurrency<T, R>(items: ReadonlyArray<T>, limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return out;
}
