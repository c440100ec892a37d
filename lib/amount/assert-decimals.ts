/**
 * Token decimals come from chain registries and config, not from users, so a bad value is a
 * programming error and throws instead of producing a user-facing message. The upper bound
 * keeps a typo (say 1e9) from turning into a billion-digit zero padding.
 */
export const MAX_DECIMALS = 255;

export function assertDecimals(decimals: number, where: string): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`${where}: decimals must be an integer from 0 to ${MAX_DECIMALS}, got ${decimals}`);
  }
}
