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
  return JSON.parse(text, (_k, v) => {
    if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    if (keys.length === 1 && keys[0] === "$n") {
      if (typeof v.$n !== "string" || !/^-?\d+$/.test(v.$n)) throw new Error(`bad bigint ${String(v.$n)}`);
      return BigInt(v.$n);
    }
    if (!opts.nullProto && !keys.some((k) => k.charCodeAt(0) === DOLLAR)) return v;
    const out: Record<string, unknown> = opts.nullProto ? Object.create(null) : {};
    for (const k of keys) {
      const name = k.charCodeAt(0) === DOLLAR && k.charCodeAt(1) === DOLLAR ? k.slice(1) : k;
      if (name === "__proto__" && !opts.nullProto) Object.defineProperty(out, name, { value: v[k], enumerable: true, writable: true, configurable: true });
      else out[name] = v[k];
    }
    return out;
  }) as T;
}
