import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMA_PATH, schemaText } from "./proto-schema";

describe("lib/cosmos/proto/gen/proto-schema.json", () => {
  it("is what proto/ generates (run npx tsx scripts/proto-schema.ts after editing a .proto)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(schemaText());
  });
});
