/**
 * JSON with explicit bigint encoding, for persisting simulator state. A bigint becomes
 * `{"$n":"123"}`. That marker cannot collide with data: every object key of the data that
 * starts with `$` is written with one more `$` (`$n` → `$$n`, `$$x` → `$$$x`) and read back
 * without it, so a lone `$n` key is only ever written by the encoder itself.
 */
const DOLLAR = 36;

function hasDollarKey(v: object): boolean {
  for (const k in v) if (k.charCodeAt(0) === DOLLAR) return true;
  return false;
}

export function stringifyBig(value: unknown): string {
  return JSON.stringify(value, (_k, v) => {
    if (typeof v === "bigint") return { $n: v.toString() };
    if (v !== null && typeof v === "object" && !Array.isArray(v) && hasDollarKey(v)) {
      const out: Record<string, unknown> = Object.create(null);
      for (const k of Object.keys(v)) out[k.charCodeAt(0) === DOLLAR ? `$${k}` : k] = (v as Record<string, unknown>)[k];
      return out;
    }
    return v;
  });
}

export interface ParseBigOptions {
  /** Build every object with a null prototype, so keys like `__proto__` or `constructor` are plain data. */
  nullProto?: boolean;
}

export function parseBig<T = unknown>(text: string, opts: ParseBigOptions = {}): T {
  // A plain JSON.parse and one walk over its result, not a reviver: JSON.parse with a reviver
  // calls back for every value (strings and numbers too) and a save or the genesis (2 MB) took
  // ~3x as long to restore that way, the slowest step of the simulator's start before its first
  // answer. The walk gives the same values, key order and prototypes as the reviver did.
  return revive(JSON.parse(text), opts.nullProto === true) as T;
}

function revive(v: unknown, nullProto: boolean): unknown {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) v[i] = revive(v[i], nullProto);
    return v;
  }
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (keys.length === 1 && keys[0] === "$n") {
    if (typeof o.$n !== "string" || !/^-?\d+$/.test(o.$n)) throw new Error(`bad bigint ${String(o.$n)}`);
    return BigInt(o.$n);
  }
  if (!keys.some((k) => k.charCodeAt(0) === DOLLAR)) {
    // In place: JSON.parse made every key an own data property (`__proto__` included), so
    // dropping the prototype afterwards leaves them all as they are.
    if (nullProto) Object.setPrototypeOf(o, null);
    for (const k of keys) o[k] = revive(o[k], nullProto);
    return o;
  }
  const out: Record<string, unknown> = nullProto ? Object.create(null) : {};
  for (const k of keys) {
    const name = k.charCodeAt(0) === DOLLAR && k.charCodeAt(1) === DOLLAR ? k.slice(1) : k;
    const value = revive(o[k], nullProto);
    if (name === "__proto__" && !nullProto) Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    else out[name] = value;
  }
  return out;
}
