import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";
import { PageHeader } from "@/components/layout/page-header";

export const metadata: Metadata = {
  title: "Rewards",
  description:
    "Where your yield comes from: the redemption rate of liquid staking tokens, restaking rewards to claim, and the app's own Way Card model.",
};

// Server shell; the yield dashboards and the Way Card model will live in app/rewards/_components/.

export default function RewardsPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
      <PageHeader
        title="Rewards"
        lead="Your yield comes from two places: staking rewards, which build up inside the value of milkTIA, milkBABY and milkINIT, and restaking rewards, which services pay out and you claim. This page shows both, how they are estimated, and what is waiting for you."
      />

      <section aria-labelledby="yield-heading" className="space-y-4">
        <h2 id="yield-heading" className="text-xl font-semibold tracking-tight">
          Your yield
        </h2>
        <SkeletonRegion label="Loading your rewards" className="grid gap-4 lg:grid-cols-3">
          <Card className="lg:col-span-2">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="mt-4 h-48 w-full" />
          </Card>
          <Card>
            <Skeleton className="h-5 w-32" />
            <Skeleton className="mt-4 h-10 w-full" />
            <Skeleton className="mt-3 h-10 w-full" />
            <Skeleton className="mt-6 h-10 w-36" />
          </Card>
        </SkeletonRegion>
      </section>

      <section aria-label="How yield works" className="grid gap-4 lg:grid-cols-3">
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

      <section aria-labelledby="way-card-heading">
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
          <SkeletonRegion label="Loading the Way Card model" className="mt-4 grid gap-3 sm:grid-cols-3">
            <Skeleton className="h-20" />
            <Skeleton className="h-20" />
            <Skeleton className="h-20" />
          </SkeletonRegion>
        </Card>
      </section>
    </div>
  );
}
