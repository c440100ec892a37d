import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";
import { PageHeader } from "@/components/layout/page-header";

// Server shell of the dashboard; the client screen (positions, balances) will live in
// app/_components/ and replace the skeleton region below.

const AREAS = [
  {
    href: "/stake",
    title: "Stake",
    text: "Deposit TIA, BABY or INIT and receive milkTIA, milkBABY or milkINIT, which keep earning staking rewards while you hold them. Unstake through 3-day batches and claim later.",
  },
  {
    href: "/restake",
    title: "Restake",
    text: "Put milkTIA and other accepted assets to work securing services on the MilkyWay chain, through pools, operators or services directly, and choose which services you trust.",
  },
  {
    href: "/governance",
    title: "Governance",
    text: "Read proposals for the MilkyWay chain, follow the live tally against quorum, threshold and veto, and vote with your staked MILK.",
  },
  {
    href: "/rewards",
    title: "Rewards",
    text: "See where your yield comes from: the rising redemption rate of your liquid staking tokens, restaking rewards waiting to be claimed, and the app's own Way Card model.",
  },
] as const;

export default function DashboardPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
      <PageHeader
        title="MilkyWay"
        lead={
          <>
            Liquid-stake TIA for milkTIA, restake on the MilkyWay chain and take part in governance. The app runs
            against a bundled protocol simulator by default, so you can try every flow with nothing installed.
          </>
        }
      />

      <Card as="aside" aria-labelledby="status-heading" className="max-w-3xl border-amber-300 dark:border-amber-800">
        <div className="flex flex-wrap items-center gap-2">
          <CardTitle id="status-heading">Protocol status</CardTitle>
          <Badge tone="warning">Winding down</Badge>
        </div>
        <CardText>
          MilkyWay has been winding down since January 2026. On the live networks, staking contracts may be stopped
          and new batches may never complete, so treat live figures as historical. The simulator keeps the whole
          protocol running, including its time: an unbonding that takes 21 days can be finished in a second.
        </CardText>
      </Card>

      <section aria-labelledby="positions-heading" className="space-y-4">
        <h2 id="positions-heading" className="text-xl font-semibold tracking-tight">
          Your positions
        </h2>
        <SkeletonRegion label="Loading your positions" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {["Liquid staked", "Restaked", "Unstaking", "Rewards to claim"].map((label) => (
            <Card key={label}>
              <p className="text-sm text-slate-600 dark:text-slate-400">{label}</p>
              <Skeleton className="mt-3 h-7 w-28" />
              <Skeleton className="mt-2 h-4 w-20" />
            </Card>
          ))}
        </SkeletonRegion>
      </section>

      <section aria-labelledby="areas-heading" className="space-y-4">
        <h2 id="areas-heading" className="text-xl font-semibold tracking-tight">
          Where to start
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {AREAS.map((area) => (
            <Card as="li" key={area.href} className="relative transition-colors hover:border-milk-400">
              <CardTitle level={3}>
                {/* The link covers the card (after:inset-0) so the whole card is clickable. */}
                <Link
                  href={area.href}
                  className="rounded after:absolute after:inset-0 after:rounded-xl focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500"
                >
                  {area.title}
                </Link>
              </CardTitle>
              <CardText>{area.text}</CardText>
            </Card>
          ))}
        </ul>
      </section>
    </div>
  );
}
