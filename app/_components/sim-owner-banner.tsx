"use client";

import { OtherTabBanner } from "@/components/sim/other-tab-banner";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useSimHost, useSimVersion } from "@/hooks/use-sim-host";

/** On every page: the "open in another tab" state, when this tab does not own the simulator. */
export function SimOwnerBanner() {
  const net = useNetworkSnapshot();
  const host = useSimHost(net.hydrated && net.mode === "simulator");
  useSimVersion(host);
  if (net.mode !== "simulator" || host?.status.kind !== "elsewhere") return null;
  return <OtherTabBanner onUseHere={() => host.takeOver()} />;
}
