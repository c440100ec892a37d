import type { IndexedTxRecord } from "../state";

/** One condition of CometBFT's query language: `tx.height>=5`, `message.sender='addr'`. */
interface Condition {
  key: string;
  op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS";
  value: string;
}

/** Longest query accepted and most conditions in one query (CometBFT has no cap; a devnet needs one). */
export const MAX_QUERY_LENGTH = 4096;
export const MAX_QUERY_CONDITIONS = 32;

const isKeyChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** One left-to-right pass over the query: linear time whatever the input. */
export function parseTxQuery(query: string): Condition[] {
  const fail = (): never => {
    throw new Error(`failed to parse query: ${query.length > 200 ? `${query.slice(0, 200)}…` : query}`);
  };
  if (query.length > MAX_QUERY_LENGTH) throw new Error(`query is longer than ${MAX_QUERY_LENGTH} characters`);
  const out: Condition[] = [];
  let i = 0;
  const n = query.length;
  const skip = () => {
    while (i < n && isSpace(query.charCodeAt(i))) i++;
  };
  skip();
  if (i === n) return out;
  for (;;) {
    const k0 = i;
    while (i < n && isKeyChar(query.charCodeAt(i))) i++;
    if (i === k0) fail();
    const key = query.slice(k0, i);
    skip();
    let op: Condition["op"];
    const two = query.slice(i, i + 2);
    if (two === "<=" || two === ">=") {
      op = two;
      i += 2;
    } else if (query[i] === "=" || query[i] === "<" || query[i] === ">") {
      op = query[i] as Condition["op"];
      i += 1;
    } else if (query.slice(i, i + 8).toUpperCase() === "CONTAINS") {
      op = "CONTAINS";
      i += 8;
    } else return fail();
    skip();
    let value: string;
    if (query[i] === "'") {
      const end = query.indexOf("'", i + 1);
      if (end < 0) fail();
      value = query.slice(i + 1, end);
      i = end + 1;
    } else {
      const v0 = i;
      while (i < n && isDigit(query.charCodeAt(i))) i++;
      if (i === v0) fail();
      value = query.slice(v0, i);
    }
    out.push({ key, op, value });
    if (out.length > MAX_QUERY_CONDITIONS) throw new Error(`query has more than ${MAX_QUERY_CONDITIONS} conditions`);
    const before = i;
    skip();
    if (i === n) return out;
    if (i === before || query.slice(i, i + 3).toUpperCase() !== "AND") fail();
    i += 3;
    const afterAnd = i;
    skip();
    if (i === afterAnd) fail();
  }
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
