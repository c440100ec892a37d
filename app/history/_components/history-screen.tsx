"use client";

import { useMemo, useState } from "react";
import { ConnectPrompt } from "@/components/dashboard/connect-prompt";
import { HistoryFilters } from "@/components/dashboard/history-filters";
import { HistoryTable } from "@/components/dashboard/history-table";
import { QueryError } from "@/components/dashboard/query-error";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";
import { useHistory } from "@/hooks/use-history";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useWalletGate } from "@/hooks/use-wallet-gate";
import { NO_FILTERS, dateRangeProblem, filterHistory, historyCsv, type HistoryFilters as Filters } from "@/lib/protocol/history";
import type { ChainKey } from "@/lib/stores/network-store";
import { HISTORY_PAGE } from "@/lib/queries/history";
import { HistorySkeleton } from "./history-skeleton";
import { explorerTxUrl } from "@/lib/chains/explorers";
import { toastStore } from "@/lib/stores/toast-store";
import { useLstClock } from "@/hooks/use-lst-clock";

/** Copies a hash; where the browser refuses, the toast carries it to copy by hand. */
async function copyHash(hash: string) {
  const show = toastStore.getState().show;
  try {
    await navigator.clipboard.writeText(hash);
    show({ id: "history-copy", tone: "success", title: "Copied the transaction hash", detail: hash });
  } catch {
    show({ id: "history-copy", tone: "error", title: "Could not copy the transaction hash", detail: hash });
  }
}

const chainLabel = (k: ChainKey) => CHAIN_NAMES[k];

/** Saves text as a file through a temporary object URL (no server round trip). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function HistoryScreen() {
  const net = useNetworkSnapshot();
  const gate = useWalletGate();
  const [limit, setLimit] = useState(HISTORY_PAGE);
  const history = useHistory(net, gate.addresses, gate.connected, limit);
  const now = useLstClock(net.mode);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const problem = dateRangeProblem(filters);
  const shown = useMemo(() => (problem ? [] : filterHistory(history.rows, filters)), [history.rows, filters, problem]);

  if (!net.hydrated || gate.status === "connecting") return <HistorySkeleton />;
  if (!gate.connected) {
    return (
      <ConnectPrompt
        what="your transactions on every chain"
        simulator={net.mode === "simulator"}
        pending={gate.pending}
        error={gate.error}
        onUseDemo={() => void gate.useDemo()}
        onChooseWallet={gate.chooseWallet}
      />
    );
  }

  const failed = history.chains.filter((c) => c.error);
  const loadingAll = history.loading && history.rows.length === 0;
  const capped = history.chains.filter((c) => c.more);
  return (
    <div className="space-y-4">
      <HistoryFilters value={filters} onChange={setFilters} problem={problem} />
      {failed.map((c) => (
        <QueryError key={c.chain} what={`Transactions on ${chainLabel(c.chain)}`} error={c.error} onRetry={c.refetch} />
      ))}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600 dark:text-slate-300" aria-live="polite">
          {loadingAll ? "Loading your transactions…" : `Showing ${shown.length} of ${history.rows.length} transactions${history.loading ? " (still loading some chains)" : ""}`}
        </p>
        <Button
          variant="secondary"
          size="sm"
          disabled={shown.length === 0}
          onClick={() => download(`milkyway-history-${new Date().toISOString().slice(0, 10)}.csv`, historyCsv(shown, chainLabel))}
        >
          Download CSV
        </Button>
      </div>
      {capped.length > 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Only the newest {limit} transactions per chain are loaded; older ones on {capped.map((c) => chainLabel(c.chain)).join(", ")} are not shown
          {filters.from || filters.to ? " (a date range cannot reach them until they are loaded)" : ""}. Use &ldquo;Load older transactions&rdquo; below.
        </p>
      ) : null}
      {loadingAll ? (
        <HistorySkeleton />
      ) : shown.length > 0 ? (
        <HistoryTable rows={shown} nowMs={now} chainLabel={chainLabel} explorerUrl={(r) => explorerTxUrl(net, r.chain, r.hash)} onCopy={copyHash} />
      ) : failed.length > 0 && history.rows.length === 0 ? null : (
        <Card>
          <p className="font-medium">{history.rows.length === 0 ? "No transactions yet" : "No transactions match these filters"}</p>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            {history.rows.length === 0
              ? "Transactions you sign, and transfers you receive, appear here from every chain."
              : "Clear a filter or widen the date range."}
          </p>
          {history.rows.length > 0 ? (
            <Button className="mt-3" size="sm" variant="secondary" onClick={() => setFilters(NO_FILTERS)}>
              Clear filters
            </Button>
          ) : null}
        </Card>
      )}
      {capped.length > 0 && !loadingAll ? (
        <Button variant="secondary" size="sm" pending={history.loadingMore} onClick={() => setLimit((n) => n + HISTORY_PAGE)}>
          Load older transactions
        </Button>
      ) : null}
    </div>
  );
}
