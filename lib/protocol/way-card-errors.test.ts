import { describe, expect, it } from "vitest";
import { toUserError } from "../tx/errors";

// How the Way Card's refusals reach users once CosmJS has wrapped them.
const wrapped = (inner: string) =>
  new Error(`Broadcasting transaction failed with code 5 (codespace: wasm). Log: failed to execute message; message index: 0: ${inner}: execute wasm contract failed`);

describe("Way Card refusals in user words", () => {
  it("static refusals get fixed sentences", () => {
    expect(toUserError(wrapped("The card is frozen; unfreeze it to make purchases")).detail).toBe("The card is frozen. Unfreeze it to make purchases.");
    expect(toUserError(wrapped("No Way Card is open for this address; open one first")).detail).toBe("You have no Way Card open. Open one first.");
  });

  it("refusals with amounts come through verbatim, without the wasm wrapping", () => {
    const u = toUserError(wrapped("The purchase of $51.00 is more than the card can pay: $50.99 (balance plus available credit)"));
    expect(u.kind).toBe("chain");
    expect(u.detail).toBe("The purchase of $51.00 is more than the card can pay: $50.99 (balance plus available credit)");
    expect(toUserError(wrapped("The card owes $1.50; repay it before closing the card")).detail).toBe("The card owes $1.50; repay it before closing the card");
  });
});
