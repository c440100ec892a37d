import { MILKYWAY_SIM } from "../../chains/sim-chains";
import { Ctx } from "../ctx";
import { Journal } from "../journal";
import { mintCoins } from "../modules/bank";
import { operatorAccount } from "../modules/distribution-keeper";
import { submitProposal, vote } from "../modules/gov-keeper";
import { OPTION_ABSTAIN, OPTION_NO, OPTION_NO_WITH_VETO, OPTION_YES, STATUS_VOTING_PERIOD } from "../modules/gov-state";
import type { World } from "../state";
import { nextRandom } from "./rng";
import { simActorAddress } from "../../chains/derive";

const DAY_MS = 86_400_000;
const UNIT = 1_000_000n;

export const PROPOSAL_TEXTS: ReadonlyArray<{ title: string; summary: string }> = [
  { title: "Raise the milkTIA restaking cap", summary: "Lift the global restaking cap so that **more milkTIA** can secure services.\n\n- Current cap: none enforced in practice\n- Proposed: keep unlimited, review quarterly" },
  { title: "Onboard the Rollup Sequencer service", summary: "Accredit the *Rollup Sequencer* service so pool delegators can trust it.\n\nThe service has run on testnet for 60 days with no slashing events." },
  { title: "Reduce the operator registration fee", summary: "Lower the operator registration fee from 1 TIA to 0.5 TIA to attract smaller operators." },
  { title: "Community pool spend: documentation bounty", summary: "Fund a documentation bounty of 25,000 MILK from the community pool for restaking guides." },
  { title: "Enable milkBABY as a restakable asset", summary: "Add milkBABY to the restaking module's allowed denoms so Babylon stakers can restake." },
  { title: "Signal: sunset plan for the Way Card pilot", summary: "A signalling proposal to keep the **Way Card** pilot running on the simulator while the protocol winds down." },
];

/** Validators' own accounts: they vote, and delegators who do not vote inherit their vote. */
function validatorAccounts(world: World): string[] {
  const st = world.chains[MILKYWAY_SIM].staking;
  return st ? Object.keys(st.validators).map((v) => operatorAccount(v, "milk")) : [];
}

export function proposeNext(world: World): void {
  const ctx = new Ctx(world, world.chains[MILKYWAY_SIM], new Journal());
  const n = ((world.actors["gov/next"] as number | undefined) ?? 0) % PROPOSAL_TEXTS.length;
  world.actors["gov/next"] = n + 1;
  const text = PROPOSAL_TEXTS[n];
  const proposer = simActorAddress("milk", `proposer/${n}`);
  const deposit = [{ denom: "umilk", amount: 10_000_000n }];
  mintCoins(ctx, proposer, [{ denom: "umilk", amount: 10_000_000n + UNIT }]);
  ctx.atomic(() =>
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

/** New proposals every ~10 days; validators vote as days pass. */
export function runGovernance(world: World): void {
  const last = (world.actors["gov/lastProposalMs"] as number | undefined) ?? world.genesisTimeMs;
  if (world.timeMs - last >= 10 * DAY_MS) {
    world.actors["gov/lastProposalMs"] = world.timeMs;
    proposeNext(world);
  }
  const lastVote = (world.actors["gov/lastVoteMs"] as number | undefined) ?? 0;
  if (world.timeMs - lastVote >= DAY_MS / 2) {
    world.actors["gov/lastVoteMs"] = world.timeMs;
    validatorsVote(world);
  }
}
