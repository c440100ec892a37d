import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { mintCoins } from "../modules/bank";
import { operatorAccount } from "../modules/distribution-keeper";
import { submitProposal, vote } from "../modules/gov-keeper";
import { OPTION_ABSTAIN, OPTION_NO, OPTION_NO_WITH_VETO, OPTION_YES, STATUS_DEPOSIT_PERIOD, STATUS_VOTING_PERIOD } from "../modules/gov-state";
import type { World } from "../state";
import { nextRandom } from "./rng";
import { simActorAddress } from "../../chains/derive";

const DAY_MS = 86_400_000;
const UNIT = 1_000_000n;

/**
 * What the community proposes. Titles are distinct for the life of a world: after one pass
 * through the list each text comes back as a numbered follow-up ("… (review 2)").
 */
export const PROPOSAL_TEXTS: ReadonlyArray<{ title: string; summary: string }> = [
  { title: "Raise the milkTIA restaking cap", summary: "Lift the global restaking cap so that **more milkTIA** can secure services.\n\n- Current cap: none enforced in practice\n- Proposed: keep unlimited, review quarterly" },
  { title: "Onboard the Rollup Sequencer service", summary: "Accredit the *Rollup Sequencer* service so pool delegators can trust it.\n\nThe service has run on testnet for 60 days with no slashing events." },
  { title: "Reduce the operator registration fee", summary: "Lower the operator registration fee from 1 TIA to 0.5 TIA to attract smaller operators." },
  { title: "Community pool spend: documentation bounty", summary: "Fund a documentation bounty of 25,000 MILK from the community pool for restaking guides." },
  { title: "Enable milkBABY as a restakable asset", summary: "Add milkBABY to the restaking module's allowed denoms so Babylon stakers can restake." },
  { title: "Signal: sunset plan for the Way Card pilot", summary: "A signalling proposal to keep the **Way Card** pilot running on the simulator while the protocol winds down." },
  { title: "Shorten the restaking unbonding time to 2 days", summary: "Restaked tokens return after 3 days today. Two days keeps slashing evidence windows covered and frees capital sooner." },
  { title: "Fund an independent audit of the rewards module", summary: "Spend 40,000 MILK from the community pool on an external audit of `x/rewards` before new plans launch." },
  { title: "Add a milkINIT pool for restaking", summary: "Allow milkINIT in the restaking module so Initia stakers can secure MilkyWay services." },
  { title: "Signal: publish operator uptime every epoch", summary: "Ask operators to publish their uptime each epoch so delegators can compare them before delegating." },
];

/** The n-th proposal's text (n from 0); distinct for every n. */
export function proposalText(n: number): { title: string; summary: string } {
  const base = PROPOSAL_TEXTS[n % PROPOSAL_TEXTS.length];
  const round = Math.floor(n / PROPOSAL_TEXTS.length) + 1;
  return round === 1 ? base : { title: `${base.title} (review ${round})`, summary: base.summary };
}

/** Validators' own accounts: they vote, and delegators who do not vote inherit their vote. */
function validatorAccounts(world: World): string[] {
  const st = world.chains[MILKYWAY_SIM].staking;
  return st ? Object.keys(st.validators).map((v) => operatorAccount(v, "milk")) : [];
}

/**
 * A community member submits the next proposal. `full`: with the whole minimum deposit, so it
 * goes straight to its voting period; otherwise with a fifth of it, so it waits in its deposit
 * period for others (a user of the app among them) to add the rest.
 */
export function proposeNext(world: World, full = true): number {
  const ctx = new Ctx(world, world.chains[MILKYWAY_SIM], new Journal());
  const n = (world.actors["gov/next"] as number | undefined) ?? 0;
  world.actors["gov/next"] = n + 1;
  const text = proposalText(n);
  const proposer = simActorAddress("milk", `proposer/${n % PROPOSAL_TEXTS.length}`);
  const min = ctx.chain.gov!.params.minDeposit[0];
  const deposit = [{ denom: min.denom, amount: full ? min.amount : min.amount / 5n }];
  mintCoins(ctx, proposer, [{ denom: min.denom, amount: deposit[0].amount + UNIT }]);
  return ctx.atomic(() =>
    submitProposal(ctx, {
      proposer,
      title: text.title,
      summary: text.summary,
      metadata: JSON.stringify({ title: text.title, summary: text.summary }),
      messages: [],
      initialDeposit: deposit,
    }),
  );
}

/** Validators vote on open proposals a few days in, leaning yes; sometimes one abstains or vetoes. */
function validatorsVote(world: World): void {
  const chain = world.chains[MILKYWAY_SIM];
  const gov = chain.gov;
  if (!gov) return;
  const ctx = new Ctx(world, chain, new Journal());
  for (const p of Object.values(gov.proposals)) {
    if (p.status !== STATUS_VOTING_PERIOD) continue;
    if (world.timeMs - (p.votingStartMs ?? world.timeMs) < DAY_MS) continue;
    for (const voter of validatorAccounts(world)) {
      if (gov.votes[String(p.id)]?.[voter] || nextRandom(world) < 0.6) continue;
      const r = nextRandom(world);
      const option = r < 0.7 ? OPTION_YES : r < 0.85 ? OPTION_NO : r < 0.95 ? OPTION_ABSTAIN : OPTION_NO_WITH_VETO;
      try {
        ctx.atomic(() => vote(ctx, p.id, voter, option));
      } catch {
        // A vote that the chain refuses (e.g. the period just ended) is simply not cast.
      }
    }
  }
}

/** How many proposals are open to vote on, and to deposit on, at any time. */
export const OPEN_VOTING_TARGET = 2;
export const OPEN_DEPOSIT_TARGET = 1;

function countStatus(world: World, status: number): number {
  const gov = world.chains[MILKYWAY_SIM].gov;
  return gov ? Object.values(gov.proposals).filter((p) => p.status === status).length : 0;
}

/**
 * Keeps governance alive whenever a user looks: proposals in their voting period and one
 * waiting for deposits (a new world is 90 days old, longer than any voting period), those to
 * vote on submitted at least half a day apart so their periods overlap rather than align.
 * Validators vote as days pass.
 */
export function runGovernance(world: World): void {
  const last = (world.actors["gov/lastProposalMs"] as number | undefined) ?? world.genesisTimeMs;
  if (world.timeMs - last >= DAY_MS / 2 && countStatus(world, STATUS_VOTING_PERIOD) < OPEN_VOTING_TARGET) {
    world.actors["gov/lastProposalMs"] = world.timeMs;
    proposeNext(world, true);
  }
  if (countStatus(world, STATUS_DEPOSIT_PERIOD) < OPEN_DEPOSIT_TARGET) proposeNext(world, false);
  const lastVote = (world.actors["gov/lastVoteMs"] as number | undefined) ?? 0;
  if (world.timeMs - lastVote >= DAY_MS / 2) {
    world.actors["gov/lastVoteMs"] = world.timeMs;
    validatorsVote(world);
  }
}
