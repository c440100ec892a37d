import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { REWARDS_NAV, SubNav } from "@/components/dashboard/sub-nav";
import { YieldIsland } from "./_components/yield-island";

export const metadata: Metadata = {
  title: "Yield",
  description: "Redemption-rate history, APY over 7 and 30 days and total value locked of milkTIA, milkBABY and milkINIT.",
};

// Server shell: headings and explanations are in the HTML; the figures are a client island.
export default function YieldPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-10">
      <SubNav label="Rewards sections" items={REWARDS_NAV} current="/rewards/yield" />
      <PageHeader
        title="Yield"
        lead="Each liquid staking contract posts its redemption rate to a rate oracle on its chain after every change; the oracle keeps one sample per hour. The APY below is that rate's growth over the last 7 or 30 days, compounded to a year."
      />
      <section aria-labelledby="yield-method-heading" className="max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
        <h2 id="yield-method-heading" className="text-base font-semibold text-slate-900 dark:text-slate-100">
          How these figures are computed
        </h2>
        <p className="mt-2">
          Growth g = newest rate ÷ rate at the window&rsquo;s start − 1. APR = g × 365 days ÷ the time actually covered. APY
          compounds g for every whole window in a year and adds simple interest for the remainder. Every step is exact
          decimal arithmetic rounded down, so a figure is never higher than the history supports. TVL is the native
          tokens the contract holds (N), as its state reports it.
        </p>
      </section>
      <YieldIsland />
    </div>
  );
}
