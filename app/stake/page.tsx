import type { Metadata } from "next";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { StakeScreenLoader } from "./_components/stake-screen-loader";

export const metadata: Metadata = {
  title: "Stake",
  description:
    "Liquid-stake TIA, BABY or INIT for milkTIA, milkBABY or milkINIT; unstake through 3-day batches and claim after unbonding.",
};

// Server shell: headings and explanations render here; the stake / unstake / claim screen is a
// client island (app/stake/_components/) that loads after first paint, showing a skeleton until then.

const PAIRS = [
  {
    native: "TIA",
    lst: "milkTIA",
    nativeChain: "Celestia",
    contractChain: "Osmosis",
    note: "You can also stake straight from Celestia: the TIA travels to Osmosis over IBC and the milkTIA is sent back to your Celestia address.",
  },
  {
    native: "BABY",
    lst: "milkBABY",
    nativeChain: "Babylon",
    contractChain: "MilkyWay",
    note: "The same staking contract, configured for BABY and deployed on the MilkyWay chain.",
  },
  {
    native: "INIT",
    lst: "milkINIT",
    nativeChain: "Initia",
    contractChain: "the moo rollup on Initia",
    note: "The same staking contract again, deployed on a rollup of Initia.",
  },
] as const;

const UNSTAKE_STEPS = [
  {
    title: "Request",
    text: "You send milkTIA to the contract. It joins the open batch and is held there, not burned, so the amount shown is an estimate at today's rate.",
  },
  {
    title: "Batch submitted (every 3 days)",
    text: "When the batch period has passed, the batch is submitted: its milkTIA is burned at the redemption rate of that moment, which fixes the TIA you will receive, and the TIA starts unbonding on Celestia.",
  },
  {
    title: "Unbonding (21 days)",
    text: "Celestia releases staked TIA after 21 days. Then the protocol's coordinator sends exactly the expected amount back to the contract.",
  },
  {
    title: "Claim",
    text: "Once the batch is marked received, you withdraw your share of it in one transaction. Nothing arrives in your wallet until you claim.",
  },
] as const;

export default function StakePage() {
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
      <PageHeader
        title="Stake"
        lead="Deposit TIA, BABY or INIT and receive a liquid staking token — milkTIA, milkBABY or milkINIT — that stays in your wallet and grows in value as staking rewards are compounded for you. You can trade or restake it while the underlying tokens stay staked."
      />

      {/* The island's loaded height, reserved so the content below does not jump when it arrives (CLS). */}
      <section aria-labelledby="stake-form-heading" className="min-h-[1300px] lg:min-h-[860px]">
        <h2 id="stake-form-heading" className="sr-only">
          Stake and unstake
        </h2>
        <StakeScreenLoader />
      </section>

      <section aria-labelledby="pairs-heading" className="space-y-4">
        <h2 id="pairs-heading" className="text-xl font-semibold tracking-tight">
          What you deposit and what you get
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {PAIRS.map((p) => (
            <Card as="li" key={p.lst}>
              <CardTitle level={3}>
                {p.native} <span aria-hidden="true">→</span>
                <span className="sr-only">becomes</span> {p.lst}
              </CardTitle>
              <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-500 dark:text-slate-400">Staked on</dt>
                <dd>{p.nativeChain}</dd>
                <dt className="text-slate-500 dark:text-slate-400">Contract on</dt>
                <dd>{p.contractChain}</dd>
              </dl>
              <CardText>{p.note}</CardText>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rate-heading" className="grid gap-4 lg:grid-cols-2">
        <Card>
          <CardTitle id="rate-heading">The redemption rate</CardTitle>
          <CardText>
            The redemption rate is how much TIA one milkTIA is worth: the TIA the contract has staked divided by the
            milkTIA in circulation. Rewards are collected and staked again for everyone, after a protocol fee on the
            rewards (10% in the simulator; the app reads the live fee from the contract), so the rate rises while
            your milkTIA balance stays the same. It can fall only if a validator is slashed.
          </CardText>
          <CardText>
            When you stake you receive your deposit divided by the rate, rounded down; the rounding remainder stays
            in the pool for all holders. The contract also reports the inverse figure (milkTIA per TIA); this app
            always states the rate as &ldquo;1 milkTIA = x TIA&rdquo;.
          </CardText>
        </Card>
        <Card>
          <CardTitle>Before you stake</CardTitle>
          <ul className="mt-2 list-disc space-y-2 pl-5 text-sm leading-6 text-slate-600 dark:text-slate-300">
            <li>Each contract has a minimum stake; a smaller amount is refused before your wallet opens.</li>
            <li>You pay a network fee in the chain&rsquo;s fee token; the Max button leaves enough for it.</li>
            <li>
              A contract can be stopped by its operators. MilkyWay is winding down, so on live networks the app
              checks each contract first and disables staking where it is stopped.
            </li>
          </ul>
        </Card>
      </section>

      <section aria-labelledby="unstake-heading" className="space-y-4">
        <h2 id="unstake-heading" className="text-xl font-semibold tracking-tight">
          Unstaking takes about 21 to 24 days
        </h2>
        <p className="max-w-3xl text-sm leading-6 text-slate-600 dark:text-slate-300">
          Requests are grouped into batches because Celestia allows only seven unbondings at a time per delegator
          and validator; one batch every 3 days keeps seven batches inside the 21-day unbonding period. So a TIA
          unstake waits up to 3 days for its batch, then 21 days of unbonding, plus a little time for the tokens to
          travel back. milkBABY and milkINIT follow the same cycle with their own chain&rsquo;s unbonding period.
          In the simulator you can move time forward to see a batch through.
        </p>
        <ol className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          {UNSTAKE_STEPS.map((step, i) => (
            <Card as="li" key={step.title}>
              <CardTitle level={3}>
                <span className="mr-2 text-milk-600 dark:text-milk-400">{i + 1}.</span>
                {step.title}
              </CardTitle>
              <CardText>{step.text}</CardText>
            </Card>
          ))}
        </ol>
      </section>
    </div>
  );
}
