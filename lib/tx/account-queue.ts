/**
 * Transactions of one account run one after another (each needs the sequence the previous one
 * leaves), while different accounts — another chain's address, another wallet — sign at once.
 */
const tails = new Map<string, Promise<unknown>>();

export function runForAccount<T>(account: string, fn: () => Promise<T>): Promise<T> {
  const before = tails.get(account) ?? Promise.resolve();
  const run = before.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(account, tail);
  void tail.then(() => {
    if (tails.get(account) === tail) tails.delete(account);
  });
  return run;
}
