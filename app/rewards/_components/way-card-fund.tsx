"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ChoiceGroup } from "@/components/stake/choice-group";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList, type Fact } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { useStakeRewards, useStakeWithdrawAddress } from "@/hooks/use-milk-staking";
import { useMilkywayBalance, useRewardsWithdrawAddress, useUserRewards } from "@/hooks/use-restake";
import { formatAmount, formatForInput } from "@/lib/amount/format";
import { coinToMicroUsd, formatMicroUsd } from "@/lib/amount/way-card-math";
import { chainConfig } from "@/lib/chains/networks";
import { feeReserve, maxAmount } from "@/lib/protocol/liquid-staking";
import { assetOf, type WayCard } from "@/lib/protocol/way-card";
import { checkRewardsRecipient, checkTokenAmount, checkTopUpValue } from "@/lib/protocol/way-card-checks";
import { milkRewardSources, rewardsTopUpMsgs, wayCardMsgs } from "@/lib/protocol/way-card-msgs";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { WayCardContext } from "./way-card-context";
import { WayCardFailure } from "./way-card-failure";

/** How incoming dollars split: the debt first, then the balance (as the contract does). */
function splitFacts(card: WayCard, usd: bigint): Fact[] {
  const repay = card.owed < usd ? card.owed : usd;
  return [
    { id: "usd", label: "Worth at the price feed (rounded down)", value: formatMicroUsd(usd), strong: true },
    ...(repay > 0n ? [{ id: "repay", label: "Repays what you owe", value: formatMicroUsd(repay) } satisfies Fact] : []),
    { id: "balance", label: "Added to the balance", value: formatMicroUsd(usd - repay) },
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
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
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
  const fmtMilk = (v: bigint) => `${formatAmount(v, milk.exponent)} ${milk.symbol}`;

  return (
    <section aria-labelledby="way-rewards-heading" className="space-y-3">
      <h4 id="way-rewards-heading" className="text-sm font-semibold">
        Top up from rewards
      </h4>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Claims your MILK staking and restaking rewards and puts the MILK on the card in the same transaction. The amount is what is pending now, rounded down; rewards only grow until the transaction is included.
      </p>
      <p className="text-sm tabular-nums" aria-live="polite">
        {!loaded ? "Loading your rewards…" : `Pending: ${fmtMilk(r!.milk)} from ${r!.sources.length} source${r!.sources.length === 1 ? "" : "s"}`}
        {value?.ok ? ` ≈ ${formatMicroUsd(value.value)}` : ""}
      </p>
      {refusal ? (
        <p id="way-rewards-refusal" role={recipient && !recipient.ok ? "alert" : undefined} className="text-sm text-slate-600 dark:text-slate-400">
          {refusal}
        </p>
      ) : null}
      <Button
        disabled={!ready}
        aria-describedby={refusal ? "way-rewards-refusal" : undefined}
        pending={ctx.pending === "rewards"}
        pendingLabel="Waiting for inclusion"
        onClick={() => setConfirming(true)}
      >
        Claim and top up
      </Button>
      <div aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
        {done}
      </div>
      <WayCardFailure ctx={ctx} action="rewards" />
      <ConfirmDialog
        open={confirming}
        title="Claim rewards to the card"
        description={`${r?.sources.length ?? 0} reward withdrawals, then one top-up, all in one transaction.`}
        confirmLabel="Claim and top up"
        confirmDisabled={!ready}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText("milkyway")}
        onConfirm={() => {
          if (!r || !value?.ok || !recipient?.ok) return;
          setConfirming(false);
          const msgs = rewardsTopUpMsgs({ contract: ctx.contract, sender: ctx.owner, withdraws: r.sources.map((s) => s.withdraw), milk: r.milk, milkDenom: milk.denom });
          ctx.send("rewards", msgs, `Top up ${fmtMilk(r.milk)} from rewards`, () => setDone(`Claimed ${fmtMilk(r.milk)} onto the card.`));
        }}
      >
        {r && value?.ok ? (
          <FactList
            idPrefix="way-rewards-confirm"
            facts={[
              { id: "milk", label: "MILK to the card", value: fmtMilk(r.milk), strong: true },
              ...splitFacts(card, value.value),
              { id: "chain", label: "Signed for chain", value: ctx.chainId },
              { id: "contract", label: "Contract", value: ctx.contract, breakAll: true },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </section>
  );
}

type Token = "milk" | "collateral";

/** Top up with MILK or milkTIA from the wallet. */
function WalletTopUp({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const [token, setToken] = useState<Token>("milk");
  const [amount, setAmount] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const asset = assetOf(ctx.params, token === "milk" ? ctx.params.refundDenom : ctx.params.collateralDenom)!;
  const balance = useMilkywayBalance(ctx.net, ctx.owner, asset.denom);
  const cfg = chainConfig("milkyway");
  // MILK pays the fee too, so Max keeps the fee back.
  const reserve = asset.denom === cfg.feeTokens[0].denom ? feeReserve(cfg.feeTokens[0].minGasPrice) : 0n;
  const max = balance.data !== undefined ? maxAmount(balance.data, reserve) : undefined;
  const fmt = (v: bigint) => `${formatAmount(v, asset.exponent)} ${asset.symbol}`;
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
        if (ready) setConfirming(true);
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
          setDone(null);
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
          setDone(null);
        }}
        onMax={max !== undefined ? () => setAmount(formatForInput(max, asset.exponent)) : undefined}
        maxDisabled={max === undefined}
        balance={balance.data !== undefined ? `Balance: ${fmt(balance.data)}` : "Balance: loading…"}
        hint={asset.price !== null && check.ok ? `≈ ${formatMicroUsd(coinToMicroUsd(check.value, asset.price, asset.exponent))} at the price feed` : undefined}
        error={error}
      />
      <Button type="submit" disabled={!ready} pending={ctx.pending === "top-up"} pendingLabel="Waiting for inclusion">
        Top up
      </Button>
      <div aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
        {done}
      </div>
      <WayCardFailure ctx={ctx} action="top-up" />
      <ConfirmDialog
        open={confirming}
        title="Confirm top-up"
        description="Check the details; your wallet asks you to sign next."
        confirmLabel="Top up"
        confirmDisabled={!ready}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText("milkyway")}
        onConfirm={() => {
          if (!check.ok) return;
          const v = check.value;
          setConfirming(false);
          ctx.send("top-up", [wayCardMsgs.topUp(ctx.contract, ctx.owner, [{ denom: asset.denom, amount: v }])], `Top up ${fmt(v)}`, () => {
            setAmount("");
            setDone(`Topped up ${fmt(v)}.`);
          });
        }}
      >
        {check.ok && value?.ok ? (
          <FactList
            idPrefix="way-topup-confirm"
            facts={[
              { id: "in", label: "You send", value: fmt(check.value), strong: true },
              ...splitFacts(card, value.value),
              { id: "chain", label: "Signed for chain", value: ctx.chainId },
              { id: "contract", label: "Contract", value: ctx.contract, breakAll: true },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </form>
  );
}
