import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { PoolsTable } from "./targets-tables";

describe("PoolsTable before its read answers", () => {
  it("a restake table not read yet shows placeholders, not its empty text", () => {
    const loading = renderToStaticMarkup(<PoolsTable rows={undefined} />);
    expect(loading).not.toContain("No pools yet.");
    expect(loading).toContain('aria-busy="true"');
    expect(renderToStaticMarkup(<PoolsTable rows={[]} />)).toContain("No pools yet.");
  });
});
