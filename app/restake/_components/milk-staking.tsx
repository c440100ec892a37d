"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { UnbondingsTable } from "@/components/restake/unbondings-table";
import { ValidatorsTable, type ValidatorSort } from "@/components/restake/validators-table";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/select-field";
import { useStakeDelegations, useStakeRewards, useStakeUnbondings, useStakingParams, useValidators } from "@/hooks/use-milk-staking";
import type { TxRequest } from "@/lib/tx/mutation-options";
import { parseDec } from "@/lib/amount/decimal";
import { displayExactToken, displayPercent, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { formatForInput } from "@/lib/amount/format";
import { chainConfig, type NetworkSnapshot } from "@/lib/chains/networks";
import {
  amountOf,
  checkDelegateAmount,
  checkUndelegateAmount,
  maxAfterFee,
  stakeDelegateMsg,
  stakeRedelegateMsg,
  stakeUndelegateMsg,
  stakeWithdrawMsg,
  votingShare,
} from "@/lib/protocol/restaking";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import { formatCountdown } from "@/lib/time/countdown";

const D = 6;
// The gas the fee reserve assumes for one staking message (the signing client simulates the real figure).
const GAS_RESERVE = 300_000n;

type Action = "delegate" | "undelegate" | "redelegate";
const ACTIONS: ReadonlyArray<{ value: Action; label: string }> = [
  { value: "delegate", label: "Stake MILK" },
  { value: "undelegate", label: "Unstake MILK" },
  { value: "redelegate", label: "Move stake to another validator" },
];

type Props = {
  net: NetworkSnapshot;
  user: string | undefined;
  milkBalance: bigint | undefined;
  now: number | null;
  busy: boolean;
  send: (req: TxRequest, onSuccess?: () => void) => void;
};

/** MILK staking to MilkyWay validators: browse, delegate, undelegate, redelegate, claim. */
export function MilkStaking({ net, user, milkBalance, now, busy, send }: Props) {
  const chainId = net.chainIds.milkyway;
  const validators = useValidators(net);
  const params = useStakingParams(net);
  const delegations = useStakeDelegations(net, user);
  const unbondings = useStakeUnbondings(net, user);
  const rewards = useStakeRewards(net, user);
  const [sort, setSort] = useState<ValidatorSort>("power");
  const [action, setAction] = useState<Action>("delegate");
  const [validator, setValidator] = useState("");
  const [dest, setDest] = useState("");
  const [input, setInput] = useState("");
  const [confirming, setConfirming] = useState(false);

  const vals = validators.data ?? [];
  const bonded = vals.filter((v) => v.status === "Active").reduce((s, v) => s + v.tokens, 0n);
  const sorted = [...vals].sort((a, b) =>
    sort === "power" ? (b.tokens > a.tokens ? 1 : b.tokens < a.tokens ? -1 : 0) : a.commission > b.commission ? 1 : a.commission < b.commission ? -1 : 0,
  );
  const validatorOptions = sorted.map((v) => ({ value: v.address, label: v.moniker }));
  const name = (addr: string) => vals.find((v) => v.address === addr)?.moniker ?? addr;
  const staked = (addr: string) => delegations.data?.find((d) => d.validator === addr)?.amount ?? 0n;
  const rewardOf = (addr: string) => amountOf(rewards.data?.perValidator.find((r) => r.validator === addr)?.coins ?? [], "umilk");

  const src = validator || sorted[0]?.address || "";
  const dst = dest || sorted.find((v) => v.address !== src)?.address || "";
  const fee = chainConfig("milkyway").feeTokens[0];
  const spendable = milkBalance === undefined ? undefined : maxAfterFee(milkBalance, GAS_RESERVE, parseDec(fee.minGasPrice));
  const check = action === "delegate" ? checkDelegateAmount(input, D, spendable, "MILK") : checkUndelegateAmount(input, D, staked(src), "MILK");
  const sameValidator = action === "redelegate" && src === dst;
  const error = input.trim() === "" ? undefined : !check.ok ? check.message : sameValidator ? "Choose a different validator to move to." : undefined;
  const canSubmit = Boolean(user) && Boolean(src) && check.ok && !sameValidator && !busy;
  const days = Math.round((params.data?.unbondingSec ?? 0) / 86_400);
  const verb = action === "delegate" ? "Stake" : action === "undelegate" ? "Unstake" : "Move stake";
  // Exact: the confirmation shows what is signed.
  const amountText = check.ok ? displayExactToken(check.value, D, "MILK").text : "";

  const submit = () => {
    if (!user || !check.ok) return;
    const msg =
      action === "delegate" ? stakeDelegateMsg(user, src, check.value)
      : action === "undelegate" ? stakeUndelegateMsg(user, src, check.value)
      : stakeRedelegateMsg(user, src, dst, check.value);
    setConfirming(false);
    send({ net, chain: "milkyway", msgs: [msg], label: `${verb} ${amountText}` }, () => setInput(""));
  };

  const claimable = (rewards.data?.perValidator ?? []).filter((r) => amountOf(r.coins, "umilk") > 0n);
  const fmtPct = (d: bigint) => displayPercent(d).text;
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, D, "MILK")} />;

  return (
    <div className="space-y-4">
      {validators.error ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The validators could not be read.
        </p>
      ) : null}
      <ValidatorsTable
        rows={sorted.map((v) => ({
          address: v.address,
          moniker: v.moniker,
          status: v.status,
          commission: fmtPct(v.commission),
          power: v.status === "Active" ? fmtPct(votingShare(v.tokens, bonded)) : fmtPct(0n),
          yours: show(staked(v.address)),
          rewards: show(rewardOf(v.address)),
          canClaim: rewardOf(v.address) > 0n,
        }))}
        sort={sort}
        onSort={setSort}
        disabled={busy}
        connected={Boolean(user)}
        onClaim={(addr) => user && send({ net, chain: "milkyway", msgs: [stakeWithdrawMsg(user, addr)], label: `Claim MILK rewards from ${name(addr)}` })}
      />
      {user ? (
        <Button
          variant="secondary"
          disabled={busy || claimable.length === 0}
          onClick={() => send({ net, chain: "milkyway", msgs: claimable.map((r) => stakeWithdrawMsg(user, r.validator)), label: "Claim all MILK staking rewards" })}
        >
          Claim all MILK staking rewards
        </Button>
      ) : null}

      <form
        className="space-y-4"
        aria-label="Stake MILK"
        onSubmit={(e) => {
          e.preventDefault();
          if (canSubmit) setConfirming(true);
        }}
      >
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField
            id="milk-action"
            label="Action"
            value={action}
            options={ACTIONS}
            onChange={(v) => {
              setAction(v as Action);
              setInput("");
            }}
          />
          <SelectField id="milk-validator" label="Validator" value={src} options={validatorOptions} onChange={setValidator} />
          {action === "redelegate" ? <SelectField id="milk-dest" label="Move to" value={dst} options={validatorOptions} onChange={setDest} /> : null}
        </div>
        <AmountField
          id="milk-amount"
          label="MILK amount"
          symbol="MILK"
          value={input}
          onChange={setInput}
          onMax={() => {
            const max = action === "delegate" ? spendable : staked(src);
            if (max !== undefined) setInput(formatForInput(max, D));
          }}
          balance={
            user ?
              action === "delegate" ?
                <>Balance: {milkBalance === undefined ? "… MILK" : show(milkBalance)}</>
              : <>Staked with {name(src)}: {show(staked(src))}</>
            : undefined
          }
          hint={action === "undelegate" ? `MILK returns after ${days} days of unbonding.` : action === "delegate" ? "Max keeps enough MILK for the network fee." : undefined}
          error={error}
          disabled={busy}
        />
        <Button type="submit" disabled={!canSubmit} pending={busy}>
          {user ? verb : "Connect a wallet to stake MILK"}
        </Button>
        <ConfirmDialog
          open={confirming}
          title={`Confirm: ${verb.toLowerCase()}`}
          confirmLabel={`${verb} now`}
          onConfirm={submit}
          onClose={() => setConfirming(false)}
          networkFee={networkFeeText("milkyway")}
          confirmDisabled={!canSubmit}
        >
          <FactList
            idPrefix="milk-confirm"
            facts={[
              { id: "validator", label: action === "redelegate" ? "From" : "Validator", value: name(src) },
              ...(action === "redelegate" ? [{ id: "to", label: "To", value: name(dst) }] : []),
              { id: "amount", label: "Amount", value: amountText, strong: true },
              ...(action === "undelegate" ? [{ id: "unbonding", label: "Unbonding", value: `${days} days` }] : []),
              { id: "chain", label: "Chain", value: chainId },
            ]}
          />
        </ConfirmDialog>
      </form>

      {user ? (
        <div className="space-y-2">
          <h4 className="text-sm font-semibold">Your MILK unbondings</h4>
          <UnbondingsTable
            caption="Your MILK unbondings"
            rows={(unbondings.data ?? []).map((u) => ({
              key: u.key,
              target: name(u.validator),
              amount: show(u.amount),
              countdown: now === null ? "…" : (formatCountdown(u.completionMs - now) ?? "Ready"),
              completesMs: u.completionMs,
            }))}
          />
        </div>
      ) : null}
    </div>
  );
}
