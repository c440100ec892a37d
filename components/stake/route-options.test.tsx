import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { RouteOptions } from "./route-options";

const render = (unavailable?: string) =>
  renderToStaticMarkup(
    <RouteOptions
      legend="How to get milkTIA"
      name="stake-via"
      value="mint"
      onChange={() => {}}
      options={[
        { value: "mint", title: "Mint through the contract", amount: "9.790433 milkTIA", facts: [{ id: "impact", label: "Price impact", value: "none" }] },
        { value: "pool", title: "Buy on pool #1475", amount: null, facts: [], unavailable },
      ]}
    />,
  );

describe("RouteOptions", () => {
  it("is a radio group: one checked, each radio described by its facts", () => {
    const html = render();
    expect(html).toMatch(/<fieldset[^>]*><legend[^>]*>How to get milkTIA<\/legend>/);
    expect(html).toMatch(/id="stake-via-mint"[^>]*checked=""/);
    expect(html).toContain('aria-describedby="stake-via-mint-facts"');
    expect(html).toContain('id="stake-via-mint-facts"');
  });
  it("says a quote is coming rather than showing an empty amount", () => {
    expect(render()).toMatch(/data-testid="stake-via-pool-amount"><span[^>]*>Quoting…<\/span>/);
  });
  it("a route that cannot run says why and cannot be picked", () => {
    const html = render("The pool pays 1.50% less than milkTIA's redemption rate; your limit is 1.00%.");
    expect(html).toMatch(/id="stake-via-pool"[^>]*disabled=""/);
    expect(html).toContain("your limit is 1.00%");
  });
});
