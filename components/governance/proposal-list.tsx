import { ChoiceGroup } from "@/components/stake/choice-group";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/class-names";
import { STATUS, type Proposal, type StatusFilter } from "@/lib/protocol/gov";
import { formatCountdown } from "@/lib/time/countdown";

const endsIn = (ms: number) => {
  const left = formatCountdown(ms);
  return left ? `ends in ${left}` : "has ended";
};
import { StatusBadge } from "./status-badge";
import { formatUtc } from "@/lib/time/format";
import { displayWhen } from "@/lib/amount/display";

const FILTERS: ReadonlyArray<{ value: StatusFilter; label: string }> = [
  { value: "all", label: "All" },
  { value: "deposit", label: "Deposit" },
  { value: "voting", label: "Voting" },
  { value: "passed", label: "Passed" },
  { value: "rejected", label: "Rejected" },
  { value: "failed", label: "Failed" },
];

type ProposalListProps = {
  proposals: ReadonlyArray<Proposal> | undefined;
  filter: StatusFilter;
  onFilter: (f: StatusFilter) => void;
  /** Simulated or wall-clock now; null while the clock is loading. */
  now: number | null;
  selectedId: bigint | null;
  onOpen: (id: bigint) => void;
};

export function timing(p: Proposal, now: number | null): string {
  if (p.status === STATUS.deposit) return now === null ? "" : `Deposit period ${endsIn(p.depositEndMs - now)}`;
  if (p.status === STATUS.voting && p.votingEndMs !== null) return now === null ? "" : `Voting ${endsIn(p.votingEndMs - now)}`;
  if (p.votingEndMs === null) return "";
  return `Voting ended ${now === null ? formatUtc(p.votingEndMs) : displayWhen(p.votingEndMs, now).text}`;
}

/** Proposals filtered by status, newest first; each opens its detail. */
export function ProposalList({ proposals, filter, onFilter, now, selectedId, onOpen }: ProposalListProps) {
  const shown = proposals?.filter((p) => filter === "all" || p.status === STATUS[filter]);
  return (
    <div className="space-y-3">
      <ChoiceGroup legend="Show proposals" name="gov-filter" value={filter} choices={FILTERS} onChange={onFilter} inline />
      {!shown ? (
        <SkeletonRegion label="Loading proposals" className="space-y-2">
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-14 w-full" />
          ))}
        </SkeletonRegion>
      ) : shown.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No proposals with this status.</p>
      ) : (
        <ul aria-label="Proposals" className="space-y-2">
          {shown.map((p) => (
            <li key={p.id.toString()}>
              <button
                type="button"
                onClick={() => onOpen(p.id)}
                aria-current={selectedId === p.id ? "true" : undefined}
                className={cn(
                  "flex w-full flex-wrap items-center justify-between gap-2 rounded-lg border p-3 text-left",
                  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500",
                  selectedId === p.id
                    ? "border-milk-500 bg-milk-50 dark:border-milk-400 dark:bg-milk-900/40"
                    : "border-slate-200 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800",
                )}
              >
                <span className="min-w-0">
                  <span className="block font-medium break-words">
                    <span className="text-slate-500 dark:text-slate-400">#{p.id.toString()}</span> {p.title || "Untitled"}
                  </span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{timing(p, now)}</span>
                </span>
                <StatusBadge status={p.status} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
