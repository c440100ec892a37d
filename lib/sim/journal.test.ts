import { describe, expect, it } from "vitest";
import { Journal } from "./journal";

describe("Journal", () => {
  it("rolls back sets, deletes and created sub-records to the exact prior state", () => {
    const rec: Record<string, Record<string, number>> = { a: { x: 1 } };
    const j = new Journal();
    const mark = j.mark();
    j.set(rec.a, "x", 2);
    j.set(rec.a, "y", 3);
    j.sub(rec, "b").z = 0;
    j.set(j.sub(rec, "b"), "z", 9);
    j.del(rec.a, "x");
    expect(rec).toEqual({ a: { y: 3 }, b: { z: 9 } });
    j.rollbackTo(mark);
    expect(rec).toEqual({ a: { x: 1 } });
  });

  it("a nested rollback keeps the outer writes", () => {
    const rec: Record<string, number> = {};
    const j = new Journal();
    j.set(rec, "outer", 1);
    const inner = j.mark();
    j.set(rec, "inner", 2);
    j.set(rec, "outer", 5);
    j.rollbackTo(inner);
    expect(rec).toEqual({ outer: 1 });
  });

  it("commit forgets undo entries so later rollbacks cannot touch committed writes", () => {
    const rec: Record<string, number> = {};
    const j = new Journal();
    j.set(rec, "k", 1);
    j.commit();
    j.rollbackTo(0);
    expect(rec).toEqual({ k: 1 });
  });
});
