import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Toaster } from "./toaster";

describe("Toaster", () => {
  const out = renderToStaticMarkup(<Toaster />);
  it("keeps an empty polite live region from the first render", () => {
    expect(out).toMatch(/role="region" aria-label="Notifications"/);
    expect(out).toMatch(/<ol aria-live="polite"[^>]*><\/ol>/);
  });
  it("sits under the header, not along the bottom where the primary button is", () => {
    const cls = out.match(/role="region"[^>]*class="([^"]+)"/)?.[1] ?? out.match(/class="([^"]+)"[^>]*role="region"/)![1];
    expect(cls).toContain("top-16");
    expect(cls).not.toMatch(/(^| )bottom-/);
    expect(cls).not.toContain("sm:bottom-");
  });
});
