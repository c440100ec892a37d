import { describe, expect, it } from "vitest";
import { runForAccount } from "./account-queue";

const deferred = () => {
  let resolve!: () => void;
  const p = new Promise<void>((r) => (resolve = r));
  return { p, resolve };
};

describe("runForAccount", () => {
  it("runs one account's transactions in order, even when one fails", async () => {
    const order: string[] = [];
    const gate = deferred();
    const a = runForAccount("osmo1a", async () => {
      await gate.p;
      order.push("a1");
      throw new Error("rejected");
    });
    const b = runForAccount("osmo1a", async () => void order.push("a2"));
    gate.resolve();
    await expect(a).rejects.toThrow("rejected");
    await b;
    expect(order).toEqual(["a1", "a2"]);
  });

  it("lets two accounts sign at once", async () => {
    const gate = deferred();
    const order: string[] = [];
    const slow = runForAccount("osmo1a", async () => {
      await gate.p;
      order.push("a");
    });
    await runForAccount("celestia1b", async () => void order.push("b"));
    expect(order).toEqual(["b"]);
    gate.resolve();
    await slow;
    expect(order).toEqual(["b", "a"]);
  });
});
