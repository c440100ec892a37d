import type { NetworkSnapshot } from "../chains/networks";
import { queryClient } from "../cosmos/clients";
import { parseCard, parseMerchants, parseParams, parseStatement } from "../protocol/way-card";

/** The Way Card's contract queries on MilkyWay (docs/way-card.md §3). */

async function smart<T>(net: NetworkSnapshot, contract: string, msg: unknown): Promise<T> {
  const c = await queryClient(net, "milkyway");
  return (await c.queryContractSmart(contract, msg)) as T;
}

export const wayCard = async (net: NetworkSnapshot, contract: string, owner: string) => parseCard(await smart(net, contract, { card: { owner } }));

/** A page of the statement, newest first: the lines after `startAfter` (a seq), or the newest. */
export const wayCardStatement = async (net: NetworkSnapshot, contract: string, owner: string, limit: number, startAfter: number | null) =>
  parseStatement(await smart(net, contract, { statement: startAfter === null ? { owner, limit } : { owner, limit, start_after: startAfter } }));

export const wayCardParams = async (net: NetworkSnapshot, contract: string) => parseParams(await smart(net, contract, { params: {} }));

export const wayCardMerchants = async (net: NetworkSnapshot, contract: string) => parseMerchants(await smart(net, contract, { merchants: {} }));
