"use client";

import { useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { AssetSelect } from "@/components/stake/asset-select";
import { StakeSkeleton } from "@/components/stake/stake-skeleton";
import { StoppedBanner } from "@/components/stake/stopped-banner";
import { TabPanel, Tabs } from "@/components/stake/tabs";
import { Card, CardTitle } from "@/components/ui/card";
import { useLstConfig, useLstState } from "@/hooks/use-lst-queries";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useTx } from "@/hooks/use-tx";
import { usePoolId } from "@/hooks/use-pool-settings";
import type { TxRequest } from "@/lib/tx/mutation-options";
import { connectDemoWallet, useWalletState } from "@/hooks/use-wallet";
import { lstsFor, type NetworkSnapshot } from "@/lib/chains/networks";
import { chainKeyOf, protocolKey } from "@/lib/protocol/liquid-staking";
import type { ChainKey } from "@/lib/stores/network-store";
import { toUserError } from "@/lib/tx/errors";
import { Balances } from "./balances";
import { type StakeAction, type StakeContext } from "./stake-context";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { StakePanel } from "./stake-panel";
import { UnstakePanel } from "./unstake-panel";
import { MovePanel } from "./move-panel";
import { UnstakeRequests } from "./unstake-requests";

type Tab = "stake" | "unstake" | "move";
const TABS = [
  { id: "stake", label: "Stake" },
  { id: "unstake", label: "Unstake" },
  { id: "move", label: "Move" },
] as const;

/** The stake / unstake / claim screen; waits for the saved network choice before any query. */
export function StakeScreen() {
  const net = useNetworkSnapshot();
  if (!net.hydrated) return <StakeSkeleton />;
  return <StakeScreenReady net={net} />;
}

function StakeScreenReady({ net }: { net: NetworkSnapshot }) {
  const lsts = useMemo(() => lstsFor(net), [net]);
  const [symbol, setSymbol] = useState(lsts[0].symbol);
  const [tab, setTab] = useState<Tab>("stake");
  // A move asked for by another tab (e.g. Unstake: "move it to Osmosis"); keys the Move form.
  const [movePreset, setMovePreset] = useState<{ symbol: string; from: ChainKey; to: ChainKey; n: number } | null>(null);
  const lst = lsts.find((l) => l.symbol === symbol) ?? lsts[0];
  const keys = { protocol: protocolKey(net, lst), native: chainKeyOf(net, lst.nativeChainId)! };
  const names = { protocol: CHAIN_NAMES[keys.protocol], native: CHAIN_NAMES[keys.native] };

  const wallet = useWalletState(useShallow((s) => ({ status: s.status, addresses: s.addresses, error: s.error })));
  const connected = wallet.status === "connected";
  const config = useLstConfig(net, lst);
  const state = useLstState(net, lst);

  const poolId = usePoolId(net.mode, lst.symbol);
  // One mutation per kind of transaction this screen sends; the screen shows the last one sent.
  // Stake's and Unstake's pool routes send a swap, so the kind follows the messages, not the tab.
  const txs = { stake: useTx("stake"), unstake: useTx("unstake"), claim: useTx("claim"), move: useTx("move"), swap: useTx("swap") };
  const [action, setAction] = useState<StakeAction | null>(null);
  const [kind, setKind] = useState<keyof typeof txs>("stake");
  const tx = txs[kind];
  const send = (a: StakeAction, req: TxRequest, onSuccess?: Parameters<StakeContext["send"]>[2]) => {
    const swap = req.msgs.every((m) => m.typeUrl.startsWith("/osmosis.poolmanager."));
    const k: keyof typeof txs = swap ? "swap" : a === "stake" || a === "unstake" || a === "move" ? a : "claim";
    setAction(a);
    setKind(k);
    txs[k].mutate(req, { onSuccess });
  };

  const stopped = config.data?.stopped ?? false;
  const ctx: StakeContext = {
    net,
    lst,
    keys,
    names,
    addresses: wallet.addresses,
    connected,
    config: config.data,
    state: state.data,
    stopped,
    busy: tx.isPending,
    pending: tx.isPending ? action : null,
    failure: tx.isError && action ? { action, error: toUserError(tx.error) } : null,
    send,
  };
  const loadError = config.error ?? state.error;

  return (
    <div className="space-y-4">
      {stopped ? <StoppedBanner symbol={lst.symbol} chainName={names.protocol} poolId={lst.chainId === net.chainIds.osmosis ? poolId : undefined} /> : null}
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card className="min-w-0 space-y-5">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <AssetSelect
              id="stake-asset"
              value={lst.symbol}
              options={lsts.map((l) => ({ value: l.symbol, label: `${l.nativeSymbol} → ${l.symbol}` }))}
              onChange={(v) => {
                setSymbol(v);
                for (const t of Object.values(txs)) t.reset();
              }}
            />
            <Tabs label="Stake, unstake or move" idPrefix="stake" tabs={TABS} selected={tab} onSelect={setTab} />
          </div>
          {loadError ? (
            <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-700 dark:text-red-400">
              <span>The {lst.symbol} contract could not be read: {toUserError(loadError).detail}</span>
              <button
                type="button"
                className="rounded-md border border-current px-2 py-1 text-xs font-medium"
                onClick={() => {
                  void config.refetch();
                  void state.refetch();
                }}
              >
                Retry
              </button>
            </div>
          ) : null}
          {/* Keyed by asset so switching asset starts from an empty form. */}
          <TabPanel idPrefix="stake" id="stake" selected={tab === "stake"}>
            <StakePanel key={lst.symbol} ctx={ctx} />
          </TabPanel>
          <TabPanel idPrefix="stake" id="unstake" selected={tab === "unstake"}>
            <UnstakePanel
              key={lst.symbol}
              ctx={ctx}
              onMoveHere={(from) => {
                setMovePreset((p) => ({ symbol: lst.symbol, from, to: keys.protocol, n: (p?.n ?? 0) + 1 }));
                setTab("move");
              }}
            />
          </TabPanel>
          <TabPanel idPrefix="stake" id="move" selected={tab === "move"}>
            <MovePanel key={`${lst.symbol}:${movePreset?.n ?? 0}`} ctx={ctx} preset={movePreset?.symbol === lst.symbol ? movePreset : null} onUnstake={() => setTab("unstake")} />
          </TabPanel>
        </Card>
        <Card as="aside" aria-labelledby="balances-heading" className="min-w-0">
          <CardTitle id="balances-heading" level={3}>
            Your balances
          </CardTitle>
          <div className="mt-3">
            <Balances
              ctx={ctx}
              connecting={wallet.status === "connecting"}
              connectError={wallet.status === "error" ? wallet.error : null}
              onUseDemo={net.mode === "simulator" ? () => void connectDemoWallet() : undefined}
            />
          </div>
        </Card>
      </div>
      <Card as="section" aria-labelledby="requests-heading" className="min-w-0">
        <CardTitle id="requests-heading" level={3}>
          Your {lst.symbol} unstake requests
        </CardTitle>
        <div className="mt-3">
          <UnstakeRequests ctx={ctx} />
        </div>
      </Card>
    </div>
  );
}
