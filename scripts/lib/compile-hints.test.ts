import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT } from "./compile-hints";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "hints-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const chunk = '(globalThis.TURBOPACK||[]).push([0,1,e=>{e.v(2)}]);\n//# sourceMappingURL=a.js.map';

describe("addCompileHints", () => {
  it("makes the hint the first line of every chunk, nested ones too, and leaves the rest as it was", () => {
    mkdirSync(join(dir, "pages"));
    writeFileSync(join(dir, "a.js"), chunk);
    writeFileSync(join(dir, "pages", "b.js"), "x()");
    writeFileSync(join(dir, "c.css"), "a{}");
    expect(addCompileHints(dir)).toEqual({ hinted: 2, already: 0 });
    expect(readFileSync(join(dir, "a.js"), "utf8")).toBe(`${COMPILE_HINT}\n${chunk}`);
    expect(readFileSync(join(dir, "pages", "b.js"), "utf8")).toBe(`${COMPILE_HINT}\nx()`);
    expect(readFileSync(join(dir, "c.css"), "utf8")).toBe("a{}");
  });

  it("changes nothing the second time (a rebuild of the same output, or the script run twice)", () => {
    writeFileSync(join(dir, "a.js"), chunk);
    writeFileSync(join(dir, "a.js.map"), JSON.stringify({ version: 3, sources: ["x.ts"], names: [], mappings: "AAAA;AACA" }));
    addCompileHints(dir);
    const once = [readFileSync(join(dir, "a.js"), "utf8"), readFileSync(join(dir, "a.js.map"), "utf8")];
    expect(addCompileHints(dir)).toEqual({ hinted: 0, already: 1 });
    expect([readFileSync(join(dir, "a.js"), "utf8"), readFileSync(join(dir, "a.js.map"), "utf8")]).toEqual(once);
  });

  it("moves a source map's lines down one, so a position in the chunk still maps to its source", () => {
    writeFileSync(join(dir, "a.js"), chunk);
    writeFileSync(join(dir, "a.js.map"), JSON.stringify({ version: 3, sources: ["x.ts"], names: [], mappings: "AAAA,CAAC;AACA" }));
    addCompileHints(dir);
    // Generated line 1 is now the hint (no segments); the chunk's first line is line 2.
    expect(JSON.parse(readFileSync(join(dir, "a.js.map"), "utf8")).mappings.split(";")).toEqual(["", "AAAA,CAAC", "AACA"]);
  });

  it("moves every section of an index map down one line", () => {
    writeFileSync(join(dir, "a.js"), chunk);
    const section = (line: number) => ({ offset: { line, column: 0 }, map: { version: 3, sources: [], names: [], mappings: "" } });
    writeFileSync(join(dir, "a.js.map"), JSON.stringify({ version: 3, sections: [section(0), section(7)] }));
    addCompileHints(dir);
    const lines = JSON.parse(readFileSync(join(dir, "a.js.map"), "utf8")).sections.map((s: { offset: { line: number } }) => s.offset.line);
    expect(lines).toEqual([1, 8]);
  });

  it("refuses a chunk with an inline source map rather than leave it a line off", () => {
    writeFileSync(join(dir, "a.js"), "x()\n//# sourceMappingURL=data:application/json;base64,e30=");
    expect(() => addCompileHints(dir)).toThrow(/inline source map/);
    expect(readFileSync(join(dir, "a.js"), "utf8").startsWith(COMPILE_HINT)).toBe(false);
  });
});
