import { rec } from "../../journal";
import { DEC_SCALE, decMul, decMulTruncate, decQuoTruncate, decToString, type Dec } from "../../../amount/decimal";

/**
 * sdk.DecCoins / DecPools / ServicePools as immutable plain records (denom → 18-decimal raw
 * bigint). Every operation returns a new object and drops zero entries, the way the SDK's
 * sanitised DecCoins do, so "empty" and "absent" are the same thing.
 */
export type DecCoins = Readonly<Record<string, Dec>>;
/** Restaked denom → reward coins (milkyway `DecPools`). */
export type DecPools = Readonly<Record<string, DecCoins>>;
/** Service id → DecPools (milkyway `ServicePools`, one entry per service paying the target). */
export type ServicePools = Readonly<Record<string, DecPools>>;
/** Integer coins (sdk.Coins), denom → amount. */
export type IntCoins = Readonly<Record<string, bigint>>;

export const EMPTY: Readonly<Record<string, never>> = Object.freeze(rec<never>());

export function sortedKeys(rec: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(rec).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function clean<V>(entries: [string, V][], isZero: (v: V) => boolean): Record<string, V> {
  const out: Record<string, V> = rec();
  for (const [k, v] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (!isZero(v)) out[k] = v;
  return out;
}

const isZeroDec = (d: bigint) => d === 0n;

export function decCoinsAdd(a: DecCoins, b: DecCoins): DecCoins {
  const out: Record<string, Dec> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0n) + v;
  return clean(Object.entries(out), isZeroDec);
}

/** a − b; throws (a chain panic) on a negative result, as sdk.DecCoins.Sub does. */
export function decCoinsSub(a: DecCoins, b: DecCoins): DecCoins {
  const out: Record<string, Dec> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0n) - v;
  for (const [k, v] of Object.entries(out)) if (v < 0n) throw new Error(`negative coin amount: ${k}`);
  return clean(Object.entries(out), isZeroDec);
}

export function decCoinsMap(a: DecCoins, f: (v: Dec) => Dec): DecCoins {
  return clean(
    Object.entries(a).map(([k, v]) => [k, f(v)] as [string, Dec]),
    isZeroDec,
  );
}

export const decCoinsMulDecTruncate = (a: DecCoins, d: Dec) => decCoinsMap(a, (v) => decMulTruncate(v, d));
export const decCoinsQuoDecTruncate = (a: DecCoins, d: Dec) => decCoinsMap(a, (v) => decQuoTruncate(v, d));
/** DecCoins.MulDec: LegacyDec.Mul, round half-even at 18 decimals. */
export const decCoinsMulDec = (a: DecCoins, d: Dec) => decCoinsMap(a, (v) => decMul(v, d, "half-even"));

/** TruncateDecimal: integer part of each coin, and the fractional remainder. */
export function decCoinsTruncate(a: DecCoins): { coins: IntCoins; remainder: DecCoins } {
  const coins: Record<string, bigint> = rec();
  const remainder: Record<string, Dec> = rec();
  for (const k of sortedKeys(a)) {
    const whole = a[k] / DEC_SCALE;
    const frac = a[k] - whole * DEC_SCALE;
    if (whole !== 0n) coins[k] = whole;
    if (frac !== 0n) remainder[k] = frac;
  }
  return { coins, remainder };
}

/** Per-denom minimum (sdk.DecCoins.Intersect). */
export function decCoinsMin(a: DecCoins, b: DecCoins): DecCoins {
  return clean(
    Object.entries(a).map(([k, v]) => [k, v < (b[k] ?? 0n) ? v : (b[k] ?? 0n)] as [string, Dec]),
    isZeroDec,
  );
}

export function isEmpty(a: Readonly<Record<string, unknown>>): boolean {
  return Object.keys(a).length === 0;
}

export function intCoinsToDec(a: IntCoins): DecCoins {
  return decCoinsMap(a, (v) => v * DEC_SCALE);
}

export function intCoinsAdd(a: IntCoins, b: IntCoins): IntCoins {
  const out: Record<string, bigint> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0n) + v;
  return clean(Object.entries(out), isZeroDec);
}

export function intCoinsSub(a: IntCoins, b: IntCoins): IntCoins {
  const out: Record<string, bigint> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0n) - v;
  for (const [k, v] of Object.entries(out)) if (v < 0n) throw new Error(`negative coin amount: ${k}`);
  return clean(Object.entries(out), isZeroDec);
}

// ---- DecPools

export function decPoolsAdd(a: DecPools, b: DecPools): DecPools {
  const out: Record<string, DecCoins> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = decCoinsAdd(out[k] ?? EMPTY, v);
  return clean(Object.entries(out), isEmpty);
}

export function decPoolsSub(a: DecPools, b: DecPools): DecPools {
  const out: Record<string, DecCoins> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = decCoinsSub(out[k] ?? EMPTY, v);
  return clean(Object.entries(out), isEmpty);
}

export function decPool(denom: string, coins: DecCoins): DecPools {
  return isEmpty(coins) ? EMPTY : Object.assign(rec<DecCoins>(), { [denom]: coins });
}

export function decPoolsTruncate(a: DecPools): { pools: Readonly<Record<string, IntCoins>>; remainder: DecPools } {
  const pools: Record<string, IntCoins> = rec();
  const remainder: Record<string, DecCoins> = rec();
  for (const k of sortedKeys(a)) {
    const t = decCoinsTruncate(a[k]);
    if (!isEmpty(t.coins)) pools[k] = t.coins;
    if (!isEmpty(t.remainder)) remainder[k] = t.remainder;
  }
  return { pools, remainder };
}

export function intPoolsSum(p: Readonly<Record<string, IntCoins>>): IntCoins {
  let out: IntCoins = EMPTY;
  for (const k of sortedKeys(p)) out = intCoinsAdd(out, p[k]);
  return out;
}

export function intPoolsToDec(p: Readonly<Record<string, IntCoins>>): DecPools {
  const out: Record<string, DecCoins> = rec();
  for (const k of sortedKeys(p)) out[k] = intCoinsToDec(p[k]);
  return clean(Object.entries(out), isEmpty);
}

/** Per (pool, coin) minimum: DecPools.Intersect. */
export function decPoolsMin(a: DecPools, b: DecPools): DecPools {
  const out: Record<string, DecCoins> = rec();
  for (const k of Object.keys(a)) out[k] = decCoinsMin(a[k], b[k] ?? EMPTY);
  return clean(Object.entries(out), isEmpty);
}

export function decPoolsSum(a: DecPools): DecCoins {
  let out: DecCoins = EMPTY;
  for (const k of sortedKeys(a)) out = decCoinsAdd(out, a[k]);
  return out;
}

// ---- ServicePools

export function servicePoolsAdd(a: ServicePools, b: ServicePools): ServicePools {
  const out: Record<string, DecPools> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = decPoolsAdd(out[k] ?? EMPTY, v);
  return clean(Object.entries(out), isEmpty);
}

export function servicePoolsSub(a: ServicePools, b: ServicePools): ServicePools {
  const out: Record<string, DecPools> = Object.assign(rec(), a);
  for (const [k, v] of Object.entries(b)) out[k] = decPoolsSub(out[k] ?? EMPTY, v);
  return clean(Object.entries(out), isEmpty);
}

// ---- strings, as the Go types print them in events and errors

export function decCoinsString(a: DecCoins, denomOf: (k: string) => string = (k) => k): string {
  return sortedKeys(a)
    .map((k) => `${decToString(a[k])}${denomOf(k)}`)
    .join(",");
}

export function intCoinsString(a: IntCoins): string {
  return sortedKeys(a)
    .map((k) => `${a[k]}${k}`)
    .join(",");
}

/** DecPools/Pools as `denom:coins` items; the chain prints the gogoproto text form (see report). */
export function poolsString(p: Readonly<Record<string, Readonly<Record<string, bigint>>>>, dec: boolean): string {
  return sortedKeys(p)
    .map((k) => `${k}:${dec ? decCoinsString(p[k]) : intCoinsString(p[k])}`)
    .join(",");
}
