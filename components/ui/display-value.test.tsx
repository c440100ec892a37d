import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { DisplayValue } from "./display-value";
import { displayToken } from "@/lib/amount/display";

describe("DisplayValue", () => {
  it("shows the rounded text with the exact value as title and for screen readers", () => {
    const out = renderToStaticMarkup(<DisplayValue shown={displayToken(12_345_678_9n, 7, "TIA")} />);
    expect(out).toBe('<data value="12.3456789 TIA" title="12.3456789 TIA"><span aria-hidden="true">12.3456 TIA</span><span class="sr-only">12.3456789 TIA</span></data>');
  });
  it("is plain text when nothing was rounded", () => {
    expect(renderToStaticMarkup(<DisplayValue shown={displayToken(1_500_000n, 6, "TIA")} />)).toBe("<span>1.5 TIA</span>");
  });
});
