import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { REWARDS_NAV, SubNav } from "@/components/dashboard/sub-nav";
import { RewardsEarnedIsland, RewardsProjectionIsland } from "./_components/rewards-islands";
import { WayCardPanel } from "./_components/way-card-panel";

export const metadata: Metadata = {
  title: "Rewards",
  description:
    "Where your yield comes from: the redemption rate of liquid staking tokens, restaking rewards to claim, and the app's own Way Card model.",
};

// Server shell: headings, explanations and skeletons are in the HTML; the dashboards, the
// projection calculator and the Way Card are client islands in app/rewards/_components/.

export default function RewardsPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
      <SubNav label="Rewards sections" items={REWARDS_NAV} current="/rewards" />
      <PageHeader
        title="Rewards"
        lead="Your yield comes from two places: staking rewards, which build up inside the value of milkTIA, milkBABY and milkINIT, and restaking rewards, which services pay out and you claim. This page shows both, how they are estimated, and what is waiting for you."
      />

      <section aria-labelledby="yield-heading" className="space-y-4">
        <div>
          <h2 id="yield-heading" className="text-xl font-semibold tracking-tight">
            Earned by source
          </h2>
          <p className="mt-1 max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
            Liquid-staking yield is the growth in value of the tokens you hold, from the redemption rate&rsquo;s history;
            restaking and MILK staking rewards are what you claimed, from your transactions, and what is waiting to be
            claimed. The rate history and APY of each token are on the{" "}
            <Link href="/rewards/yield" className="font-medium text-milk-700 underline underline-offset-2 dark:text-milk-300">
              Yield page
            </Link>
            .
          </p>
        </div>
        <RewardsEarnedIsland />
      </section>

      <section aria-label="How yield works" className="render-when-near grid gap-4 lg:grid-cols-3">
        <Card>
          <CardTitle>Staking yield: in the rate</CardTitle>
          <CardText>
            Staking rewards on Celestia, Babylon and Initia are collected and staked again for all holders, after a
            protocol fee, so each liquid staking token is worth more of its native token over time. There is
            nothing to claim: the gain shows up when the redemption rate rises.
          </CardText>
        </Card>
        <Card>
          <CardTitle>Restaking rewards: claimed</CardTitle>
          <CardText>
            Services fund rewards plans that pay a fixed amount per day, shared every block among the pools,
            operators and users that secure them, by the plan&rsquo;s weights and the value each puts up. Rewards build up per
            delegation until you claim them; operators keep their commission first, and pools only earn from
            services you trust.
          </CardText>
        </Card>
        <Card>
          <CardTitle>APR figures are estimates</CardTitle>
          <CardText>
            A restaking APR here is a projection: a plan&rsquo;s daily amount over a year, valued at current prices,
            divided by the value of the stake that earns from it. Stake without a price counts for nothing. Plans
            end, prices move and stake comes and goes, so past rewards are the only exact figures.
          </CardText>
        </Card>
      </section>

      <section aria-labelledby="projection-heading" className="render-when-near space-y-4">
        <div>
          <h2 id="projection-heading" className="text-xl font-semibold tracking-tight">
            Projection calculator
          </h2>
          <p className="mt-1 max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
            Compare three layers on the same stake: liquid staking alone, the same tokens restaked as well, and a share of
            the restaking rewards routed to the Way Card as spending power. All figures are exact decimals, rounded down.
          </p>
        </div>
        <RewardsProjectionIsland />
      </section>

      <section aria-labelledby="way-card-heading" className="render-when-near">
        <Card className="border-dashed">
          <div className="flex flex-wrap items-center gap-2">
            <CardTitle id="way-card-heading">Way Card</CardTitle>
            <Badge tone="info">This app&rsquo;s own model</Badge>
          </div>
          <CardText>
            MilkyWay announced the Way Card as &ldquo;yield-backed payments&rdquo;: purchases that settle against
            future yield. It never published how the card would work, and the card was dropped in the wind-down.
          </CardText>
          <CardText>
            The Way Card shown in this app is therefore our own model, built to show how spending against future
            yield could work. It is not MilkyWay&rsquo;s product, and it involves no real card, merchant or payment.
          </CardText>
          <WayCardPanel />
        </Card>
      </section>
    </div>
  );
}
