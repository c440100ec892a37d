import type { IndexedTxRecord } from "../state";

/** One condition of CometBFT's query language: `tx.height>=5`, `message.sender='addr'`. */
interface Condition {
  key: string;
  op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS";
  value: string;
}

export function parseTxQuery(query: string): Condition[] {
  const parts = query.split(/\s+AND\s+/i).map((p) => p.trim()).filter(Boolean);
  return parts.map((p) => {
    const m = /^([\w.\-]+)\s*(<=|>=|=|<|>|CONTAINS)\s*(?:'([^']*)'|(\d+))$/i.exec(p);
    if (!m) throw new Error(`failed to parse query: ${query}`);
    return { key: m[1], op: m[2].toUpperCase() as Condition["op"], value: m[3] ?? m[4] };
  });
}

function compare(actual: string, c: Condition): boolean {
  switch (c.op) {
    case "=":
      return actual === c.value;
    case "CONTAINS":
      return actual.includes(c.value);
    default: {
      const a = Number(actual);
      const b = Number(c.value);
      if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
      return c.op === "<" ? a < b : c.op === "<=" ? a <= b : c.op === ">" ? a > b : a >= b;
    }
  }
}

export function txMatches(tx: IndexedTxRecord, conditions: Condition[]): boolean {
  return conditions.every((c) => {
    if (c.key === "tx.hash") return tx.hash === c.value.toUpperCase();
    if (c.key === "tx.height") return compare(String(tx.height), c);
    const dot = c.key.lastIndexOf(".");
    const type = c.key.slice(0, dot);
    const attr = c.key.slice(dot + 1);
    return tx.events.some((e) => e.type === type && e.attributes.some((a) => a.key === attr && compare(a.value, c)));
  });
}
