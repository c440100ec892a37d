import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { TabPanel } from "./tabs";

describe("TabPanel", () => {
  it("renders the selected panel's content and leaves a never-selected panel empty and hidden", () => {
    const html = renderToStaticMarkup(
      <>
        <TabPanel idPrefix="t" id="a" selected>
          <input aria-label="amount" />
        </TabPanel>
        <TabPanel idPrefix="t" id="b" selected={false}>
          <input aria-label="other" />
        </TabPanel>
      </>,
    );
    expect(html).toContain('id="t-panel-a"');
    expect(html).toContain('aria-label="amount"');
    expect(html).toMatch(/id="t-panel-b"[^>]*hidden=""[^>]*><\/div>/);
    expect(html).not.toContain('aria-label="other"');
  });
});
