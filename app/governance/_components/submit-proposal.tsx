"use client";

import { useId, useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";
import { displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { minInitialDeposit, textProposalMsg } from "@/lib/protocol/gov";
import { checkAmount } from "@/lib/protocol/liquid-staking";
import type { GovContext } from "./gov-context";

/** MilkyWay's metadata limit (protocol doc §3); the metadata carries title and summary as JSON. */
const MAX_METADATA = 10_200;

const fieldClass = (invalid: boolean) =>
  cn(
    "w-full rounded-lg border bg-white px-3 py-2 text-sm dark:bg-slate-900",
    invalid ? "border-red-500 dark:border-red-400" : "border-slate-300 dark:border-slate-700",
  );

export function SubmitProposal({ ctx, onSubmitted }: { ctx: GovContext; onSubmitted: () => void }) {
  const id = useId();
  const [title, setTitle] = useState("");
  const [summary, setSummary] = useState("");
  const [deposit, setDeposit] = useState("");
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { params, fmt } = ctx;
  const minInitial = params ? minInitialDeposit(params) : undefined;

  const titleError = title.trim() === "" ? "Enter a title." : undefined;
  const summaryError = summary.trim() === "" ? "Enter a summary." : undefined;
  const metadata = JSON.stringify({ title: title.trim(), summary: summary.trim() });
  const lengthError = metadata.length > MAX_METADATA ? `Title and summary are too long for the chain (${metadata.length} of ${MAX_METADATA} characters).` : undefined;
  const check = checkAmount(deposit, { decimals: ctx.decimals, symbol: ctx.symbol, balance: ctx.balance, reserve: ctx.feeReserve });
  const depositError =
    deposit.trim() === ""
      ? tried
        ? "Enter an initial deposit."
        : undefined
      : !check.ok
        ? check.message
        : minInitial !== undefined && check.value < minInitial
          ? `The initial deposit must be at least ${fmt(minInitial)}.`
          : undefined;
  const valid = !titleError && !summaryError && !lengthError && check.ok && !depositError && !!params;
  const failure = ctx.failure?.action === "submit" ? ctx.failure.error : null;

  return (
    <form
      className="space-y-4"
      aria-label="Submit a text proposal"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!valid || !check.ok || !ctx.address || ctx.busy) return;
        const value = check.value;
        const t = title.trim();
        const s = summary.trim();
        const reachesVoting = value >= params!.minDeposit;
        ctx.ask({
          action: "submit",
          title: "Submit a text proposal",
          facts: [
            { id: "title", label: "Title", value: t },
            { id: "deposit", label: "Initial deposit", value: fmt(value), strong: true },
            { id: "minimum", label: "Minimum deposit to vote", value: fmt(params!.minDeposit) },
            { id: "starts", label: "Starts in", value: reachesVoting ? "Voting period" : "Deposit period" },
            { id: "chain", label: "Chain", value: ctx.chainId },
          ],
          req: { net: ctx.net, chain: "milkyway", msgs: [textProposalMsg(ctx.address, t, s, value, ctx.denom)], label: `Submit proposal "${t}"` },
          onDone: () => {
            setTitle("");
            setSummary("");
            setDeposit("");
            setTried(false);
            setDone(`Proposal "${t}" submitted; it is listed in the ${reachesVoting ? "voting" : "deposit"} period.`);
            onSubmitted();
          },
        });
      }}
    >
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        A text proposal changes nothing on chain by itself; it asks stakers to signal agreement. The summary accepts
        simple markdown: **bold**, *italic*, `code` and lists.
        {params && minInitial !== undefined
          ? ` The initial deposit must be at least ${fmt(minInitial)}; with ${fmt(params.minDeposit)} or more it goes straight to a vote.`
          : ""}
      </p>
      <div className="space-y-1">
        <label htmlFor={`${id}-title`} className="text-sm font-medium">
          Title
        </label>
        <input
          id={`${id}-title`}
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            setDone(null);
          }}
          aria-invalid={(tried && !!titleError) || undefined}
          aria-describedby={tried && titleError ? `${id}-title-error` : undefined}
          className={fieldClass(tried && !!titleError)}
        />
        {tried && titleError ? (
          <p id={`${id}-title-error`} className="text-sm text-red-700 dark:text-red-400">
            {titleError}
          </p>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-summary`} className="text-sm font-medium">
          Summary
        </label>
        <textarea
          id={`${id}-summary`}
          rows={4}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          aria-invalid={(tried && !!(summaryError ?? lengthError)) || undefined}
          aria-describedby={tried && (summaryError ?? lengthError) ? `${id}-summary-error` : undefined}
          className={fieldClass(tried && !!(summaryError ?? lengthError))}
        />
        {tried && (summaryError ?? lengthError) ? (
          <p id={`${id}-summary-error`} className="text-sm text-red-700 dark:text-red-400">
            {summaryError ?? lengthError}
          </p>
        ) : null}
      </div>
      <AmountField
        id={`${id}-deposit`}
        label="Initial deposit"
        symbol={ctx.symbol}
        value={deposit}
        onChange={(v) => {
          setDeposit(v);
          setDone(null);
        }}
        balance={ctx.balance !== undefined ? <>Balance: <DisplayValue shown={displayToken(ctx.balance, ctx.decimals, ctx.symbol)} /></> : undefined}
        error={depositError}
        disabled={!ctx.address}
      />
      <Button type="submit" disabled={!ctx.address || ctx.busy} pending={ctx.pending === "submit"}>
        {ctx.address ? "Submit proposal" : "Connect a wallet to submit"}
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
