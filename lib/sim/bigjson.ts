/**
 * JSON with explicit bigint encoding, for persisting simulator state. A bigint becomes
 * `{"$n":"123"}`: unambiguous (no string in the state starts an object with that key) and
 * reversible without a schema.
 */
export function stringifyBig(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? { $n: v.toString() } : v));
}

export function parseBig<T = unknown>(text: string): T {
  return JSON.parse(text, (_k, v) => {
    if (v !== null && typeof v === "object" && !Array.isArray(v) && typeof v.$n === "string") {
      const keys = Object.keys(v);
      if (keys.length === 1) {
        if (!/^-?\d+$/.test(v.$n)) throw new Error(`bad bigint ${v.$n}`);
        return BigInt(v.$n);
      }
    }
    return v;
  }) as T;
}
