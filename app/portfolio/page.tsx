import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { PORTFOLIO_NAV, SubNav } from "@/components/dashboard/sub-nav";
import { PortfolioIsland } from "./_components/portfolio-island";

export const metadata: Metadata = {
  title: "Portfolio",
  description: "Every position on every chain in one view: wallets, staked MILK, restaked assets, unbondings, claimable rewards and the Way Card.",
};

// Server shell; the positions are a client island that reads every chain.
export default function PortfolioPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10">
      <SubNav label="Portfolio sections" items={PORTFOLIO_NAV} current="/portfolio" />
      <PageHeader
        title="Portfolio"
        lead="Everything you hold on every chain, in one place: what is in your wallets, staked, restaked, on its way back, ready to claim and on your Way Card. Amounts are exact; USD values use the price feed where a price exists."
      />
      <PortfolioIsland />
    </div>
  );
}
