"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ChoiceGroup } from "@/components/stake/choice-group";
import type { Fact } from "@/components/stake/fact-list";
import { useStakeRewards, useStakeWithdrawAddress } from "@/hooks/use-milk-staking";
import { useMilkywayBalance, useRewardsWithdrawAddress, useUserRewards } from "@/hooks/use-restake";
import { formatForInput } from "@/lib/amount/format";
import { coinToMicroUsd } from "@/lib/amount/way-card-math";
import { displayExactMicroUsd, displayExactToken, displayMicroUsd, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { chainConfig } from "@/lib/chains/networks";
import { feeReserve, maxAmount } from "@/lib/protocol/liquid-staking";
import { assetOf, type WayCard } from "@/lib/protocol/way-card";
import { checkRewardsRecipient, checkTokenAmount, checkTopUpValue } from "@/lib/protocol/way-card-checks";
import { milkRewardSources, rewardsTopUpMsgs, wayCardMsgs } from "@/lib/protocol/way-card-msgs";
import { chainFacts, useCardAction, WayCardConfirm, WayCardSubmit } from "./way-card-action";
import type { WayCardContext } from "./way-card-context";

/** How incoming dollars split: the debt first, then the balance (as the contract does). Confirmations: exact. */
function splitFacts(card: WayCard, usd: bigint): Fact[] {
  const repay = card.owed < usd ? card.owed : usd;
  const exact = (v: bigint) => displayExactMicroUsd(v).text;
  return [
    { id: "usd", label: "Worth at the price feed (rounded down)", value: exact(usd), strong: true },
    ...(repay > 0n ? [{ id: "repay", label: "Repays what you owe", value: exact(repay) } satisfies Fact] : []),
    { id: "balance", label: "Added to the balance", value: exact(usd - repay) },
  ];
}

export function WayCardFund({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  return (
    <div className="space-y-8">
      <RewardsTopUp ctx={ctx} card={card} />
      <WalletTopUp ctx={ctx} card={card} />
    </div>
  );
}

/** Claim every MILK reward (staking and restaking) and top up with it, in one transaction. */
function RewardsTopUp({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const staking = useStakeRewards(ctx.net, ctx.owner);
  const restaking = useUserRewards(ctx.net, ctx.owner);
  const stakingTo = useStakeWithdrawAddress(ctx.net, ctx.owner);
  const restakingTo = useRewardsWithdrawAddress(ctx.net, ctx.owner);
  const act = useCardAction(ctx);
  const milk = assetOf(ctx.params, ctx.params.refundDenom)!;
  const loaded = staking.data !== undefined && restaking.data !== undefined;
  const r = loaded
    ? milkRewardSources({ owner: ctx.owner, milkDenom: milk.denom, staking: staking.data!.perValidator, restaking: restaking.data!.perTarget })
    : null;
  const value = r && r.milk > 0n ? checkTopUpValue(milk, r.milk) : null;
  // Rewards go to the withdraw address; the top-up spends the signer's MILK, so both must match.
  const recipient =
    r && stakingTo.data !== undefined && restakingTo.data !== undefined
      ? checkRewardsRecipient({ owner: ctx.owner, sources: r.sources, stakingWithdrawAddress: stakingTo.data, restakingWithdrawAddress: restakingTo.data })
      : null;
  const recipientError = stakingTo.isError || restakingTo.isError;
  const refusal = !loaded
    ? null
    : r!.milk === 0n
      ? "You have no MILK rewards to claim yet. Stake MILK or restake to earn them."
      : value && !value.ok
        ? value.message
        : recipientError
          ? "Could not check where your rewards are paid, so the top-up is not offered. Try again in a moment."
          : recipient && !recipient.ok
            ? recipient.message
            : null;
  const ready = !!r && r.milk > 0n && !!value?.ok && !!recipient?.ok && !ctx.busy;
  const fmtMilk = (v: bigint) => displayExactToken(v, milk.exponent, milk.symbol).text;

  return (
    <section aria-labelledby="way-rewards-heading" className="space-y-3">
      <h4 id="way-rewards-heading" className="text-sm font-semibold">
        Top up from rewards
      </h4>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Claims your MILK staking and restaking rewards and puts the MILK on the card in the same transaction. The amount is what is pending now, rounded down; rewards only grow until the transaction is included.
      </p>
      <p className="text-sm tabular-nums" aria-live="polite">
        {!loaded ? "Loading your rewards…" : <>Pending: <DisplayValue shown={displayToken(r!.milk, milk.exponent, milk.symbol)} /> from {r!.sources.length} source{r!.sources.length === 1 ? "" : "s"}</>}
        {value?.ok ? <> ≈ <DisplayValue shown={displayMicroUsd(value.value)} /></> : ""}
      </p>
      {refusal ? (
        <p id="way-rewards-refusal" role={recipient && !recipient.ok ? "alert" : undefined} className="text-sm text-slate-600 dark:text-slate-400">
          {refusal}
        </p>
      ) : null}
      <WayCardSubmit ctx={ctx} action="rewards" done={act.done} disabled={!ready} aria-describedby={refusal ? "way-rewards-refusal" : undefined} onClick={act.ask}>
        Claim and top up
      </WayCardSubmit>
      <WayCardConfirm
        open={act.confirming}
        title="Claim rewards to the card"
        description={`${r?.sources.length ?? 0} reward withdrawals, then one top-up, all in one transaction.`}
        confirmLabel="Claim and top up"
        confirmDisabled={!ready}
        onClose={act.cancel}
        onConfirm={() => {
          if (!r || !value?.ok || !recipient?.ok) return;
          const msgs = rewardsTopUpMsgs({ contract: ctx.contract, sender: ctx.owner, withdraws: r.sources.map((s) => s.withdraw), milk: r.milk, milkDenom: milk.denom });
          act.send("rewards", msgs, `Top up ${fmtMilk(r.milk)} from rewards`, `Claimed ${fmtMilk(r.milk)} onto the card.`);
        }}
        idPrefix="way-rewards-confirm"
        facts={r && value?.ok ? [{ id: "milk", label: "MILK to the card", value: fmtMilk(r.milk), strong: true }, ...splitFacts(card, value.value), ...chainFacts(ctx)] : null}
      />
    </section>
  );
}

type Token = "milk" | "collateral";

/** Top up with MILK or milkTIA from the wallet. */
function WalletTopUp({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const [token, setToken] = useState<Token>("milk");
  const [amount, setAmount] = useState("");
  const act = useCardAction(ctx);
  const asset = assetOf(ctx.params, token === "milk" ? ctx.params.refundDenom : ctx.params.collateralDenom)!;
  const balance = useMilkywayBalance(ctx.net, ctx.owner, asset.denom);
  const cfg = chainConfig("milkyway");
  // MILK pays the fee too, so Max keeps the fee back.
  const reserve = asset.denom === cfg.feeTokens[0].denom ? feeReserve(cfg.feeTokens[0].minGasPrice) : 0n;
  const max = balance.data !== undefined ? maxAmount(balance.data, reserve) : undefined;
  const fmt = (v: bigint) => displayExactToken(v, asset.exponent, asset.symbol).text;
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, asset.exponent, asset.symbol)} />;
  const check =
    max === undefined
      ? ({ ok: false, message: "" } as const)
      : checkTokenAmount(amount, { decimals: asset.exponent, symbol: asset.symbol, max, maxLabel: reserve > 0n ? "your balance less the network fee" : "your balance" });
  const value = check.ok ? checkTopUpValue(asset, check.value) : null;
  const error = amount.trim() === "" ? undefined : !check.ok ? check.message || undefined : value && !value.ok ? value.message : undefined;
  const ready = check.ok && !!value?.ok && !ctx.busy;

  return (
    <form
      aria-labelledby="way-wallet-heading"
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) act.ask();
      }}
    >
      <h4 id="way-wallet-heading" className="text-sm font-semibold">
        Top up from your wallet
      </h4>
      <ChoiceGroup<Token>
        legend="Token"
        name="way-topup-token"
        inline
        value={token}
        onChange={(t) => {
          setToken(t);
          setAmount("");
          act.clearDone();
        }}
        choices={[
          { value: "milk", label: "MILK" },
          { value: "collateral", label: "milkTIA" },
        ]}
      />
      <AmountField
        id="way-topup-amount"
        label={`Amount (${asset.symbol})`}
        symbol={asset.symbol}
        value={amount}
        onChange={(v) => {
          setAmount(v);
          act.clearDone();
        }}
        onMax={max !== undefined ? () => setAmount(formatForInput(max, asset.exponent)) : undefined}
        maxDisabled={max === undefined}
        balance={balance.data !== undefined ? <>Balance: {show(balance.data)}</> : "Balance: loading…"}
        hint={asset.price !== null && check.ok ? <>≈ <DisplayValue shown={displayMicroUsd(coinToMicroUsd(check.value, asset.price, asset.exponent))} /> at the price feed</> : undefined}
        error={error}
      />
      <WayCardSubmit ctx={ctx} action="top-up" done={act.done} type="submit" disabled={!ready}>
        Top up
      </WayCardSubmit>
      <WayCardConfirm
        open={act.confirming}
        title="Confirm top-up"
        confirmLabel="Top up"
        confirmDisabled={!ready}
        onClose={act.cancel}
        onConfirm={() => {
          if (!check.ok) return;
          const v = check.value;
          act.send("top-up", [wayCardMsgs.topUp(ctx.contract, ctx.owner, [{ denom: asset.denom, amount: v }])], `Top up ${fmt(v)}`, `Topped up ${fmt(v)}.`, () => setAmount(""));
        }}
        idPrefix="way-topup-confirm"
        facts={check.ok && value?.ok ? [{ id: "in", label: "You send", value: fmt(check.value), strong: true }, ...splitFacts(card, value.value), ...chainFacts(ctx)] : null}
      />
    </form>
  );
}
