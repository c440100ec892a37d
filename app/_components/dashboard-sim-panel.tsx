"use client";

import { SimControls } from "@/components/sim/sim-controls";
import { faucetSummary } from "@/lib/wallet/demo-funding-summary";
import { useSimControls } from "@/hooks/use-sim-controls";

/** The simulator controls wired to the simulator; the dashboard and Settings both show them. */
export function BoundSimControls({ sim, compact }: { sim: ReturnType<typeof useSimControls>; compact?: boolean }) {
  return (
    <SimControls
      compact={compact}
      ready={sim.ready}
      timeMs={sim.timeMs}
      speed={sim.speed}
      faults={sim.faults}
      status={sim.status}
      demoConnected={sim.demoConnected}
      faucetSummary={faucetSummary()}
      advancing={sim.advancing}
      onAdvance={sim.advanceDays}
      onSetSpeed={sim.setSpeed}
      onSetFaults={sim.setFaults}
      onFaucet={sim.faucet}
      onResetWorld={sim.resetWorld}
    />
  );
}

/** The compact simulator panel on the dashboard; absent in live mode. */
export function DashboardSimPanel() {
  const sim = useSimControls();
  if (!sim.enabled && !sim.hydrating) return null;
  return <BoundSimControls sim={sim} compact />;
}
