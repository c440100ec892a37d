import { describe, expect, it } from "vitest";
import {
  draftFromEntries,
  earningServices,
  entriesFromDraft,
  sameTrust,
  setPreferencesMsg,
  trustsPair,
  trustsService,
  withPair,
  withService,
} from "./restaking-trust";

const POOLS = [1, 2];

describe("per-pool trust", () => {
  it("reads an empty pool list as every pool, and round-trips entries", () => {
    const d = draftFromEntries([{ serviceId: 2, poolIds: [] }, { serviceId: 1, poolIds: [2] }]);
    expect(trustsPair(d, 2, 1)).toBe(true);
    expect(trustsPair(d, 2, 99)).toBe(true);
    expect(trustsPair(d, 1, 1)).toBe(false);
    expect(trustsPair(d, 1, 2)).toBe(true);
    expect(trustsPair(d, 3, 1)).toBe(false);
    expect(entriesFromDraft(d)).toEqual([{ serviceId: 1, poolIds: [2] }, { serviceId: 2, poolIds: [] }]);
  });

  it("turning one pool off an every-pool entry lists the other existing pools", () => {
    const d = withPair(draftFromEntries([{ serviceId: 1, poolIds: [] }]), 1, 1, false, POOLS);
    expect(entriesFromDraft(d)).toEqual([{ serviceId: 1, poolIds: [2] }]);
    const off = withPair(d, 1, 2, false, POOLS);
    expect(entriesFromDraft(off)).toEqual([]);
    expect(trustsService(off, 1)).toBe(false);
    const on = withPair(off, 1, 2, true, POOLS);
    expect(entriesFromDraft(on)).toEqual([{ serviceId: 1, poolIds: [2] }]);
  });

  it("service-level toggles trust every pool or none", () => {
    const d = withService(new Map(), 3, true);
    expect(entriesFromDraft(d)).toEqual([{ serviceId: 3, poolIds: [] }]);
    expect(entriesFromDraft(withService(d, 3, false))).toEqual([]);
  });

  it("compares drafts by their effect on chain", () => {
    const a = draftFromEntries([{ serviceId: 1, poolIds: [2, 1] }]);
    const b = withPair(withPair(new Map(), 1, 1, true, POOLS), 1, 2, true, POOLS);
    expect(sameTrust(a, b)).toBe(true);
    // An explicit list of today's pools is not "every pool": future pools differ.
    expect(sameTrust(a, draftFromEntries([{ serviceId: 1, poolIds: [] }]))).toBe(false);
  });

  it("a pool earns only from services that borrow it and are trusted with it", () => {
    const services = [
      { id: 1, securingPools: [1, 2] },
      { id: 2, securingPools: [2] },
      { id: 3, securingPools: [1] },
    ];
    const d = draftFromEntries([{ serviceId: 1, poolIds: [2] }, { serviceId: 2, poolIds: [] }, { serviceId: 3, poolIds: [] }]);
    expect(earningServices(d, services, 1)).toEqual([3]);
    expect(earningServices(d, services, 2)).toEqual([1, 2]);
    expect(earningServices(new Map(), services, 1)).toEqual([]);
  });

  it("builds MsgSetUserPreferences with the proto field names", () => {
    expect(setPreferencesMsg("milk1x", [{ serviceId: 1, poolIds: [2] }])).toEqual({
      typeUrl: "/milkyway.restaking.v1.MsgSetUserPreferences",
      value: { user: "milk1x", preferences: { trustedServices: [{ serviceId: 1, poolsIds: [2] }] } },
    });
  });
});
