import { afterEach, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { copyExact, DisplayValue } from "./display-value";
import { displayToken } from "@/lib/amount/display";

// No DOM in these tests: the markup is read with a few patterns, the copy handler with stand-ins.
const html = () => renderToStaticMarkup(<DisplayValue shown={displayToken(12_345_678_9n, 7, "TIA")} />);
const attr = (name: string) => html().match(new RegExp(`^<data[^>]* ${name}="([^"]*)"`))?.[1];

describe("DisplayValue", () => {
  it("shows only the rounded text, with the exact value for hover and machines", () => {
    expect(html()).toMatch(/^<data[^>]*>12\.3456 TIA<\/data>$/);
    expect(attr("value")).toBe("12.3456789 TIA");
    expect(attr("title")).toBe("12.3456789 TIA");
  });

  it("can be reached by keyboard, where it shows the exact value", () => {
    expect(attr("tabindex")).toBe("0");
    expect(attr("data-exact")).toBe("12.3456789 TIA");
    expect(attr("class")).toContain("focus-visible:after:content-[attr(data-exact)]");
  });

  it("is plain text, not focusable, when nothing was rounded", () => {
    expect(renderToStaticMarkup(<DisplayValue shown={displayToken(1_500_000n, 6, "TIA")} />)).toBe("<span>1.5 TIA</span>");
  });
});

describe("copyExact", () => {
  const inside = { id: "inside" };
  const outside = { id: "outside" };
  const target = { contains: (n: unknown) => n === inside } as unknown as HTMLElement;
  const event = () => ({ currentTarget: target, clipboardData: { setData: vi.fn() } as unknown as DataTransfer, preventDefault: vi.fn() });
  const select = (anchorNode: unknown, focusNode: unknown, isCollapsed = false) => vi.stubGlobal("window", { getSelection: () => ({ anchorNode, focusNode, isCollapsed }) });
  afterEach(() => vi.unstubAllGlobals());

  it("puts the exact value on the clipboard when the selection is within the value", () => {
    select(inside, inside);
    const e = event();
    expect(copyExact(e, "12.3456789 TIA")).toBe(true);
    expect(e.clipboardData.setData).toHaveBeenCalledWith("text/plain", "12.3456789 TIA");
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it("leaves a selection reaching outside the value, or an empty one, to the browser", () => {
    for (const [a, f, collapsed] of [
      [inside, outside, false],
      [outside, inside, false],
      [inside, inside, true],
    ] as const) {
      select(a, f, collapsed);
      const e = event();
      expect(copyExact(e, "x")).toBe(false);
      expect(e.clipboardData.setData).not.toHaveBeenCalled();
      expect(e.preventDefault).not.toHaveBeenCalled();
    }
  });
});
