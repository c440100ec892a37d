// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { clientScreen } from "./client-screen";

const tick = () => new Promise((r) => setTimeout(r, 0));

describe("clientScreen in a browser", () => {
  it("starts loading its chunk from the first render, in a task of its own, once", async () => {
    let loads = 0;
    const Screen = clientScreen(
      async () => {
        loads++;
        return function Ready() {
          return <p>ready</p>;
        };
      },
      () => <p aria-busy="true">Loading</p>,
    );
    renderToStaticMarkup(<Screen />);
    renderToStaticMarkup(<Screen />);
    // Not inside the render: the script tags go in after the current task.
    expect(loads).toBe(0);
    await tick();
    expect(loads).toBe(1);
    renderToStaticMarkup(<Screen />);
    await tick();
    expect(loads).toBe(1);
  });

  it("asks again on the next render after a failed load, without an unhandled rejection", async () => {
    let loads = 0;
    const Screen = clientScreen(
      async () => {
        loads++;
        throw new Error("chunk 404");
      },
      () => null,
    );
    renderToStaticMarkup(<Screen />);
    await tick();
    await tick();
    renderToStaticMarkup(<Screen />);
    await tick();
    expect(loads).toBe(2);
  });
});
