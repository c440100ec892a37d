import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Cell, DataTable } from "./data-table";

describe("DataTable", () => {
  const out = renderToStaticMarkup(
    <DataTable caption="Pools" head={["Pool", "Delegated", "APR"]}>
      <tr>
        <Cell header>Pool #1</Cell>
        <Cell>12 milkTIA</Cell>
        <Cell>3.10%</Cell>
      </tr>
    </DataTable>,
  );

  it("stays one captioned table with its header row and cell order, with no sideways scroll on a phone", () => {
    expect(out.match(/<table/g)).toHaveLength(1);
    expect(out).toContain('<caption class="sr-only">Pools</caption>');
    expect(out).toMatch(/<th scope="row"[^>]*>Pool #1<\/th><td[^>]*>12 milkTIA<\/td><td[^>]*>3.10%<\/td>/);
    // Below sm: rows are cards, the table's min width is lifted; the sideways scroll is only from sm up.
    expect(out).toContain("max-sm:[&amp;_table]:min-w-0");
    expect(out).toContain("max-sm:[&amp;_tbody&gt;tr]:flex");
    expect(out).toContain("sm:overflow-x-auto");
    expect(out).not.toMatch(/class="overflow-x-auto"/);
  });
});
