import { decToLossyNumber, type Dec } from "@/lib/amount/decimal";
import { type Tally, type TallyParams, type TallyStats } from "@/lib/protocol/gov";
import { displayPercent, displayToken } from "@/lib/amount/display";

const shownPct = (d: Dec) => displayPercent(d).text;

type TallyChartProps = {
  tally: Tally;
  stats: TallyStats;
  params: TallyParams;
  bonded: bigint;
  symbol: string;
  decimals: number;
  /** "Live tally" during voting, "Final tally" afterwards. */
  caption: string;
};

/** Chart widths only: a lossy conversion is fine for CSS, never for amounts. */
const pct = (d: Dec) => `${Math.min(100, Math.max(0, decToLossyNumber(d) * 100))}%`;

/**
 * Three gauges, each against the rule that decides it (quorum on turnout, threshold on Yes
 * among non-abstain votes, veto on No with veto among all votes), then the same numbers as
 * a table. The bars are decorative; the table and the text under each bar carry the values.
 */
export function TallyChart({ tally, stats, params, bonded, symbol, decimals, caption }: TallyChartProps) {
  const amount = (n: bigint) => displayToken(n, decimals, symbol).text;
  const gauges = [
    {
      id: "turnout",
      label: "Turnout",
      value: stats.turnout,
      marker: params.quorum,
      markerLabel: `quorum ${shownPct(params.quorum)}`,
      bar: "bg-milk-500",
      text: `${shownPct(stats.turnout)} of bonded (${amount(stats.voted)} of ${amount(bonded)}) — quorum ${shownPct(params.quorum)} ${stats.quorumReached ? "reached" : "not reached"}`,
    },
    {
      id: "yes",
      label: "Yes among votes other than abstain",
      value: stats.yesShare,
      marker: params.threshold,
      markerLabel: `threshold ${shownPct(params.threshold)}`,
      bar: "bg-emerald-500",
      text: `${shownPct(stats.yesShare)} — needs more than ${shownPct(params.threshold)}`,
    },
    {
      id: "veto",
      label: "No with veto among all votes",
      value: stats.vetoShare,
      marker: params.vetoThreshold,
      markerLabel: `veto ${shownPct(params.vetoThreshold)}`,
      bar: "bg-red-500",
      text: `${shownPct(stats.vetoShare)} — vetoed above ${shownPct(params.vetoThreshold)}${stats.vetoed ? " (vetoed)" : ""}`,
    },
  ];
  const rows = [
    { label: "Yes", value: tally.yes },
    { label: "No", value: tally.no },
    { label: "No with veto", value: tally.veto },
    { label: "Abstain", value: tally.abstain },
  ];
  return (
    <div className="space-y-4">
      <ul className="space-y-3">
        {gauges.map((g) => (
          <li key={g.id}>
            <div className="text-sm font-medium">{g.label}</div>
            <div aria-hidden="true" className="relative mt-1 h-3 rounded-full bg-slate-200 dark:bg-slate-700">
              <div className={`h-3 rounded-full ${g.bar}`} style={{ width: pct(g.value) }} />
              <div
                title={g.markerLabel}
                className="absolute -top-1 h-5 w-0.5 bg-slate-900 dark:bg-slate-100"
                style={{ left: pct(g.marker) }}
              />
            </div>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{g.text}</p>
          </li>
        ))}
      </ul>
      <table className="w-full text-sm">
        <caption className="text-left text-sm font-medium">{caption}</caption>
        <thead>
          <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
            <th scope="col" className="py-1 font-medium">Option</th>
            <th scope="col" className="py-1 text-right font-medium">Voting power</th>
            <th scope="col" className="py-1 text-right font-medium">Share of all votes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-t border-slate-200 dark:border-slate-700">
              <th scope="row" className="py-1 text-left font-normal">{r.label}</th>
              <td className="py-1 text-right tabular-nums">{amount(r.value)}</td>
              <td className="py-1 text-right tabular-nums">
                {stats.voted === 0n ? "—" : shownPct((r.value * 10n ** 18n) / stats.voted)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
