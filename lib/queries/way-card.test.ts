import { describe, expect, it } from "vitest";
import { SIMULATOR_CHAIN_IDS } from "../stores/network-store";
import { wayCardStatementQuery } from "./way-card";

const net = { mode: "simulator" as const, chainIds: SIMULATOR_CHAIN_IDS, rpc: {} } as Parameters<typeof wayCardStatementQuery>[0];
const page = (...seqs: number[]) => seqs.map((seq) => ({ seq, timeMs: 0, kind: "top_up" as const, merchant: null, amountUsd: 0n, balanceAfter: 0n, owedAfter: 0n, note: "" }));

describe("the statement's pages", () => {
  const q = wayCardStatementQuery(net, "milk1owner", 3);
  const next = (p: ReturnType<typeof page>) => q.getNextPageParam(p, [p], null, [null]);

  it("asks for the lines after the last seq seen while pages come back full", () => {
    expect(q.initialPageParam).toBeNull();
    expect(next(page(9, 8, 7))).toBe(7);
  });
  it("stops at a short page: nothing older", () => {
    expect(next(page(2, 1))).toBeUndefined();
    expect(next(page())).toBeUndefined();
  });
});
