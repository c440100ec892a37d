import type { Metadata } from "next";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { GovernanceScreenLoader } from "./_components/governance-screen-loader";

export const metadata: Metadata = {
  title: "Governance",
  description:
    "Proposals for the MilkyWay chain: deposit and voting periods, quorum, threshold and veto, and how your validator's vote counts for you.",
};

// Server shell: headings and explanations render here; the proposal list, detail, tally and
// vote / deposit / submit forms are a client island (app/governance/_components/) loaded after first paint.

const RULES = [
  {
    term: "Quorum",
    value: "33.4%",
    text: "of all staked MILK must vote (abstain counts), or the proposal is rejected.",
  },
  {
    term: "Threshold",
    value: "more than 50%",
    text: "of the votes other than abstain must be Yes for the proposal to pass.",
  },
  {
    term: "Veto",
    value: "more than 33.4%",
    text: "of all votes as No with veto rejects the proposal and burns its deposits.",
  },
  {
    term: "Expedited",
    value: "more than 66.7%",
    text: "of the votes other than abstain must be Yes for a fast-track proposal; one that falls short continues as a regular proposal.",
  },
] as const;

export default function GovernancePage() {
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
      <PageHeader
        title="Governance"
        lead="Holders of staked MILK decide how the MilkyWay chain changes: parameters, software upgrades, which services are accredited, and spending from the community pool. Every change is a proposal that anyone can follow here and every staker can vote on."
      />

      {/* The island's loaded height, reserved so the content below does not jump when it arrives (CLS). */}
      <section aria-labelledby="proposals-heading" className="min-h-[2000px] space-y-4 lg:min-h-[1590px]">
        <h2 id="proposals-heading" className="text-xl font-semibold tracking-tight">
          Proposals
        </h2>
        <GovernanceScreenLoader />
      </section>

      <section aria-labelledby="lifecycle-heading" className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle id="lifecycle-heading">How a proposal moves</CardTitle>
          <ol className="mt-3 list-decimal space-y-2 pl-5 text-sm leading-6 text-slate-600 dark:text-slate-300">
            <li>
              <strong className="font-medium text-slate-900 dark:text-slate-100">Deposit period</strong> (2 days).
              A proposal needs the minimum deposit before it goes to a vote; anyone can add to it. If it falls short,
              it is dropped and the deposits are returned.
            </li>
            <li>
              <strong className="font-medium text-slate-900 dark:text-slate-100">Voting period</strong> (3 days; 1
              day for an expedited proposal). Vote Yes, No, No with veto or Abstain, or split your vote by weight.
              You can change your vote until the period ends; the tally shown meanwhile is live.
            </li>
            <li>
              <strong className="font-medium text-slate-900 dark:text-slate-100">Outcome.</strong> Passed, Rejected,
              or Failed — a proposal that passed but whose changes could not be applied.
            </li>
          </ol>
        </Card>
        <Card>
          <CardTitle>If you don&rsquo;t vote, your validator does</CardTitle>
          <CardText>
            Your staked MILK counts with your validator&rsquo;s vote unless you vote yourself. When you vote, your
            choice replaces the validator&rsquo;s for your stake only; the validator still votes with the rest of
            its delegations. Only validators in the active set count toward the tally.
          </CardText>
        </Card>
      </section>

      <section aria-labelledby="tally-heading" className="space-y-4">
        <h2 id="tally-heading" className="text-xl font-semibold tracking-tight">
          How votes are counted
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {RULES.map((r) => (
            <Card key={r.term}>
              <dt className="text-sm font-semibold">{r.term}</dt>
              <dd className="mt-1">
                <span className="text-2xl font-semibold tracking-tight text-milk-700 dark:text-milk-400">
                  {r.value}
                </span>
                <span className="mt-2 block text-sm leading-6 text-slate-600 dark:text-slate-300">{r.text}</span>
              </dd>
            </Card>
          ))}
        </dl>
        <p className="max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
          These are the values the chain started with. Governance can change them, so the app reads the current
          parameters from the chain before it shows a tally.
        </p>
      </section>
    </div>
  );
}
