import { describe, expect, it } from "vitest";
import { ibcDenom, simActorAddress } from "./derive";
import { SIM_LSTS } from "./lsts";

describe("LST records are their own derivations", () => {
  it.each(SIM_LSTS.map((l) => [l.symbol, l] as const))("%s denoms equal the ICS-20 hashes of their paths", (_s, l) => {
    expect(l.ibcDenom).toBe(ibcDenom(`transfer/${l.protocolChannel}/${l.nativeDenom}`));
    expect(l.lstOnNativeDenom).toBe(ibcDenom(`transfer/${l.nativeChannel}/${l.lstDenom}`));
    expect(l.lstDenom).toBe(`factory/${l.contract}/${l.subdenom}`);
  });

  it("matches the mainnet denoms the protocol doc lists", () => {
    const tia = SIM_LSTS.find((l) => l.symbol === "milkTIA")!;
    expect(tia.ibcDenom).toBe("ibc/D79E7D83AB399BFFF93433E54FAA480C191248FC556924A2A8351AE2638B3877");
    expect(tia.lstOnNativeDenom).toBe("ibc/F428C5D24BEF8CA22EE74810A583422C12F02865ADAC185678C73015A88227B3");
  });

  it("uses the simulator's stand-in addresses where mainnet ones are not public", () => {
    const baby = SIM_LSTS.find((l) => l.symbol === "milkBABY")!;
    expect(baby.stakerAddress).toBe(simActorAddress("bbn", "milkBABY/staker"));
    expect(baby.rewardCollectorAddress).toBe(simActorAddress("bbn", "milkBABY/rewards"));
    expect(baby.treasuryAddress).toBe(simActorAddress("milk", "milkBABY/treasury"));
    const init = SIM_LSTS.find((l) => l.symbol === "milkINIT")!;
    expect(init.stakerAddress).toBe(simActorAddress("init", "milkINIT/staker"));
    expect(init.treasuryAddress).toBe(simActorAddress("init", "milkINIT/treasury"));
  });
});
