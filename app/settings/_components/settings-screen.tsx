"use client";

import { useStore } from "zustand";
import { useShallow } from "zustand/react/shallow";
import { Card, CardText } from "@/components/ui/card";
import { useNetwork } from "@/hooks/use-network";
import { useSimControls } from "@/hooks/use-sim-controls";
import { liveTransportStore } from "@/lib/stores/live-transport-store";
import { BoundSimControls } from "@/app/_components/dashboard-sim-panel";
import { LiveNetworkForm } from "./live-network-form";
import { NetworkModeSwitch } from "./network-mode-switch";
import { PoolIdsForm } from "./pool-ids-form";
import { SettingsSkeleton } from "./settings-skeleton";

/** The settings form: mode, live chain-ids and endpoints, and the simulator's controls. */
export function SettingsScreen() {
  const { hydrated, mode, liveChainIds, rpc, explorers, setMode, setLiveChainIds, setRpc, setExplorers } = useNetwork(
    useShallow((s) => ({
      hydrated: s.hydrated,
      mode: s.mode,
      liveChainIds: s.liveChainIds,
      rpc: s.rpc,
      explorers: s.explorers,
      setMode: s.setMode,
      setLiveChainIds: s.setLiveChainIds,
      setRpc: s.setRpc,
      setExplorers: s.setExplorers,
    })),
  );
  const sim = useSimControls();
  const transport = useStore(liveTransportStore, (s) => s.byChain);

  if (!hydrated) return <SettingsSkeleton />;

  return (
    <div className="grid gap-6 lg:grid-cols-2 [&>*]:min-w-0">
      <div className="space-y-6">
        <NetworkModeSwitch mode={mode} onChange={setMode} />
        <LiveNetworkForm
          liveChainIds={liveChainIds}
          rpc={rpc}
          explorers={explorers}
          transport={mode === "live" ? transport : {}}
          onSave={(chainIds, endpoints, explorerTemplates) => {
            setLiveChainIds(chainIds);
            setRpc(endpoints);
            setExplorers(explorerTemplates);
          }}
        />
        <PoolIdsForm />
      </div>
      <div id="simulator" className="scroll-mt-20">
        {sim.enabled ? (
          <BoundSimControls sim={sim} />
        ) : (
          <Card as="section" aria-labelledby="sim-off-heading">
            <h2 id="sim-off-heading" className="text-base font-semibold tracking-tight">
              Simulator
            </h2>
            <CardText>
              The simulator&rsquo;s clock, faucet and fault switches appear here when the simulator is selected. Its
              saved world stays in this browser while you use live mode.
            </CardText>
          </Card>
        )}
      </div>
    </div>
  );
}
