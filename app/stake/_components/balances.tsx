"use client";

import { BalancesPanel, type BalanceRow } from "@/components/stake/balances-panel";
import { useLstBalances } from "@/hooks/use-lst-queries";
import { displayToken } from "@/lib/amount/display";
import { chainConfig } from "@/lib/chains/networks";
import { oneClickDelivery } from "@/lib/protocol/liquid-staking";
import type { ChainKey } from "@/lib/stores/network-store";
import { movableTokensOf } from "@/lib/chains/token-places";
import { type StakeContext } from "./stake-context";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";

type Spec = { id: string; symbol: string; label: string; note?: string; key: ChainKey; chainId: string; denom: string; decimals?: number };

/** Source-token, LST and fee balances for the selected asset on both of its chains. */
export function Balances({ ctx, connecting, connectError, onUseDemo }: { ctx: StakeContext; connecting: boolean; connectError: string | null; onUseDemo?: () => void }) {
  const { lst, keys, names, net } = ctx;
  const protocolCfg = chainConfig(keys.protocol);
  const fee = protocolCfg.feeTokens[0];
  // Every chain each token can be on, so a token that landed anywhere (one-click delivers milkTIA
  // to Celestia; restaking keeps it on MilkyWay) is on screen and reachable from the Move tab.
  const [native, liquid] = movableTokensOf(lst);
  const delivery = oneClickDelivery(lst, protocolCfg.bech32Prefix);
  const specs: Spec[] = [native, liquid].flatMap((t) =>
    t.places.map((p) => ({
      id: `${t === native ? "native" : "lst"}-${p.key === keys.protocol ? "protocol" : p.key === keys.native ? "native" : p.key}`,
      symbol: t.symbol,
      label: `${t.symbol} on ${CHAIN_NAMES[p.key]}`,
      note: t === liquid && delivery.on === "native" && p.key === keys.native ? "from one-click stakes" : undefined,
      key: p.key,
      chainId: net.chainIds[p.key],
      denom: p.denom,
    })),
  );
  if (fee.denom !== lst.ibcDenom) {
    const feeSymbol = fee.denom === protocolCfg.stakeDenom ? protocolCfg.stakeSymbol : fee.denom;
    specs.push({ id: "fee-protocol", symbol: feeSymbol, label: `${feeSymbol} on ${names.protocol}`, note: "for network fees", key: keys.protocol, chainId: lst.chainId, denom: fee.denom, decimals: protocolCfg.decimals });
  }
  const results = useLstBalances(
    net,
    specs.map((s) => ({ key: s.key, address: ctx.connected ? ctx.addresses[s.chainId] : undefined, denom: s.denom })),
  );
  const rows: BalanceRow[] = specs.map((s, i) => {
    const r = results[i];
    const hasAddress = Boolean(ctx.addresses[s.chainId]);
    return {
      id: s.id,
      label: s.label,
      symbol: s.symbol,
      chain: s.key,
      note: hasAddress ? s.note : "no address for this chain in your wallet",
      amount: !hasAddress ? "—" : r.data !== undefined ? displayToken(r.data, s.decimals ?? lst.decimals) : r.isError ? undefined : null,
    };
  });
  return <BalancesPanel connected={ctx.connected} connecting={connecting} rows={rows} onUseDemo={onUseDemo} connectError={connectError} />;
}
