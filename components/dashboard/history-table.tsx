import { Card } from "@/components/ui/card";
import { shortHash } from "@/lib/chains/explorers";
import { HISTORY_COLUMNS, historyCells, type HistoryRow } from "@/lib/protocol/history";
import type { ChainKey } from "@/lib/stores/network-store";
import { CardsOnPhone } from "@/components/ui/cards-on-phone";
import { DisplayValue } from "@/components/ui/display-value";
import { When } from "@/components/ui/when";

/**
 * The transactions on screen. Each cell carries exactly the string the CSV export writes
 * (historyCells, in data-value), so the download and the table cannot drift apart. What shows is
 * the display module's: times relative to the chain clock (UTC on hover and focus), amounts
 * rounded (the exact amount on hover, focus and copy), the hash short, with a copy button and, in
 * live mode, a link to an explorer. Chain text (memos) is rendered as text by React, never as HTML.
 */
export function HistoryTable({
  rows,
  chainLabel,
  explorerUrl,
  onCopy,
  nowMs = null,
}: {
  rows: ReadonlyArray<HistoryRow>;
  /** The chain clock (simulated or real) for relative times; null shows UTC. */
  nowMs?: number | null;
  chainLabel: (k: ChainKey) => string;
  /** The transaction on a public explorer, or null (the simulator, a devnet). */
  explorerUrl: (r: HistoryRow) => string | null;
  onCopy: (hash: string) => void;
}) {
  return (
    <Card className="overflow-x-auto p-0" tabIndex={0} role="region" aria-label="Your transactions">
      <CardsOnPhone>
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">Your transactions</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600 dark:border-slate-800 dark:text-slate-400">
            {HISTORY_COLUMNS.map((c) => (
              <th key={c} scope="col" className="px-3 py-2.5 font-medium">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top dark:divide-slate-800">
          {rows.map((r) => {
            const cells = historyCells(r, chainLabel);
            return (
              <tr key={r.id}>
                <td data-value={cells[0]} className="px-3 py-2 whitespace-nowrap">
                  <TimeCell ms={r.timeMs} estimated={r.timeEstimated} nowMs={nowMs} />
                </td>
                <td data-value={cells[1]} className="px-3 py-2">{cells[1]}</td>
                <th data-value={cells[2]} scope="row" className="px-3 py-2 text-left font-medium">
                  {cells[2]}
                </th>
                <td data-value={cells[3]} className="px-3 py-2 font-mono tabular-nums"><Amount exact={cells[3]} text={r.shown?.sent} /></td>
                <td data-value={cells[4]} className="px-3 py-2 font-mono tabular-nums"><Amount exact={cells[4]} text={r.shown?.received} /></td>
                <td data-value={cells[5]} className="px-3 py-2 font-mono tabular-nums"><Amount exact={cells[5]} text={r.shown?.fee} /></td>
                <td data-value={cells[6]} className={r.ok ? "px-3 py-2 font-medium text-emerald-700 dark:text-emerald-300" : "max-w-56 px-3 py-2 break-words text-red-700 dark:text-red-300"}>{cells[6]}</td>
                <td data-value={cells[7]} className="px-3 py-2 font-mono tabular-nums">{cells[7]}</td>
                <td data-value={cells[8]} className="px-3 py-2 font-mono text-xs whitespace-nowrap">
                  <HashCell hash={r.hash} url={explorerUrl(r)} onCopy={onCopy} />
                </td>
                <td data-value={cells[9]} className="max-w-48 px-3 py-2 text-xs break-words whitespace-pre-wrap">{cells[9]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </CardsOnPhone>
    </Card>
  );
}

function TimeCell({ ms, estimated, nowMs }: { ms: number | null; estimated?: boolean; nowMs: number | null }) {
  if (ms === null) return <>Unknown (block pruned)</>;
  if (!estimated) return <When ms={ms} nowMs={nowMs} />;
  return (
    <>
      ≈ <When ms={ms} nowMs={nowMs} /> (estimated)
    </>
  );
}

/** The rounded amount with the exact one (the CSV's) on hover, focus and copy; "—" for none. */
function Amount({ exact, text }: { exact: string; text: string | undefined }) {
  if (!exact) return <>—</>;
  return <DisplayValue shown={{ text: text ?? exact, exact }} />;
}

function HashCell({ hash, url, onCopy }: { hash: string; url: string | null; onCopy: (hash: string) => void }) {
  const short = shortHash(hash);
  return (
    <span className="inline-flex items-center gap-1.5">
      {url ? (
        <a href={url} target="_blank" rel="noopener noreferrer" title={hash} className="text-milk-700 underline underline-offset-2 dark:text-milk-300">
          {short}
          <span className="sr-only"> (opens the explorer)</span>
        </a>
      ) : (
        <span title={hash}>{short}</span>
      )}
      <button
        type="button"
        onClick={() => onCopy(hash)}
        aria-label={`Copy transaction hash ${short}`}
        className="rounded p-0.5 text-slate-500 hover:bg-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-milk-500 dark:hover:bg-slate-800 dark:hover:text-slate-100"
      >
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
          <path d="M10.5 5.5V3.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h2" />
        </svg>
      </button>
    </span>
  );
}
