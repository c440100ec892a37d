/** Coins inside the simulator: bigint amounts, sorted by denom like sdk.Coins. */
export interface SimCoin {
  denom: string;
  amount: bigint;
}

export function coin(amount: bigint | number | string, denom: string): SimCoin {
  return { denom, amount: BigInt(amount) };
}

export function fromProtoCoins(coins: ReadonlyArray<{ denom: string; amount: string }>): SimCoin[] {
  return coins.map((c) => {
    if (!/^\d+$/.test(c.amount)) throw new Error(`invalid coin amount "${c.amount}"`);
    return { denom: c.denom, amount: BigInt(c.amount) };
  });
}

export function toProtoCoins(coins: ReadonlyArray<SimCoin>): { denom: string; amount: string }[] {
  return coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}

/** `1000utia,5uosmo` — the SDK's Coins.String(), used in event attributes and errors. */
export function coinsString(coins: ReadonlyArray<SimCoin>): string {
  return coins.map((c) => `${c.amount}${c.denom}`).join(",");
}

export function sortCoins(coins: ReadonlyArray<SimCoin>): SimCoin[] {
  return [...coins].sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}
