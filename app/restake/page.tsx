import type { Metadata } from "next";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { RestakeScreenLoader } from "./_components/restake-screen-loader";

export const metadata: Metadata = {
  title: "Restake",
  description:
    "Restake milkTIA and other accepted assets on the MilkyWay chain through pools, operators and services, and choose which services you trust.",
};

// Server shell: headings and explanations render here; the pools / operators / services screen is a
// client island (app/restake/_components/) that loads after first paint, showing a skeleton until then.

const TARGETS = [
  {
    title: "Pools",
    text: "One pool per asset (milkTIA, TIA, stTIA, …). Delegating to a pool is the simplest choice: services borrow security from pools, and you earn from the services you trust with that pool.",
  },
  {
    title: "Operators",
    text: "Teams that run the infrastructure services need. You delegate to an operator, which secures the services it has joined; it keeps a commission on the rewards before passing the rest to you.",
  },
  {
    title: "Services",
    text: "The applications secured by restaked assets. They pay rewards through rewards plans funded per day. You can also delegate to a service directly and earn its user share.",
  },
] as const;

export default function RestakePage() {
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
      <PageHeader
        title="Restake"
        lead="Restaking puts assets you already hold — milkTIA above all — to work a second time: they secure services on the MilkyWay chain, and those services pay rewards on top of what the assets already earn."
      />

      {/* The island's loaded height, reserved so the content below does not jump when it arrives (CLS). */}
      <section aria-labelledby="targets-list-heading" className="min-h-[2900px] lg:min-h-[2080px]">
        <h2 id="targets-list-heading" className="sr-only">
          Pools, operators and services
        </h2>
        <RestakeScreenLoader />
      </section>

      <section aria-labelledby="targets-heading" className="render-when-near space-y-4">
        <h2 id="targets-heading" className="text-xl font-semibold tracking-tight">
          Three ways to restake
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {TARGETS.map((t) => (
            <Card as="li" key={t.title}>
              <CardTitle level={3}>{t.title}</CardTitle>
              <CardText>{t.text}</CardText>
            </Card>
          ))}
        </ul>
        <p className="max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
          Which assets can be restaken is set by the chain: at launch milkTIA, TIA bridged through Osmosis, stTIA and
          locked TIA, and each service may narrow the list further. The app reads the current list before you
          delegate.
        </p>
      </section>

      <section aria-label="Trust and unbonding" className="render-when-near grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle>Trust: you choose the services</CardTitle>
          <CardText>
            By default you trust no service. A pool delegation earns a service&rsquo;s rewards only when that service
            borrows security from the pool <em>and</em> you have said you trust the service for that pool. Trust is
            your explicit opt-in to the service&rsquo;s risk, so set it deliberately; the app prompts you when a pool
            delegation is earning nothing for lack of it.
          </CardText>
          <CardText>
            Changing your trusted services replaces the whole list at once and first pays out the pool rewards you
            have earned so far.
          </CardText>
        </Card>
        <Card>
          <CardTitle>Unbonding takes 3 days</CardTitle>
          <CardText>
            When you undelegate, your tokens come back after 3 days (the chain&rsquo;s unbonding time, which the app
            reads from the chain). You can have at most seven unbondings in progress for each pool, operator or
            service; an eighth is refused until one completes, and the app warns you before that happens.
          </CardText>
          <CardText>
            Every change to a delegation — adding, removing, or changing trust — first pays out the rewards that
            delegation has earned, so nothing accrued is lost.
          </CardText>
        </Card>
      </section>
    </div>
  );
}
