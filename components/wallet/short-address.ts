/**
 * "milk1qg5eg…cye4": the human-readable prefix, the first five data characters and the last
 * four, enough to recognise an address at a glance. The full address stays in titles, copy
 * actions and screen-reader text.
 */
export function shortAddress(address: string): string {
  const sep = address.lastIndexOf("1");
  if (sep < 0 || address.length <= sep + 12) return address;
  return `${address.slice(0, sep + 6)}…${address.slice(-4)}`;
}
