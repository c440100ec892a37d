import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { DashboardSimPanel } from "./_components/dashboard-sim-panel";
import { BalancesIsland, LstRatesIsland } from "./_components/overview-islands";

// Server shell of the dashboard: headings and explanations are in the HTML; the client islands
// (balances, LST rates, the simulator panel) render skeletons on the server and fill in after.

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
  {
    href: "/portfolio",
    title: "Portfolio",
    text: "Every position on every chain in one view — wallets, staked, restaked, unbonding, claimable and the Way Card — valued with the price feed, and your full transaction history with CSV export.",
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

      {/* The island's loaded height, reserved so the content below does not jump when it arrives (CLS). */}
      <div className="grid gap-6 lg:min-h-[420px] lg:grid-cols-3">
        <section aria-labelledby="balances-heading" className="min-h-[270px] space-y-4 lg:col-span-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="balances-heading" className="text-xl font-semibold tracking-tight">
              Your balances
            </h2>
            <Link href="/portfolio" className="text-sm font-medium text-milk-700 underline underline-offset-2 dark:text-milk-300">
              All positions in your portfolio
            </Link>
          </div>
          <BalancesIsland />
        </section>
        <div className="space-y-4">
          <DashboardSimPanel />
        </div>
      </div>

      <section aria-labelledby="lsts-heading" className="space-y-4">
        <div>
          <h2 id="lsts-heading" className="text-xl font-semibold tracking-tight">
            Liquid staking tokens
          </h2>
          <p className="mt-1 max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
            Each token is worth a growing amount of its native token: the redemption rate is the native tokens the
            protocol holds divided by the tokens in circulation (N/L), and it rises as staking rewards are compounded.
          </p>
        </div>
        <LstRatesIsland />
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
