import { describe, expect, it } from "vitest";
import { toUtf8 } from "@cosmjs/encoding";
import { derivedAddress } from "../sim/address";
import { simActorAddress } from "./derive";
import { WAY_CARD_ADMIN, WAY_CARD_CONTRACT, WAY_CARD_PROGRAM, wayCardContractOn } from "./way-card";

describe("Way Card addresses are their own derivations", () => {
  it("contract, program and admin", () => {
    expect(WAY_CARD_CONTRACT).toBe(derivedAddress("milk", "wasm", toUtf8("way-card")));
    expect(WAY_CARD_PROGRAM).toBe(simActorAddress("milk", "way-card/program"));
    expect(WAY_CARD_ADMIN).toBe(simActorAddress("milk", "way-card/admin"));
  });

  it("exists only on the simulated MilkyWay chain", () => {
    expect(wayCardContractOn("milkyway-sim-1")).toBe(WAY_CARD_CONTRACT);
    expect(wayCardContractOn("milkyway")).toBeNull();
  });
});
