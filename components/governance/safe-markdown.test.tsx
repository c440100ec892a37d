import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SafeMarkdown } from "./safe-markdown";

const html = (text: string) => renderToStaticMarkup(<SafeMarkdown text={text} />);

describe("SafeMarkdown", () => {
  it("renders paragraphs, emphasis, code and lists as elements", () => {
    expect(html("Lift the **cap** for *milkTIA* via `MsgUpdateParams`.\n\n- one\n- two\n\n1. first")).toBe(
      '<div><p>Lift the <strong>cap</strong> for <em>milkTIA</em> via <code class="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">MsgUpdateParams</code>.</p>' +
        '<ul class="list-disc pl-5"><li>one</li><li>two</li></ul><ol class="list-decimal pl-5"><li>first</li></ol></div>',
    );
  });

  it("never lets chain text become HTML, and shows links as text", () => {
    const out = html('<img src=x onerror="alert(1)"> [docs](javascript:alert(1)) <script>x</script>');
    expect(out).not.toContain("<img");
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<a");
    expect(out).toContain("&lt;img src=x");
    expect(out).toContain("docs (javascript:alert(1))");
  });
});
