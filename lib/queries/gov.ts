import { queryOptions, skipToken } from "@tanstack/react-query";
import type { NetworkSnapshot } from "../chains/networks";
import { read } from "../reads/run";
import { queryKey } from "./keys";

// Governance lives on the MilkyWay chain only; every factory here reads that chain.
const key = (net: NetworkSnapshot, area: string, op: string, params: Record<string, unknown> = {}) => queryKey(net, net.chainIds.milkyway, area, op, params);

/** The full v1 params in one call (params_type ""), which also carries the deposit ratios. */
export function govParamsQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "gov", "params"), queryFn: () => read("govParams", net) });
}

/** All proposals, newest first (the newest 200 on a long-lived chain). */
export function proposalsQuery(net: NetworkSnapshot, denom: string | undefined) {
  return queryOptions({ queryKey: key(net, "gov", "proposals", { denom }), queryFn: denom ? () => read("proposals", net, denom) : skipToken });
}

export function tallyQuery(net: NetworkSnapshot, id: bigint | undefined) {
  return queryOptions({ queryKey: key(net, "gov", "tally", { id }), queryFn: id !== undefined ? () => read("tally", net, id) : skipToken });
}

export function depositsQuery(net: NetworkSnapshot, id: bigint | undefined, denom: string | undefined) {
  return queryOptions({
    queryKey: key(net, "gov", "deposits", { id, denom }),
    queryFn: id !== undefined && denom ? () => read("deposits", net, id, denom) : skipToken,
  });
}

/** The user's vote as {option, weight Dec string}[], or null when they have not voted. */
export function myVoteQuery(net: NetworkSnapshot, id: bigint | undefined, voter: string | undefined) {
  return queryOptions({
    queryKey: key(net, "gov", "vote", { id, voter }),
    queryFn: id !== undefined && voter ? () => read("myVote", net, id, voter) : skipToken,
  });
}

/** Bonded stake: the turnout's denominator. */
export function bondedQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "staking", "pool"), queryFn: () => read("bonded", net) });
}

/** The user's total delegated stake (their voting power, if their validators are active). */
export function myStakeQuery(net: NetworkSnapshot, delegator: string | undefined) {
  return queryOptions({
    queryKey: key(net, "staking", "delegator-total", { delegator }),
    queryFn: delegator ? () => read("myStake", net, delegator) : skipToken,
  });
}

/** The bonded validator with the most stake, offered for a quick delegation. */
export function topValidatorQuery(net: NetworkSnapshot) {
  return queryOptions({ queryKey: key(net, "staking", "top-validator"), queryFn: () => read("topValidator", net) });
}
