import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PORTFOLIO_NAV, SubNav } from "@/components/dashboard/sub-nav";
import { HistoryIsland } from "./_components/history-island";

export const metadata: Metadata = {
  title: "History",
  description: "Your transactions on every chain: stakes, unstakes, claims, restaking, transfers and votes, with filters and CSV export.",
};

// Server shell; the list is a client island that reads each chain's transaction index.
export default function HistoryPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10">
      <SubNav label="Portfolio sections" items={PORTFOLIO_NAV} current="/history" />
      <PageHeader
        title="History"
        lead="Every transaction you signed on any chain, failed ones included, and the transfers you received. Amounts are what moved in or out of your account, exactly, with the fee shown apart."
      />
      <p className="max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
        Times are block times in UTC. A node keeps old blocks only for a while, so very old transactions may show no
        time; filtering by date leaves those out. The CSV download holds exactly the rows on screen.
      </p>
      <HistoryIsland />
    </div>
  );
}
