"use client";

import { useEffect, useRef } from "react";
import { FactList, type Fact } from "@/components/stake/fact-list";
import { SafeMarkdown } from "@/components/governance/safe-markdown";
import { StatusBadge } from "@/components/governance/status-badge";
import { TallyChart } from "@/components/governance/tally-chart";
import { Skeleton } from "@/components/ui/skeleton";
import { useBonded, useDeposits, useMyVote, useTally } from "@/hooks/use-gov";
import { parseDec } from "@/lib/amount/decimal";
import { OPTION_LABEL, STATUS, tallyStats, type Proposal } from "@/lib/protocol/gov";
import { formatCountdown } from "@/lib/time/countdown";

const inOrEnded = (ms: number) => {
  const left = formatCountdown(ms);
  return left ? `in ${left}` : "ended";
};
import { DepositPanel } from "./deposit-panel";
import type { GovContext } from "./gov-context";
import { VotePanel } from "./vote-panel";
import { displayPercent } from "@/lib/amount/display";
import { When } from "@/components/ui/when";

const pct = (d: bigint) => displayPercent(d).text;

/** "Yes" or "Yes 70%, No 30%". */
function describeVote(options: ReadonlyArray<{ option: number; weight: string }>): string {
  if (options.length === 1) return OPTION_LABEL[options[0].option] ?? "Unknown";
  return options.map((o) => `${OPTION_LABEL[o.option] ?? "Unknown"} ${pct(parseDec(o.weight))}`).join(", ");
}

export function ProposalDetail({ ctx, proposal: p, now, myStake }: { ctx: GovContext; proposal: Proposal; now: number | null; myStake: bigint | undefined }) {
  const { net, params, fmt } = ctx;
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening a proposal moves focus to its heading so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  const live = p.status === STATUS.voting;
  const tally = useTally(net, p.status === STATUS.deposit ? undefined : p.id);
  const bonded = useBonded(net);
  const deposits = useDeposits(net, p.id, ctx.denom);
  const myVote = useMyVote(net, p.id, ctx.address);
  const t = live ? tally.data : p.finalTally;
  const stats = t && bonded.data !== undefined && params ? tallyStats(t, bonded.data, params) : undefined;

  const facts: Fact[] = [
    { id: "submitted", label: "Submitted", value: <When ms={p.submitMs} nowMs={now} /> },
    {
      id: "deposit",
      label: "Deposit",
      value: params ? `${fmt(p.totalDeposit)} of ${fmt(params.minDeposit)} minimum` : fmt(p.totalDeposit),
    },
  ];
  if (p.status === STATUS.deposit) {
    facts.push({ id: "deposit-end", label: "Deposit period ends", value: <When ms={p.depositEndMs} nowMs={now} relative={now === null ? undefined : inOrEnded(p.depositEndMs - now)} /> });
  }
  if (p.votingStartMs !== null && p.votingEndMs !== null) {
    facts.push({ id: "voting-start", label: "Voting started", value: <When ms={p.votingStartMs} nowMs={now} /> });
    facts.push({
      id: "voting-end",
      label: live ? "Voting ends" : "Voting ended",
      value: <When ms={p.votingEndMs} nowMs={now} relative={live && now !== null ? inOrEnded(p.votingEndMs - now) : undefined} />,
    });
  }
  if (p.expedited) facts.push({ id: "expedited", label: "Expedited", value: "Yes" });
  if (p.failedReason) facts.push({ id: "failed", label: "Why it failed", value: p.failedReason });

  return (
    <article className="space-y-5" aria-labelledby="proposal-heading">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm text-slate-500 dark:text-slate-400">Proposal #{p.id.toString()}</span>
          <StatusBadge status={p.status} />
        </div>
        <h3 id="proposal-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold tracking-tight break-words outline-none">
          {p.title || "Untitled"}
        </h3>
      </header>

      <SafeMarkdown text={p.summary} className="space-y-2 text-sm leading-6 break-words text-slate-700 dark:text-slate-300" />

      <FactList idPrefix={`proposal-${p.id}`} facts={facts} />

      <section aria-labelledby="messages-heading" className="space-y-1">
        <h4 id="messages-heading" className="text-sm font-semibold">
          Messages
        </h4>
        {p.messages.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None — a text (signalling) proposal.</p>
        ) : (
          <ul className="list-disc pl-5 font-mono text-xs break-all">
            {p.messages.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="deposits-heading" className="space-y-1">
        <h4 id="deposits-heading" className="text-sm font-semibold">
          Deposits
        </h4>
        {!deposits.data ? (
          <Skeleton className="h-4 w-40" />
        ) : deposits.data.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No deposits on record (deposits are removed once a proposal&rsquo;s voting ends).
          </p>
        ) : (
          <ul className="space-y-1 text-sm">
            {deposits.data.map((d) => (
              <li key={d.depositor} className="flex flex-wrap justify-between gap-2">
                <span className="font-mono text-xs break-all">{d.depositor === ctx.address ? "You" : d.depositor}</span>
                <span className="tabular-nums">{fmt(d.amount)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {p.status === STATUS.deposit ? <DepositPanel ctx={ctx} proposal={p} /> : null}

      {p.status !== STATUS.deposit ? (
        <section aria-labelledby="tally-detail-heading" className="space-y-3">
          <h4 id="tally-detail-heading" className="text-sm font-semibold">
            Tally
          </h4>
          {t && stats && params && bonded.data !== undefined ? (
            <TallyChart
              tally={t}
              stats={stats}
              params={params}
              bonded={bonded.data}
              symbol={ctx.symbol}
              decimals={ctx.decimals}
              caption={live ? "Live tally" : "Final tally"}
            />
          ) : (
            <Skeleton className="h-32 w-full" />
          )}
          {live && stats ? (
            <p className="text-sm" aria-live="polite">
              If voting ended now: <strong>{stats.passing ? "passes" : "does not pass"}</strong>
              {!stats.quorumReached ? " (quorum not reached)" : stats.vetoed ? " (vetoed)" : ""}.
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="your-vote-heading" className="space-y-2">
        <h4 id="your-vote-heading" className="text-sm font-semibold">
          Your vote
        </h4>
        <p role="status" className="text-sm">
          {!ctx.address
            ? "Connect a wallet to see your vote."
            : myVote.data === undefined
              ? "…"
              : myVote.data === null
                ? "You have not voted."
                : describeVote(myVote.data)}
        </p>
        <p className="text-xs leading-5 text-slate-600 dark:text-slate-400">
          If you do not vote, your staked {ctx.symbol} counts with your validator&rsquo;s vote. Voting yourself replaces
          it for your stake only.
        </p>
        <VotePanel ctx={ctx} proposal={p} now={now} myStake={myStake} myVote={myVote.data ?? null} />
      </section>
    </article>
  );
}
