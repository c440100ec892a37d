"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { Button } from "@/components/ui/button";
import { displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { depositMsg, minFollowUpDeposit, type Proposal } from "@/lib/protocol/gov";
import { checkAmount } from "@/lib/protocol/liquid-staking";
import type { GovContext } from "./gov-context";

/** Adding to a proposal's deposit during its deposit period. */
export function DepositPanel({ ctx, proposal: p }: { ctx: GovContext; proposal: Proposal }) {
  const [amount, setAmount] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const { params, fmt } = ctx;
  const minimum = params ? minFollowUpDeposit(params) : undefined;
  const missing = params && params.minDeposit > p.totalDeposit ? params.minDeposit - p.totalDeposit : 0n;
  const check = checkAmount(amount, { decimals: ctx.decimals, symbol: ctx.symbol, balance: ctx.balance, reserve: ctx.feeReserve });
  const error =
    amount.trim() === ""
      ? undefined
      : !check.ok
        ? check.message
        : minimum !== undefined && check.value < minimum
          ? `Each deposit must be at least ${fmt(minimum)}.`
          : undefined;
  const ready = !!ctx.address && check.ok && error === undefined && !ctx.busy && !!params;
  const failure = ctx.failure?.action === "deposit" ? ctx.failure.error : null;

  return (
    <form
      className="space-y-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
      aria-label={`Deposit on proposal ${p.id}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!ready || !check.ok || !ctx.address) return;
        const value = check.value;
        ctx.ask({
          action: "deposit",
          title: `Deposit on proposal #${p.id}`,
          facts: [
            { id: "amount", label: "Deposit", value: fmt(value), strong: true },
            { id: "total", label: "Total after", value: `${fmt(p.totalDeposit + value)} of ${fmt(params!.minDeposit)}` },
            { id: "chain", label: "Chain", value: ctx.chainId },
            { id: "refund", label: "Refund", value: "Returned if the proposal is not vetoed" },
          ],
          req: { net: ctx.net, chain: "milkyway", msgs: [depositMsg(p.id, ctx.address, value, ctx.denom)], label: `Deposit ${fmt(value)} on #${p.id}` },
          onDone: () => {
            setAmount("");
            setDone(`Deposited ${fmt(value)}.`);
          },
        });
      }}
    >
      <AmountField
        id={`deposit-${p.id}`}
        label="Add to the deposit"
        symbol={ctx.symbol}
        value={amount}
        onChange={(v) => {
          setAmount(v);
          setDone(null);
        }}
        balance={ctx.balance !== undefined ? <>Balance: <DisplayValue shown={displayToken(ctx.balance, ctx.decimals, ctx.symbol)} /></> : undefined}
        error={error}
        hint={params ? `${fmt(missing)} more starts the voting period.${minimum ? ` Each deposit is at least ${fmt(minimum)}.` : ""}` : undefined}
        disabled={!ctx.address}
      />
      <Button type="submit" disabled={!ready} pending={ctx.pending === "deposit"}>
        {ctx.address ? "Deposit" : "Connect a wallet to deposit"}
      </Button>
      <div aria-live="polite" className="text-sm">
        {failure ? (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : done ? (
          <p className="text-emerald-700 dark:text-emerald-400">{done}</p>
        ) : null}
      </div>
    </form>
  );
}
