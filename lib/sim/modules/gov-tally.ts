import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DEC_SCALE, decMul, decQuoLegacy, parseDec, type Dec } from "../../amount/decimal";
import type { Rec } from "../journal";
import { bondedValidators } from "./distribution-keeper";
import {
  OPTION_ABSTAIN,
  OPTION_NO,
  OPTION_NO_WITH_VETO,
  OPTION_YES,
  type GovParams,
  type TallyRecord,
  type VoteRecord,
  type WeightedOption,
} from "./gov-state";
import type { StakingState } from "./staking-state";

export interface TallyOutcome {
  passes: boolean;
  burnDeposits: boolean;
  tally: TallyRecord;
}

interface ValGovInfo {
  tokens: bigint;
  shares: Dec;
  deductions: Dec;
  vote: WeightedOption[] | null;
}

function sameBytesValoper(voter: string, valoperPrefix: string): string | null {
  try {
    return toBech32(valoperPrefix, fromBech32(voter).data);
  } catch {
    return null;
  }
}

function addWeighted(results: Map<number, Dec>, power: Dec, options: WeightedOption[]): void {
  for (const o of options) {
    results.set(o.option, (results.get(o.option) ?? 0n) + decMul(power, parseDec(o.weight), "half-even"));
  }
}

/**
 * keeper.Tally (x/gov v1, SDK v0.50) over bonded validators — on MilkyWay gov reads the ICS
 * provider's consensus-active set, which is the bonded set here. A delegator's own vote counts
 * its shares and is deducted from its validator; a validator's vote covers the rest of its
 * shares. LegacyDec arithmetic throughout; the reported counts are truncated to integers.
 */
export function tallyVotes(
  staking: StakingState | undefined,
  votes: Readonly<Rec<VoteRecord>>,
  params: GovParams,
  expedited: boolean,
  valoperPrefix: string,
): TallyOutcome {
  const results = new Map<number, Dec>([
    [OPTION_YES, 0n],
    [OPTION_ABSTAIN, 0n],
    [OPTION_NO, 0n],
    [OPTION_NO_WITH_VETO, 0n],
  ]);
  let totalPower = 0n;
  const vals = new Map<string, ValGovInfo>();
  for (const v of staking ? bondedValidators(staking) : []) {
    if (v.delegatorShares === 0n) continue; // no shares, no power (and no division by zero)
    vals.set(v.operator, { tokens: v.tokens, shares: v.delegatorShares, deductions: 0n, vote: null });
  }
  for (const [voter, vote] of Object.entries(votes)) {
    const asVal = sameBytesValoper(voter, valoperPrefix);
    if (asVal && vals.has(asVal)) vals.get(asVal)!.vote = vote.options;
    for (const [valoper, d] of Object.entries(staking?.delegations[voter] ?? {})) {
      const val = vals.get(valoper);
      if (!val) continue;
      val.deductions += d.shares;
      // delegation shares × bonded tokens / total shares
      const power = decQuoLegacy(d.shares * val.tokens, val.shares);
      addWeighted(results, power, vote.options);
      totalPower += power;
    }
  }
  for (const val of vals.values()) {
    if (!val.vote || val.vote.length === 0) continue;
    const power = decQuoLegacy((val.shares - val.deductions) * val.tokens, val.shares);
    addWeighted(results, power, val.vote);
    totalPower += power;
  }

  const tally: TallyRecord = {
    yes: results.get(OPTION_YES)! / DEC_SCALE,
    abstain: results.get(OPTION_ABSTAIN)! / DEC_SCALE,
    no: results.get(OPTION_NO)! / DEC_SCALE,
    noWithVeto: results.get(OPTION_NO_WITH_VETO)! / DEC_SCALE,
  };
  const totalBonded = staking ? bondedValidators(staking).reduce((s, v) => s + v.tokens, 0n) : 0n;
  if (totalBonded === 0n) return { passes: false, burnDeposits: false, tally };

  if (decQuoLegacy(totalPower, totalBonded * DEC_SCALE) < parseDec(params.quorum)) {
    return { passes: false, burnDeposits: params.burnVoteQuorum, tally };
  }
  const abstain = results.get(OPTION_ABSTAIN)!;
  if (totalPower - abstain === 0n) return { passes: false, burnDeposits: false, tally };
  if (decQuoLegacy(results.get(OPTION_NO_WITH_VETO)!, totalPower) > parseDec(params.vetoThreshold)) {
    return { passes: false, burnDeposits: params.burnVoteVeto, tally };
  }
  const threshold = parseDec(expedited ? params.expeditedThreshold : params.threshold);
  if (decQuoLegacy(results.get(OPTION_YES)!, totalPower - abstain) > threshold) {
    return { passes: true, burnDeposits: false, tally };
  }
  return { passes: false, burnDeposits: false, tally };
}
