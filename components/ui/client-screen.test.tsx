import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { clientScreen } from "./client-screen";

describe("clientScreen", () => {
  it("renders its fallback on the server and never loads the chunk there", () => {
    let loads = 0;
    const Screen = clientScreen<{ name: string }>(
      async () => {
        loads++;
        return function Hello({ name }: { name: string }) {
          return <p>Hello {name}</p>;
        };
      },
      () => <p aria-busy="true">Loading</p>,
    );
    expect(renderToStaticMarkup(<Screen name="x" />)).toBe('<p aria-busy="true">Loading</p>');
    expect(loads).toBe(0);
  });
});
