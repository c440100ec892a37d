"use client";

import { PERIOD } from "@/lib/time/periods";
import { useEffect, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { rateHistoryQuery } from "@/lib/queries/liquid-staking";
import { windowYield } from "@/lib/protocol/yield";
import { AmountField } from "@/components/stake/amount-field";
import { ChoiceGroup } from "@/components/stake/choice-group";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList, type Fact } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useLstBalance } from "@/hooks/use-lst-queries";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useLstIbcProgress } from "@/hooks/use-lst-ibc-progress";
import { formatForInput } from "@/lib/amount/format";
import { parseAmount } from "@/lib/amount/parse";
import { chainConfig } from "@/lib/chains/networks";
import {
  checkAmount,
  expectedMint,
  feeReserve,
  liquidStakeMsg,
  maxAmount,
  mintedAmount,
  minimumMint,
  oneClickDelivery,
  oneClickStakeMsg,
  PROTOCOL_FEE_SCALE,
  purchaseRate,
  redemptionRate,
  sentPacketSequence,
} from "@/lib/protocol/liquid-staking";
import { type StakeContext } from "./stake-context";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { OneClickProgress } from "./one-click-progress";
import { loadOneClickTrack, saveOneClickTrack, subscribeOneClickTrack, type OneClickTrack } from "@/lib/stores/one-click-track";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import { RouteOptions } from "@/components/stake/route-options";
import { usePoolRoute } from "@/hooks/use-pool-route";
import { compareStakeRoutes, percent } from "@/lib/protocol/pool-routes";
import { swapExactInMsg, swappedOut } from "@/lib/protocol/osmosis-msgs";
import { classifyReadError } from "@/lib/queries/read-errors";
import { stakeRouteCards, TOLERANCE, type StakeVia, type Tolerance } from "./route-cards";
import { displayExactToken, displayPercent, displayRate, displayRatioPercent, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";

type Route = "protocol" | "native";
type Slippage = "10" | "50" | "100";

const SLIPPAGE = [
  { value: "10", label: "0.1%" },
  { value: "50", label: "0.5%" },
  { value: "100", label: "1%" },
] as const;

/** The typed amount for quoting (balance checks aside), so a quote is asked for as the user types. */
function parseForQuote(text: string, decimals: number): bigint | undefined {
  const p = parseAmount(text, decimals);
  return p.ok && p.value > 0n ? p.value : undefined;
}

export function StakePanel({ ctx }: { ctx: StakeContext }) {
  const { net, lst, keys, names } = ctx;
  const [route, setRoute] = useState<Route>("protocol");
  const [amount, setAmount] = useState("");
  const [slippage, setSlippage] = useState<Slippage>("50");
  const [tolerance, setTolerance] = useState<Tolerance>("100");
  // The user's pick between minting and buying (minting until they pick; the better route is badged).
  const [picked, setPicked] = useState<StakeVia | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [track, setTrackState] = useState<OneClickTrack | null>(null);
  const now = useLstClock(net.mode);
  const history = useQuery(rateHistoryQuery(net, lst));

  const source =
    route === "protocol"
      ? { key: keys.protocol, chainId: lst.chainId, denom: lst.ibcDenom, name: names.protocol }
      : { key: keys.native, chainId: lst.nativeChainId, denom: lst.nativeDenom, name: names.native };
  const sender = ctx.connected ? ctx.addresses[source.chainId] : undefined;
  const balance = useLstBalance(net, source.key, sender, source.denom);
  const sourceCfg = chainConfig(source.key);
  const fee = sourceCfg.feeTokens[0];
  const feeEstimate = feeReserve(fee.minGasPrice);
  const feeSymbol = fee.denom === sourceCfg.stakeDenom ? sourceCfg.stakeSymbol : fee.denom;
  // Max keeps the fee back only when the stake is paid in the fee token itself.
  const reserve = fee.denom === source.denom ? feeEstimate : 0n;

  // Where a one-click stake's LST lands, and its balance before the stake (the baseline).
  const delivery = oneClickDelivery(lst, chainConfig(keys.protocol).bech32Prefix);
  const destKey = delivery.on === "native" ? keys.native : keys.protocol;
  const nativeAddress = ctx.connected ? ctx.addresses[lst.nativeChainId] : undefined;
  const destBalance = useLstBalance(net, destKey, nativeAddress, delivery.denom);
  const phase = useLstIbcProgress(net, track, now);

  // A one-click stake in flight survives a reload: its packet is saved and resumed from the chain.
  const trackScope = nativeAddress ? { mode: net.mode, lst, address: nativeAddress } : null;
  const scopeId = trackScope ? `${net.mode}:${lst.symbol}:${nativeAddress}` : null;
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  if (trackScope && scopeId !== restoredFor) {
    // Adjusting state while rendering (not in an effect): the saved track shows in the first paint.
    setRestoredFor(scopeId);
    const saved = loadOneClickTrack(trackScope);
    if (saved) {
      setTrackState(saved);
      setRoute("native");
    }
  }
  // A stake included while this screen was away (or in another tab) is saved by its mutation: follow it.
  useEffect(() => {
    if (!nativeAddress) return;
    const scope = { mode: net.mode, lst, address: nativeAddress };
    return subscribeOneClickTrack(() => {
      const saved = loadOneClickTrack(scope);
      if (!saved) return;
      setTrackState((t) => (t?.sequence === saved.sequence && t.lst.symbol === saved.lst.symbol ? t : saved));
      setRoute("native");
    });
  }, [net.mode, lst, nativeAddress]);
  const setTrack = (t: OneClickTrack | null) => {
    setTrackState(t);
    if (trackScope) saveOneClickTrack(trackScope, t);
  };

  // The pool route exists only from the contract's own chain, where the LST trades (milkTIA on Osmosis).
  const amountIn = parseForQuote(amount, lst.decimals);
  const poolRoute = usePoolRoute(net, lst, "buy-lst", route === "protocol" ? amountIn : undefined);
  const hasPool = route === "protocol" && poolRoute.poolId !== undefined;
  const limits = { decimals: lst.decimals, symbol: lst.nativeSymbol, balance: balance.data, reserve };
  // The contract's minimum applies to minting only; a pool buy has none. Minting stays the default
  // route (the user picks the pool), so the field refuses a too-small mint as it always has.
  const via: StakeVia = hasPool ? (picked ?? "mint") : "mint";
  const anyCheck = checkAmount(amount, limits);
  const check = via === "mint" ? checkAmount(amount, { ...limits, minimum: ctx.config?.minimumStake }) : anyCheck;
  const error = amount.trim() === "" || check.ok ? undefined : check.message;
  const belowMinimum = anyCheck.ok && ctx.config !== undefined && anyCheck.value < ctx.config.minimumStake;
  const expected = check.ok && ctx.state && !belowMinimum ? expectedMint(ctx.state, check.value) : undefined;
  const routes =
    hasPool && anyCheck.ok && ctx.state
      ? compareStakeRoutes(
          { amountIn: anyCheck.value, rate: redemptionRate(ctx.state), slippageBps: BigInt(slippage), toleranceBps: BigInt(tolerance), lstSymbol: lst.symbol },
          ctx.stopped
            ? { out: null, reason: "The contract is stopped: it refuses new stakes." }
            : belowMinimum
              ? { out: null, reason: `Below the contract's minimum stake of ${displayExactToken(ctx.config!.minimumStake, lst.decimals, lst.nativeSymbol).text}.` }
              : { out: expectedMint(ctx.state, anyCheck.value) },
          poolRoute.quote.data ?? null,
        )
      : null;
  const poolLeg = via === "pool" ? (routes?.pool ?? null) : null;
  const poolError = poolRoute.quote.isError ? `The pool could not quote this amount: ${classifyReadError(poolRoute.quote.error).message}` : null;
  const floor = expected !== undefined ? minimumMint(expected, Number(slippage)) : undefined;
  // Exact (every digit) where the user signs or reads what happened; rounded with the exact value
  // on hover, focus and copy where the form is read at a glance.
  const fmtNative = (v: bigint) => displayExactToken(v, lst.decimals, lst.nativeSymbol).text;
  const fmtLst = (v: bigint) => displayExactToken(v, lst.decimals, lst.symbol).text;
  const showNative = (v: bigint) => <DisplayValue shown={displayToken(v, lst.decimals, lst.nativeSymbol)} />;
  // A minimum to meet or a cost to keep back is rounded up: typing what is shown then passes.
  const showNativeAtLeast = (v: bigint) => <DisplayValue shown={displayToken(v, lst.decimals, lst.nativeSymbol, "ceil")} />;
  const showLst = (v: bigint) => <DisplayValue shown={displayToken(v, lst.decimals, lst.symbol)} />;

  const ready =
    via === "pool"
      ? ctx.connected && !!sender && check.ok && poolLeg !== null && poolLeg.guard.ok && poolLeg.amountOut > 0n && !ctx.busy
      : ctx.connected && !!sender && check.ok && expected !== undefined && expected > 0n && !ctx.stopped && !ctx.busy && ctx.config !== undefined;
  const oneClickReady = route === "protocol" || (now !== null && destBalance.data !== undefined && !!nativeAddress);

  const loading = <Skeleton className="ml-auto h-4 w-24" />;
  // The yield is where the decision is made: the redemption rate's growth over 30 days, compounded.
  const w30 = history.data ? windowYield(history.data.samples, 30) : null;
  const apyText = history.data ? (w30 ? `${displayPercent(w30.apy).text}${w30.partial ? " (less than 30 days of history)" : ""}` : "Not enough history yet") : history.isError ? "—" : loading;
  const preview: Fact[] = [
    {
      id: "receive",
      label: via === "pool" ? `You receive (pool #${poolRoute.poolId})` : "You receive",
      value: via === "pool" ? (poolLeg ? showLst(poolLeg.amountOut) : "—") : expected !== undefined ? showLst(expected) : "—",
      strong: true,
    },
    {
      id: "min-receive",
      label: via === "pool" ? "Minimum accepted (slippage and rate guard)" : `Minimum after ${SLIPPAGE.find((s) => s.value === slippage)!.label} slippage`,
      value: via === "pool" ? (poolLeg ? showLst(poolLeg.minOut) : "—") : floor !== undefined ? showLst(floor) : "—",
    },
    {
      id: "redemption",
      label: "Redemption rate",
      value: ctx.state ? <>1 {lst.symbol} = <DisplayValue shown={displayRate(redemptionRate(ctx.state))} /> {lst.nativeSymbol}</> : loading,
    },
    {
      id: "purchase",
      label: "Purchase rate",
      value: ctx.state ? <>1 {lst.nativeSymbol} = <DisplayValue shown={displayRate(purchaseRate(ctx.state))} /> {lst.symbol}</> : loading,
    },
    { id: "fee", label: "Protocol fee on rewards", value: ctx.config ? displayRatioPercent(ctx.config.daoFeePer100k, PROTOCOL_FEE_SCALE).text : loading },
    { id: "minimum", label: "Minimum stake", value: ctx.config ? showNativeAtLeast(ctx.config.minimumStake) : loading },
    { id: "network-fee", label: "Network fee (estimate)", value: <>≈ <DisplayValue shown={displayToken(feeEstimate, sourceCfg.decimals, feeSymbol, "ceil")} /></> },
  ];

  const confirm = () => {
    if (via === "pool") {
      if (!check.ok || !poolLeg || !sender || poolRoute.poolId === undefined) return;
      const value = check.value;
      const poolId = poolRoute.poolId;
      setConfirming(false);
      setDone(null);
      ctx.send(
        "stake",
        { net, chain: source.key, msgs: [swapExactInMsg(sender, poolId, { denom: lst.ibcDenom, amount: value }, lst.lstDenom, poolLeg.minOut)], label: `Buy ${lst.symbol} with ${fmtNative(value)}` },
        (result) => {
          setAmount("");
          setPicked(null);
          const got = swappedOut(result.events, lst.lstDenom);
          setDone(`Bought ${got !== undefined ? fmtLst(got) : lst.symbol} for ${fmtNative(value)} on pool #${poolId}.`);
        },
      );
      return;
    }
    if (!check.ok || floor === undefined || expected === undefined || !sender) return;
    // The packet timeout is counted on the chain's clock, simulated or real (oneClickReady checks it is known).
    if (route === "native" && now === null) return;
    const value = check.value;
    const baseline = destBalance.data ?? 0n;
    const msgs =
      route === "protocol"
        ? [liquidStakeMsg(lst, sender, value, floor)]
        : [oneClickStakeMsg(lst, sender, value, now!, floor)];
    setConfirming(false);
    setDone(null);
    setTrack(null);
    const dest = { key: destKey, address: nativeAddress ?? "", denom: delivery.denom };
    // The saved track is written by the mutation on inclusion, also when the user has left /stake by then.
    // The packet's deadline counts from here: oneClickStakeMsg was given the same clock (never null on the one-click route, checked above).
    const sentMs = now ?? 0;
    const record = route === "native" && trackScope ? ({ kind: "one-click-sent", scope: trackScope, channel: lst.nativeChannel, dest, baseline, sentMs } as const) : undefined;
    ctx.send("stake", { net, chain: source.key, msgs, label: `Stake ${fmtNative(value)}`, record }, (result) => {
      setAmount("");
      if (route === "protocol") {
        const minted = mintedAmount(result.events);
        setDone(`Staked ${fmtNative(value)}${minted !== undefined ? ` and received ${fmtLst(minted)}` : ""}.`);
        return;
      }
      setDone(`Sent ${fmtNative(value)} from ${names.native}.`);
      const sequence = sentPacketSequence(result.events, lst.nativeChannel);
      // On screen now; the record above has saved it.
      if (sequence && nativeAddress) setTrackState({ lst, sequence, dest, baseline, sentMs });
    });
  };

  const failure = ctx.failure?.action === "stake" ? ctx.failure.error : null;
  const destName = CHAIN_NAMES[destKey];

  return (
    <form
      className="space-y-5"
      aria-label={`Stake ${lst.nativeSymbol}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (ready && oneClickReady) setConfirming(true);
      }}
    >
      <ChoiceGroup<Route>
        legend="Route"
        name="stake-route"
        value={route}
        onChange={(r) => {
          setRoute(r);
          setTrack(null);
        }}
        choices={[
          {
            value: "protocol",
            label: `From ${names.protocol}`,
            description: `Stake ${lst.nativeSymbol} you already hold on ${names.protocol}; ${lst.symbol} arrives there at once.`,
          },
          {
            value: "native",
            label: `One click from ${names.native}`,
            description: `Sign on ${names.native}: your ${lst.nativeSymbol} travels over IBC, is staked on ${names.protocol}, and ${lst.symbol} is sent to your address on ${destName}.`,
          },
        ]}
      />
      <AmountField
        id="stake-amount"
        label={`Amount to stake (${lst.nativeSymbol})`}
        symbol={lst.nativeSymbol}
        value={amount}
        onChange={(v) => {
          setAmount(v);
          setDone(null);
        }}
        onMax={balance.data !== undefined ? () => setAmount(formatForInput(maxAmount(balance.data!, reserve), lst.decimals)) : undefined}
        maxDisabled={balance.data === undefined}
        balance={
          !sender ? undefined : balance.data !== undefined ? <>Balance on {source.name}: {showNative(balance.data)}</> : "Balance: loading…"
        }
        hint={reserve > 0n ? <>Max keeps ≈ {showNativeAtLeast(reserve)} for the network fee.</> : undefined}
        error={error}
        disabled={ctx.stopped && !hasPool}
      />
      <FactList idPrefix="stake-yield" facts={[{ id: "apy", label: `${lst.symbol} APY (${PERIOD.month})`, value: apyText, strong: true }]} />
      <div className="space-y-2">
        <Button type="submit" className="w-full sm:w-auto" disabled={!ready || !oneClickReady} pending={ctx.pending === "stake"} pendingLabel="Waiting for inclusion">
          {!ctx.connected ? "Connect a wallet to stake" : via === "pool" ? `Buy on pool #${poolRoute.poolId}` : ctx.stopped ? "Staking is stopped" : "Stake"}
        </Button>
        <div aria-live="polite" className="text-sm">
          {done ? <p className="text-emerald-700 dark:text-emerald-400">{done}</p> : null}
        </div>
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : null}
      </div>
      {/* Below the button so the amount, APY and button stay above the fold; the button names the chosen route. */}
      {hasPool ? (
        <RouteOptions<StakeVia>
          legend={`How to get ${lst.symbol}`}
          name="stake-via"
          value={via}
          onChange={setPicked}
          options={anyCheck.ok ? stakeRouteCards(lst, routes, poolRoute.poolId!, poolError) : stakeRouteCards(lst, null, poolRoute.poolId!, null)}
        />
      ) : null}
      <FactList idPrefix="stake-preview" facts={preview} />
      <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
        <summary className="cursor-pointer font-medium">Advanced: slippage tolerance ({SLIPPAGE.find((s) => s.value === slippage)!.label})</summary>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          The rate can move between now and when your stake is included. If you would receive less than the minimum below,
          the contract refuses the stake and only the network fee is spent.
        </p>
        <div className="mt-3">
          <ChoiceGroup<Slippage> legend="Slippage tolerance" name="stake-slippage" value={slippage} onChange={setSlippage} choices={SLIPPAGE} inline />
        </div>
        {hasPool ? (
          <div className="mt-3 space-y-2">
            <p className="text-slate-600 dark:text-slate-400">
              Rate guard: a pool buy is refused when it costs more than the redemption rate by more than this. The chain
              enforces it too, through the swap&rsquo;s minimum out.
            </p>
            <ChoiceGroup<Tolerance> legend="Worst price against the redemption rate" name="stake-tolerance" value={tolerance} onChange={setTolerance} choices={TOLERANCE} inline />
          </div>
        ) : null}
      </details>
      {track && phase ? (
        <OneClickProgress phase={phase} lst={lst} names={{ native: names.native, protocol: names.protocol, dest: destName }} onDismiss={() => setTrack(null)} />
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={via === "pool" ? `Confirm buy on pool #${poolRoute.poolId}` : "Confirm stake"}
        description="Check the details; your wallet asks you to sign next."
        confirmLabel={via === "pool" ? "Confirm buy" : "Confirm stake"}
        confirmDisabled={!ready || !oneClickReady}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText(source.key)}
      >
        {via === "pool" && check.ok && poolLeg ? (
          <FactList
            idPrefix="stake-confirm"
            facts={[
              { id: "in", label: "You pay", value: fmtNative(check.value), strong: true },
              { id: "out", label: "You receive (quoted)", value: fmtLst(poolLeg.amountOut), strong: true },
              { id: "floor", label: "Minimum accepted (the chain refuses less)", value: fmtLst(poolLeg.minOut) },
              { id: "impact", label: "Price impact", value: percent(poolLeg.priceImpact) },
              { id: "fees", label: "Pool fees", value: fmtNative(poolLeg.fee) },
              { id: "route", label: "Route", value: `Swap on Osmosis pool #${poolRoute.poolId}` },
              { id: "chain", label: "Signed for chain", value: source.chainId },
              { id: "sender", label: "From address", value: sender ?? "", breakAll: true },
            ]}
          />
        ) : check.ok && expected !== undefined && floor !== undefined ? (
          <FactList
            idPrefix="stake-confirm"
            facts={[
              { id: "in", label: "You stake", value: fmtNative(check.value), strong: true },
              { id: "out", label: "You receive (expected)", value: fmtLst(expected), strong: true },
              { id: "floor", label: "Minimum accepted", value: fmtLst(floor) },
              { id: "route", label: "Route", value: route === "protocol" ? `From ${names.protocol}` : `One click from ${names.native}` },
              { id: "chain", label: "Signed for chain", value: source.chainId },
              { id: "sender", label: "From address", value: sender ?? "", breakAll: true },
              { id: "contract", label: "Contract", value: lst.contract, breakAll: true },
              ...(route === "native"
                ? [{ id: "channel", label: "IBC channel", value: `${lst.nativeChannel} → ${names.protocol}` } satisfies Fact]
                : []),
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </form>
  );
}
