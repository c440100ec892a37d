"use client";

import { Fragment, useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { DelegationsTable, type DelegationRow } from "@/components/restake/delegations-table";
import { TrustForm } from "@/components/restake/trust-form";
import { useRestakeUsd, useTrustForApr } from "@/hooks/use-restake-usd";
import { aprText, type CoinsUsd } from "@/lib/protocol/restaking-apr";
import { draftFromEntries, earningServices, entriesFromDraft, sameTrust, setPreferencesMsg, trustsPair, trustsService, withPair, withService, type TrustDraft } from "@/lib/protocol/restaking-trust";
import { UnbondingsTable } from "@/components/restake/unbondings-table";
import { QueryError } from "@/components/dashboard/query-error";
import { FactList } from "@/components/stake/fact-list";
import { TabPanel, Tabs } from "@/components/stake/tabs";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import {
  useMilkywayBalance,
  useOperators,
  usePools,
  useRestakingParams,
  useRewardsPlans,
  useServices,
  useUserDelegations,
  useUserRewards,
  useUserTrust,
  useUserUnbondings,
} from "@/hooks/use-restake";
import { useTx } from "@/hooks/use-tx";
import type { TxRequest } from "@/lib/tx/mutation-options";
import type { DeliverTxResponse } from "@cosmjs/stargate";
import { connectDemoWallet, useWalletState } from "@/hooks/use-wallet";
import type { NetworkSnapshot } from "@/lib/chains/networks";
import {
  amountOf,
  denomSymbol,
  targetKey,
  withdrawRewardMsg,
  type CoinAmount,
  targetLabel as labelOf,
  type Target,
} from "@/lib/protocol/restaking";
import { toUserError } from "@/lib/tx/errors";
import { BringMilkTiaPanel } from "./bring-milktia-panel";
import { DelegatePanel } from "./delegate-panel";
import { MilkStaking } from "./milk-staking";
import type { RestakeContext, TargetOption } from "./restake-context";
import { RestakeSkeleton } from "./restake-skeleton";
import { RestakeTargetTables } from "./restake-target-tables";
import { MILKTIA_ON_MILKYWAY } from "@/lib/chains/lsts";
import { formatCountdown } from "@/lib/time/countdown";
import { displayExactToken, displayToken, displayUsd } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";

const D = 6;
/** Exact, every digit: transaction labels. */
const fmt = (c: ReadonlyArray<CoinAmount>) => (c.length ? c.map((x) => displayExactToken(x.amount, D, denomSymbol(x.denom)).text).join(", ") : "0");
/** Rounded for sentences (exact values are in the tables). */
const fmtShort = (c: ReadonlyArray<CoinAmount>) => (c.length ? c.map((x) => displayToken(x.amount, D, denomSymbol(x.denom)).text).join(", ") : "0");
/** Rounded, each coin's exact value on hover, focus and copy: tables and facts. */
const show = (c: ReadonlyArray<CoinAmount>) =>
  c.length ? (
    <>
      {c.map((x, i) => (
        <Fragment key={x.denom}>
          {i > 0 ? ", " : ""}
          <DisplayValue shown={displayToken(x.amount, D, denomSymbol(x.denom))} />
        </Fragment>
      ))}
    </>
  ) : (
    "0"
  );

export function RestakeScreen() {
  const net = useNetworkSnapshot();
  if (!net.hydrated) return <RestakeSkeleton />;
  return <RestakeScreenReady net={net} />;
}

type Tab = "delegate" | "undelegate";
const TABS = [
  { id: "delegate", label: "Delegate" },
  { id: "undelegate", label: "Undelegate" },
] as const;

function RestakeScreenReady({ net }: { net: NetworkSnapshot }) {
  const chainId = net.chainIds.milkyway;
  const wallet = useWalletState(useShallow((s) => ({ status: s.status, addresses: s.addresses })));
  const user = wallet.addresses[chainId];
  const pools = usePools(net);
  const operators = useOperators(net);
  const services = useServices(net);
  const plans = useRewardsPlans(net);
  const params = useRestakingParams(net);
  const delegations = useUserDelegations(net, user);
  const unbondings = useUserUnbondings(net, user);
  const trust = useUserTrust(net, user);
  const rewards = useUserRewards(net, user);
  const milk = useMilkywayBalance(net, user, "umilk");
  const milkTia = useMilkywayBalance(net, user, MILKTIA_ON_MILKYWAY);
  const now = useLstClock(net.mode);
  // One mutation per kind of transaction this screen sends; the screen shows the last one sent.
  const txs = { restake: useTx("restake"), "restake-rewards": useTx("restake-rewards"), trust: useTx("trust"), "milk-stake": useTx("milk-stake"), move: useTx("move") };
  const [lastKind, setLastKind] = useState<keyof typeof txs>("restake");
  const tx = txs[lastKind];
  const [tab, setTab] = useState<Tab>("delegate");
  const [trustDraft, setTrustDraft] = useState<TrustDraft | null>(null);

  const send = (kind: keyof typeof txs, req: TxRequest, onSuccess?: (r: DeliverTxResponse) => void) => {
    setLastKind(kind);
    txs[kind].mutate(req, { onSuccess: (r) => onSuccess?.(r) });
  };
  const sendAs = (kind: keyof typeof txs) => (req: TxRequest, onSuccess?: (r: DeliverTxResponse) => void) => send(kind, req, onSuccess);

  const opName = useMemo(() => new Map((operators.data ?? []).map((o) => [o.id, o.moniker])), [operators.data]);
  const svcName = useMemo(() => new Map((services.data ?? []).map((s) => [s.id, s.name])), [services.data]);
  const targetLabel = (t: Target) => labelOf(t, { pools: pools.data, operators: operators.data, services: services.data });
  const poolLabel = (id: number) => targetLabel({ kind: "pool", id });

  // Daily emission per service from plans running now (doc §2.6).
  const activePlans = (plans.data ?? []).filter((p) => now === null || (p.startMs <= now && now < p.endMs));
  const dailyBySvc = new Map<number, bigint>();
  for (const p of activePlans) if (p.perDay.denom === "umilk") dailyBySvc.set(p.serviceId, (dailyBySvc.get(p.serviceId) ?? 0n) + p.perDay.amount);

  const trusted = useMemo(() => draftFromEntries(trust.data ?? []), [trust.data]);
  const draft = trustDraft ?? trusted;
  const trustDirty = trustDraft !== null && !sameTrust(trustDraft, trusted);
  const allPoolIds = (pools.data ?? []).map((p) => p.id);

  const aprTrust = useTrustForApr(net, user);
  const { prices, usd } = useRestakeUsd(net, { pools: pools.data, operators: operators.data, services: services.data, plans: plans.data }, now, aprTrust);
  const usdText = (v: CoinsUsd | undefined) => (!usd || !v ? "…" : v.unpriced.length ? `No price for ${v.unpriced.map(denomSymbol).join(", ")}` : displayUsd(v.value).text);
  const aprFor = (t: Target) => {
    const m = t.kind === "pool" ? usd?.pools : t.kind === "operator" ? usd?.operators : usd?.services;
    const a = m?.get(t.id)?.apr;
    return a ? aprText(a, denomSymbol) : "…";
  };
  const tvlFor = (t: Target) => {
    if (t.kind === "service") return usdText(usd?.services.get(t.id)?.trustedTvl);
    return usdText((t.kind === "pool" ? usd?.pools : usd?.operators)?.get(t.id)?.tvl);
  };

  const targets: TargetOption[] = [
    ...(pools.data ?? []).map((p) => ({ target: { kind: "pool" as const, id: p.id }, denom: p.denom })),
    ...(operators.data ?? []).filter((o) => o.active).map((o) => ({ target: { kind: "operator" as const, id: o.id }, denom: MILKTIA_ON_MILKYWAY })),
    ...(services.data ?? []).filter((s) => s.active).map((s) => ({ target: { kind: "service" as const, id: s.id }, denom: MILKTIA_ON_MILKYWAY })),
  ].map((t) => ({ ...t, key: targetKey(t.target), label: targetLabel(t.target), symbol: denomSymbol(t.denom) }));

  const unbondingRows = (unbondings.data ?? []).flatMap((u) =>
    u.entries.map((e) => ({
      key: `${targetKey(u.target)}-${e.id}`,
      target: targetLabel(u.target),
      amount: show(e.balance),
      countdown: now === null ? "…" : (formatCountdown(e.completionMs - now) ?? "Ready"),
      completesMs: e.completionMs,
    })),
  );

  const ctx: RestakeContext = {
    net,
    chainId,
    user,
    busy: tx.isPending,
    busyLabel: tx.isPending ? tx.variables?.label : undefined,
    busyFinishing: tx.isPending && tx.variables?.record?.kind === "finished",
    targets,
    targetsReady: pools.data !== undefined && operators.data !== undefined && services.data !== undefined,
    delegated: (key, denom) => amountOf(delegations.data?.find((d) => targetKey(d.target) === key)?.balance ?? [], denom),
    unbondingEntries: (key) => unbondings.data?.find((u) => targetKey(u.target) === key)?.entries.length ?? 0,
    maxEntries: params.data?.maxEntries ?? 7,
    unbondingSec: params.data?.unbondingTimeSec ?? 259_200,
    now,
    usd: (t) => ({ tvl: tvlFor(t), apr: aprFor(t) }),
    earnsFrom: (t) => {
      if (t.kind === "operator") return `Your tokens are restaked at once and earn from the services ${opName.get(t.id) ?? "this operator"} secures, after its commission.`;
      if (t.kind === "service") return `Your tokens are restaked at once and earn from the rewards plans of ${svcName.get(t.id) ?? "this service"}.`;
      const p = usd?.pools.get(t.id);
      if (p?.apr.kind === "not-trusted") {
        return `You trust no service with ${poolLabel(t.id)} yet, so this delegation earns nothing until you trust one under “Trust” below.`;
      }
      if (p?.basis === "your-trust") return `Your tokens are restaked at once and earn from the services you trust with this pool: ${p.covers.map((id) => svcName.get(id) ?? `#${id}`).join(", ")}.`;
      return "Your tokens are restaked at once and earn from the services you trust with this pool.";
    },
  };

  const rewardsFor = (t: Target) => rewards.data?.perTarget.find((r) => targetKey(r.target) === targetKey(t))?.coins ?? [];
  const delegationRows: DelegationRow[] = (delegations.data ?? []).map((d) => {
    const r = rewardsFor(d.target);
    // A pool delegation earns only from services that both borrow security from the pool and are trusted with it (doc §2.1).
    const poolEarnsNothing = d.target.kind === "pool" && services.data !== undefined && earningServices(trusted, services.data, d.target.id).length === 0;
    return {
      key: targetKey(d.target),
      target: targetLabel(d.target),
      delegated: show(d.balance),
      rewards: show(r),
      canClaim: r.some((c) => c.amount > 0n),
      note: poolEarnsNothing ? "Earning nothing: you trust no service that this pool secures." : undefined,
    };
  });
  const claimable = (rewards.data?.perTarget ?? []).filter((r) => r.coins.some((c) => c.amount > 0n));
  // Reads that failed (after their retries): one message in read wording, one Retry for all of them.
  const failedReads = [pools, operators, services, plans, params, delegations, unbondings, trust, rewards, milk, milkTia].filter((q) => q.error);

  return (
    <div className="space-y-6">
      {failedReads.length > 0 ? (
        <QueryError what={`Restaking data on MilkyWay (${chainId})`} error={failedReads[0].error} onRetry={() => failedReads.forEach((q) => void q.refetch())} />
      ) : null}
      <p aria-live="polite" className="sr-only">
        {tx.isPending ? "Transaction in progress." : tx.isError ? `Transaction failed: ${toUserError(tx.error).detail}` : ""}
      </p>
      {tx.isError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {toUserError(tx.error).title}: {toUserError(tx.error).detail}
        </p>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <Card className="min-w-0 space-y-4">
          <Tabs label="Delegate or undelegate" idPrefix="restake" tabs={TABS} selected={tab} onSelect={setTab} />
          <TabPanel idPrefix="restake" id="delegate" selected={tab === "delegate"}>
            <DelegatePanel ctx={ctx} mode="delegate" send={sendAs("restake")} />
          </TabPanel>
          <TabPanel idPrefix="restake" id="undelegate" selected={tab === "undelegate"}>
            <DelegatePanel ctx={ctx} mode="undelegate" send={sendAs("restake")} />
          </TabPanel>
        </Card>
        <Card as="aside" aria-labelledby="restake-account-heading" className="min-w-0 space-y-4">
          <CardTitle id="restake-account-heading" level={3}>
            Your restaking account
          </CardTitle>
          {user ? (
            <FactList
              idPrefix="restake-balance"
              facts={[
                { id: "milktia", label: "milkTIA balance", value: milkTia.data === undefined ? "…" : <DisplayValue shown={displayToken(milkTia.data, D)} /> },
                { id: "milk", label: "MILK balance", value: milk.data === undefined ? "…" : <DisplayValue shown={displayToken(milk.data, D)} /> },
                { id: "rewards", label: "Total rewards", value: rewards.data ? show(rewards.data.total) : "…", strong: true },
              ]}
            />
          ) : net.mode === "simulator" ? (
            <Button onClick={() => void connectDemoWallet()} pending={wallet.status === "connecting"}>
              Use the demo wallet
            </Button>
          ) : (
            <p className="text-sm">Connect a wallet to restake.</p>
          )}
          {user ? (
            <Button
              variant="secondary"
              disabled={tx.isPending || claimable.length === 0}
              onClick={() =>
                send("restake-rewards", { net, chain: "milkyway", msgs: claimable.map((r) => withdrawRewardMsg(user, r.target)), label: `Claim all rewards (${fmt(rewards.data?.total ?? [])})` })
              }
            >
              Claim all rewards
            </Button>
          ) : null}
        </Card>
      </div>

      {user ? <BringMilkTiaPanel ctx={ctx} addresses={wallet.addresses} milkywayBalance={milkTia.data} send={send} /> : null}

      {user ? (
        <Card as="section" aria-labelledby="restake-delegations-heading" className="min-w-0 space-y-3">
          <CardTitle id="restake-delegations-heading" level={3}>
            Your delegations and rewards
          </CardTitle>
          <DelegationsTable
            rows={delegationRows}
            disabled={tx.isPending}
            onClaim={(key) => {
              const d = delegations.data?.find((x) => targetKey(x.target) === key);
              if (d) send("restake-rewards", { net, chain: "milkyway", msgs: [withdrawRewardMsg(user, d.target)], label: `Claim rewards from ${targetLabel(d.target)}` });
            }}
          />
        </Card>
      ) : null}

      {user ? (
        <Card as="section" aria-labelledby="restake-trust-heading" className="min-w-0 space-y-3">
          <CardTitle id="restake-trust-heading" level={3}>
            Trust
          </CardTitle>
          <TrustForm
            services={(services.data ?? []).map((s) => ({
              id: s.id,
              name: s.name,
              trusted: trustsService(draft, s.id),
              pools: s.securingPools.map((id) => ({ id, label: poolLabel(id), trusted: trustsPair(draft, s.id, id) })),
            }))}
            consequences={(pools.data ?? []).map((p) => {
              const held = delegations.data?.find((d) => d.target.kind === "pool" && d.target.id === p.id);
              return {
                id: p.id,
                label: poolLabel(p.id),
                delegated: held ? fmtShort(held.balance) : null,
                earningFrom: earningServices(draft, services.data ?? [], p.id).map((id) => svcName.get(id) ?? `#${id}`),
              };
            })}
            dirty={trustDirty}
            disabled={tx.isPending || trust.data === undefined}
            pending={tx.isPending}
            onToggleService={(id, on) => setTrustDraft(withService(draft, id, on))}
            onTogglePair={(svc, pool, on) => setTrustDraft(withPair(draft, svc, pool, on, allPoolIds))}
            onSave={() =>
              send("trust", { net, chain: "milkyway", msgs: [setPreferencesMsg(user, entriesFromDraft(draft))], label: "Save trusted services" }, () => setTrustDraft(null))
            }
          />
        </Card>
      ) : null}

      {user ? (
        <Card as="section" aria-labelledby="restake-unbonding-heading" className="min-w-0 space-y-3">
          <CardTitle id="restake-unbonding-heading" level={3}>
            Your unbondings
          </CardTitle>
          <UnbondingsTable rows={unbondingRows} />
        </Card>
      ) : null}

      <RestakeTargetTables
        pools={pools.data}
        operators={operators.data}
        services={services.data}
        dailyBySvc={dailyBySvc}
        prices={prices}
        usd={usd}
        tvlFor={tvlFor}
        aprFor={aprFor}
        directUsdFor={(id) => usdText(usd?.services.get(id)?.tvl)}
        opName={opName}
        svcName={svcName}
        trusted={user ? trusted : null}
      />
      <Card as="section" aria-labelledby="restake-milk-heading" className="min-w-0 space-y-3">
        <CardTitle id="restake-milk-heading" level={3}>
          Stake MILK
        </CardTitle>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          MILK secures the MilkyWay chain itself: stake it with a validator to earn MILK staking rewards. This is
          separate from restaking above.
        </p>
        <MilkStaking net={net} user={user} milkBalance={milk.data} now={now} busy={tx.isPending} send={sendAs("milk-stake")} />
      </Card>
    </div>
  );
}


