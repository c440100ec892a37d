"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/class-names";
import {
  CHOICES,
  OPTION,
  OPTION_LABEL,
  STATUS,
  voteMsg,
  voteWeightedMsg,
  weightedOptions,
  type Proposal,
  type VoteChoice,
} from "@/lib/protocol/gov";
import type { GovContext } from "./gov-context";
import { parseDec } from "@/lib/amount/decimal";
import { displayPercent } from "@/lib/amount/display";

const pct = (d: bigint) => displayPercent(d).text;

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="M3 8.5l3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const EMPTY: Record<VoteChoice, string> = { yes: "", no: "", abstain: "", veto: "" };

/** Why voting is not possible right now, or null when it is. */
function closedReason(ctx: GovContext, p: Proposal, now: number | null): string | null {
  if (p.status === STATUS.deposit) return "Voting opens once the deposit reaches the minimum.";
  if (p.status !== STATUS.voting) return "Voting has ended for this proposal.";
  if (p.votingEndMs !== null && now !== null && now >= p.votingEndMs) return "The voting period has ended; the result is being counted.";
  if (!ctx.address) return "Connect a wallet to vote.";
  return null;
}

type CastOption = { option: number; weight: string };

/** The share of the user's vote on one option ("70%"), or null when the vote does not carry it. */
function castShare(myVote: ReadonlyArray<CastOption> | null, c: VoteChoice): string | null {
  const o = myVote?.find((x) => x.option === OPTION[c]);
  if (!o) return null;
  return myVote!.length === 1 ? "" : pct(parseDec(o.weight));
}

export function VotePanel({
  ctx,
  proposal: p,
  now,
  myStake,
  myVote,
}: {
  ctx: GovContext;
  proposal: Proposal;
  now: number | null;
  myStake: bigint | undefined;
  /** The vote on chain for this proposal, so the chosen option stays marked after a reload. */
  myVote: ReadonlyArray<CastOption> | null;
}) {
  const [weights, setWeights] = useState(EMPTY);
  const [done, setDone] = useState<string | null>(null);
  // Which option was sent, so only its button shows the spinner.
  const [sent, setSent] = useState<VoteChoice | null>(null);
  const reason = closedReason(ctx, p, now);
  const disabled = reason !== null || ctx.busy;
  const reasonId = `vote-reason-${p.id}`;
  const touched = CHOICES.some((c) => weights[c].trim() !== "");
  const weighted = weightedOptions(weights);
  const weightError = touched && !weighted.ok ? weighted.message : undefined;
  const failure = ctx.failure && (ctx.failure.action === "vote" || ctx.failure.action === "weighted") ? ctx.failure.error : null;

  const vote = (c: VoteChoice) => {
    if (disabled || !ctx.address) return;
    setDone(null);
    setSent(c);
    ctx.send("vote", { net: ctx.net, chain: "milkyway", msgs: [voteMsg(p.id, ctx.address, c)], label: `Vote ${OPTION_LABEL[OPTION[c]]} on #${p.id}` }, () =>
      setDone(`Your vote ${OPTION_LABEL[OPTION[c]]} is recorded.`),
    );
  };
  const voteWeighted = () => {
    if (disabled || !ctx.address || !weighted.ok) return;
    setDone(null);
    ctx.send(
      "weighted",
      { net: ctx.net, chain: "milkyway", msgs: [voteWeightedMsg(p.id, ctx.address, weighted.options)], label: `Weighted vote on #${p.id}` },
      () => {
        setWeights(EMPTY);
        setDone("Your weighted vote is recorded.");
      },
    );
  };

  return (
    <div className="space-y-3">
      {reason ? (
        <p id={reasonId} className="text-sm text-slate-600 dark:text-slate-400">
          {reason}
        </p>
      ) : null}
      {!reason && myStake === 0n ? (
        <p className="text-sm text-amber-800 dark:text-amber-300">
          You have no staked {ctx.symbol}: your vote is recorded but adds no weight to the tally.
        </p>
      ) : null}
      <div role="group" aria-label="Vote" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {CHOICES.map((c) => {
          const share = castShare(myVote, c);
          return (
            <Button
              key={c}
              variant="secondary"
              disabled={disabled}
              aria-describedby={reason ? reasonId : undefined}
              aria-pressed={share !== null}
              className={cn(share !== null && "border-milk-600 bg-milk-50 ring-2 ring-milk-600 dark:border-milk-400 dark:bg-milk-900/60 dark:ring-milk-400")}
              pending={ctx.pending === "vote" && sent === c}
              onClick={() => vote(c)}
            >
              {share !== null ? <CheckIcon /> : null}
              {OPTION_LABEL[OPTION[c]]}
              {share ? (
                <span aria-hidden="true" className="text-xs font-normal">
                  {share}
                </span>
              ) : null}
            </Button>
          );
        })}
      </div>

      <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
        <summary className="cursor-pointer text-sm font-medium">Split your vote by weight</summary>
        <form
          className="mt-3 space-y-3"
          aria-label="Weighted vote"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            voteWeighted();
          }}
        >
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Give each option a percentage; together they must make exactly 100%. Leave an option empty for 0%.
          </p>
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {CHOICES.map((c) => {
              const id = `weight-${p.id}-${c}`;
              const invalid = !weighted.ok && weighted.field === c;
              return (
                <div key={c} className="flex flex-col gap-1">
                  <label htmlFor={id} className="text-xs font-medium">
                    {OPTION_LABEL[OPTION[c]]} (%)
                  </label>
                  <input
                    id={id}
                    type="text"
                    inputMode="decimal"
                    autoComplete="off"
                    value={weights[c]}
                    disabled={reason !== null}
                    aria-invalid={invalid || undefined}
                    aria-describedby={weightError ? `weights-error-${p.id}` : undefined}
                    onChange={(e) => setWeights({ ...weights, [c]: e.target.value })}
                    className={cn(
                      "h-9 rounded-md border bg-white px-2 text-sm tabular-nums dark:bg-slate-900",
                      invalid ? "border-red-500 dark:border-red-400" : "border-slate-300 dark:border-slate-700",
                    )}
                  />
                </div>
              );
            })}
          </div>
          {weightError ? (
            <p id={`weights-error-${p.id}`} role="alert" className="text-sm text-red-700 dark:text-red-400">
              {weightError}
            </p>
          ) : null}
          <Button type="submit" disabled={disabled || !weighted.ok || !touched} pending={ctx.pending === "weighted"}>
            Cast weighted vote
          </Button>
        </form>
      </details>

      <div aria-live="polite" className="text-sm">
        {failure ? (
          <p role="alert" className="text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : done ? (
          <p className="text-emerald-700 dark:text-emerald-400">{done}</p>
        ) : null}
      </div>
    </div>
  );
}
