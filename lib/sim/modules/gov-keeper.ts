import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { Proposal, voteOptionToJSON } from "cosmjs-types/cosmos/gov/v1/gov";
import { DEC_SCALE, decMulTruncate, parseDec } from "../../amount/decimal";
import { divRound } from "../../amount/rounding";
import { moduleAddress } from "../address";
import { chainApp } from "../chain-app";
import { coinsString, sortCoins, type SimCoin } from "../coins";
import type { Ctx } from "../ctx";
import { sdk } from "../errors";
import { burnCoins, sendCoins } from "./bank";
import { distributionAddress, fundCommunityPool } from "./distribution-keeper";
import { govErr, proposalNotFoundInStore } from "./gov-errors";
import {
  govStateFor,
  MAX_METADATA_LEN,
  OPTION_NO_WITH_VETO,
  OPTION_YES,
  STATUS_DEPOSIT_PERIOD,
  STATUS_FAILED,
  STATUS_PASSED,
  STATUS_REJECTED,
  STATUS_VOTING_PERIOD,
  type GovParams,
  type GovState,
  type ProposalRecord,
  type WeightedOption,
} from "./gov-state";
import { tallyVotes } from "./gov-tally";
import { toProtoProposal } from "./gov-proto";
import { checkAddress } from "./staking";
import { byAddressBytes } from "./staking-queries";

export function govAddress(prefix: string): string {
  return moduleAddress(prefix, "gov");
}

// ---- sdk.Coins helpers ----

const DENOM = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

/** sdk.Coins.IsValid: valid denoms, positive amounts, sorted without duplicates. */
function coinsValid(coins: ReadonlyArray<SimCoin>): boolean {
  for (let i = 0; i < coins.length; i++) {
    if (!DENOM.test(coins[i].denom) || coins[i].amount <= 0n) return false;
    if (i > 0 && coins[i - 1].denom >= coins[i].denom) return false;
  }
  return true;
}

function coinsAdd(a: ReadonlyArray<SimCoin>, b: ReadonlyArray<SimCoin>): SimCoin[] {
  const m = new Map<string, bigint>();
  for (const c of [...a, ...b]) m.set(c.denom, (m.get(c.denom) ?? 0n) + c.amount);
  return sortCoins([...m].filter(([, v]) => v > 0n).map(([denom, amount]) => ({ denom, amount })));
}

function amountOf(coins: ReadonlyArray<SimCoin>, denom: string): bigint {
  return coins.find((c) => c.denom === denom)?.amount ?? 0n;
}

/** sdk.Coins.IsAllGTE. */
function isAllGTE(coins: ReadonlyArray<SimCoin>, min: ReadonlyArray<SimCoin>): boolean {
  if (min.length === 0) return true;
  if (coins.length === 0) return false;
  return min.every((m) => amountOf(coins, m.denom) >= m.amount);
}

// ---- validation shared by messages and actors ----

function assertMetadataLength(s: string): void {
  const len = new TextEncoder().encode(s).length;
  if (s !== "" && len > MAX_METADATA_LEN) throw govErr.metadataTooLong(`got metadata with length ${len}`);
}

/** The Go json.Unmarshal into types.ProposalMetadata: a JSON object whose string fields decode. */
function metadataTitleSummary(metadata: string): { title: string; summary: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(metadata);
  } catch {
    return null;
  }
  if (parsed === null) return { title: "", summary: "" };
  if (typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const obj = parsed as Record<string, unknown>;
  // Go matches JSON keys to struct fields case-insensitively.
  const field = (name: string) => {
    const key = name in obj ? name : Object.keys(obj).find((k) => k.toLowerCase() === name);
    return key === undefined ? undefined : obj[key];
  };
  for (const f of ["title", "summary", "details", "proposal_forum_url", "vote_option_context"]) {
    const v = field(f);
    if (v !== undefined && v !== null && typeof v !== "string") return null;
  }
  const authors = field("authors");
  if (authors !== undefined && authors !== null && !(Array.isArray(authors) && authors.every((a) => typeof a === "string" || a === null))) return null;
  return { title: (field("title") as string | null | undefined) ?? "", summary: (field("summary") as string | null | undefined) ?? "" };
}

function minDepositOf(params: GovParams, expedited: boolean): SimCoin[] {
  return expedited ? params.expeditedMinDeposit : params.minDeposit;
}

function validateDepositDenom(params: GovParams, coins: ReadonlyArray<SimCoin>): void {
  const accepted = params.minDeposit.map((c) => c.denom);
  if (coins.some((c) => !accepted.includes(c.denom))) {
    throw govErr.invalidDepositDenom(`deposited ${coinsString(coins)}, but gov accepts only the following denom(s): [${accepted.join(" ")}]`);
  }
}

/** validateInitialDeposit: min_initial_deposit_ratio × min deposit (rounded half-even, as RoundInt). */
function validateInitialDeposit(params: GovParams, initial: ReadonlyArray<SimCoin>, expedited: boolean): void {
  if (!coinsValid(initial)) throw sdk.invalidCoins(coinsString(initial));
  const ratio = parseDec(params.minInitialDepositRatio);
  if (ratio === 0n) return;
  const need = minDepositOf(params, expedited).map((c) => ({ denom: c.denom, amount: divRound(c.amount * ratio, DEC_SCALE, "half-even") }));
  if (!isAllGTE(initial, need)) throw govErr.minDepositTooSmall(`was (${coinsString(initial)}), need (${coinsString(need)})`);
}

export interface SubmitProposalInput {
  proposer: string;
  title: string;
  summary: string;
  metadata?: string;
  /** Messages executed with the gov module account as signer if the proposal passes. */
  messages?: { typeUrl: string; value: Uint8Array }[];
  initialDeposit: SimCoin[];
  expedited?: boolean;
}

/** Decodes a proposal message and checks what keeper.SubmitProposal checks (router, gov signer). */
function checkProposalMessage(ctx: Ctx, m: { typeUrl: string; value: Uint8Array }): void {
  const route = chainApp(ctx.chain.chainId).msgs.get(m.typeUrl);
  if (!route) throw sdk.txDecode(`unable to resolve type URL ${m.typeUrl}`);
  let decoded: unknown;
  try {
    decoded = route.codec.decode(m.value);
  } catch (e) {
    throw govErr.invalidProposalMsg((e as Error).message);
  }
  const signers = route.signers(decoded);
  if (signers.length !== 1) throw govErr.invalidSigner();
  if (signers[0] !== govAddress(ctx.cfg.bech32Prefix)) throw govErr.invalidSigner(signers[0]);
}

/** MsgSubmitProposal (msg server + keeper), also for actors: the new proposal id. */
export function submitProposal(ctx: Ctx, input: SubmitProposalInput): number {
  const metadata = input.metadata ?? "";
  const messages = input.messages ?? [];
  const expedited = input.expedited ?? false;
  if (input.title === "") throw sdk.invalidRequest("proposal title cannot be empty");
  if (input.summary === "") throw sdk.invalidRequest("proposal summary cannot be empty");
  checkAddress(input.proposer, ctx.cfg.bech32Prefix, "proposer");
  if (messages.length === 0 && metadata.length === 0) throw govErr.noProposalMsgs("either metadata or Msgs length must be non-nil");
  if (metadata.length !== 0) {
    const md = metadataTitleSummary(metadata);
    if (md && md.title !== input.title) {
      throw govErr.invalidProposalContent(`metadata title '${md.title}' must equal proposal title '${input.title}'`);
    }
    if (md && md.summary !== input.summary) {
      throw govErr.invalidProposalContent(`metadata summary '${md.summary}' must equal proposal summary '${input.summary}'`);
    }
  }
  for (const m of messages) if (!chainApp(ctx.chain.chainId).msgs.has(m.typeUrl)) throw sdk.txDecode(`unable to resolve type URL ${m.typeUrl}`);
  const gov = govStateFor(ctx);
  const params = gov.params;
  validateInitialDeposit(params, input.initialDeposit, expedited);
  validateDepositDenom(params, input.initialDeposit);

  assertMetadataLength(metadata);
  assertMetadataLength(input.summary);
  assertMetadataLength(input.title);
  for (const m of messages) checkProposalMessage(ctx, m);

  const id = ctx.nextId("govProposalId");
  const proposal: ProposalRecord = {
    id,
    messages: messages.map((m) => ({ typeUrl: m.typeUrl, value: toBase64(m.value) })),
    status: STATUS_DEPOSIT_PERIOD,
    finalTally: { yes: 0n, abstain: 0n, no: 0n, noWithVeto: 0n },
    submitMs: ctx.timeMs,
    depositEndMs: ctx.timeMs + params.maxDepositPeriodSeconds * 1000,
    totalDeposit: [],
    votingStartMs: null,
    votingEndMs: null,
    metadata,
    title: input.title,
    summary: input.summary,
    proposer: input.proposer,
    expedited,
    failedReason: "",
  };
  ctx.set(gov.proposals, String(id), proposal);
  ctx.emit("submit_proposal", {
    proposal_id: id,
    proposal_proposer: input.proposer,
    proposal_messages: messages.map((m) => `,${m.typeUrl}`).join(""),
  });
  // ref cosmos-sdk#9683: 3 × WriteCostPerByte (30) per byte of the stored proposal.
  ctx.consumeGas(90 * Proposal.encode(toProtoProposal(proposal)).finish().length, "submit proposal");

  if (addDeposit(ctx, id, input.proposer, input.initialDeposit)) {
    ctx.emit("submit_proposal", { voting_period_start: id });
  }
  return id;
}

function activateVotingPeriod(ctx: Ctx, gov: GovState, p: ProposalRecord): ProposalRecord {
  const period = p.expedited ? gov.params.expeditedVotingPeriodSeconds : gov.params.votingPeriodSeconds;
  return { ...p, status: STATUS_VOTING_PERIOD, votingStartMs: ctx.timeMs, votingEndMs: ctx.timeMs + period * 1000 };
}

/** keeper.AddDeposit: true when this deposit started the voting period. */
export function addDeposit(ctx: Ctx, id: number, depositor: string, coins: SimCoin[]): boolean {
  const gov = govStateFor(ctx);
  let p = gov.proposals[String(id)];
  if (!p) throw proposalNotFoundInStore(id);
  if (p.status !== STATUS_DEPOSIT_PERIOD && p.status !== STATUS_VOTING_PERIOD) throw govErr.inactiveProposal(String(id));
  const params = gov.params;
  const minDeposit = minDepositOf(params, p.expedited);
  validateDepositDenom(params, coins);
  const ratio = parseDec(params.minDepositRatio);
  if (ratio !== 0n) {
    const thresholds = minDeposit.map((m) => ({ denom: m.denom, amount: decMulTruncate(m.amount * DEC_SCALE, ratio) / DEC_SCALE }));
    const met = thresholds.some((t) => amountOf(coins, t.denom) > 0n && amountOf(coins, t.denom) >= t.amount);
    if (!met) {
      throw govErr.minDepositTooSmall(`received ${coinsString(coins)} but need at least one of the following: ${thresholds.map((t) => `${t.amount}${t.denom}`).join(",")}`);
    }
  }
  if (coins.length > 0) sendCoins(ctx, depositor, govAddress(ctx.cfg.bech32Prefix), coins);
  p = { ...p, totalDeposit: coinsAdd(p.totalDeposit, coins) };
  let activated = false;
  if (p.status === STATUS_DEPOSIT_PERIOD && isAllGTE(p.totalDeposit, minDeposit)) {
    p = activateVotingPeriod(ctx, gov, p);
    activated = true;
  }
  ctx.set(gov.proposals, String(id), p);
  const deposits = ctx.sub(gov.deposits, String(id));
  ctx.set(deposits, depositor, coinsAdd(deposits[depositor] ?? [], coins));
  ctx.emit("proposal_deposit", { amount: coinsString(coins), proposal_id: id, depositor });
  return activated;
}

/** MsgDeposit (msg server), for actors too. */
export function deposit(ctx: Ctx, id: number, depositor: string, coins: SimCoin[]): boolean {
  checkAddress(depositor, ctx.cfg.bech32Prefix, "depositor");
  if (coins.length === 0 || !coinsValid(coins)) throw sdk.invalidCoins(coinsString(coins));
  const started = addDeposit(ctx, id, depositor, coins);
  if (started) ctx.emit("proposal_deposit", { voting_period_start: id });
  return started;
}

// ---- votes ----

/** gogoproto CompactTextString of a WeightedVoteOption, as ErrInvalidVote wraps it. */
function optionText(o: WeightedOption): string {
  const parts: string[] = [];
  if (o.option !== 0) parts.push(`option:${voteOptionToJSON(o.option) === "UNRECOGNIZED" ? o.option : voteOptionToJSON(o.option)}`);
  if (o.weight !== "") parts.push(`weight:${JSON.stringify(o.weight)}`);
  return parts.join(" ") + " ";
}

function validOption(option: number): boolean {
  return option >= OPTION_YES && option <= OPTION_NO_WITH_VETO;
}

function parseWeight(w: string): bigint | null {
  try {
    return parseDec(w);
  } catch {
    return null;
  }
}

/** ValidWeightedVoteOption: a known option with weight in (0, 1]. */
function validWeighted(o: WeightedOption): boolean {
  const w = parseWeight(o.weight);
  return w !== null && w > 0n && w <= DEC_SCALE && validOption(o.option);
}

/** keeper.AddVote: only during the voting period; the latest vote replaces an earlier one. */
function addVote(ctx: Ctx, id: number, voter: string, options: WeightedOption[], metadata: string): void {
  const gov = govStateFor(ctx);
  const p = gov.proposals[String(id)];
  if (!p || p.status !== STATUS_VOTING_PERIOD) throw govErr.inactiveProposal(String(id));
  assertMetadataLength(metadata);
  for (const o of options) if (!validWeighted(o)) throw govErr.invalidVote(optionText(o));
  ctx.set(ctx.sub(gov.votes, String(id)), voter, { options: options.map((o) => ({ ...o })), metadata });
  ctx.emit("proposal_vote", { voter, option: JSON.stringify(options.map((o) => ({ option: o.option, weight: o.weight }))), proposal_id: id });
}

/** MsgVote: a single option with weight 1. */
export function vote(ctx: Ctx, id: number, voter: string, option: number, metadata = ""): void {
  checkAddress(voter, ctx.cfg.bech32Prefix, "voter");
  if (!validOption(option)) throw govErr.invalidVote(voteOptionToJSON(option) === "UNRECOGNIZED" ? String(option) : voteOptionToJSON(option));
  addVote(ctx, id, voter, [{ option, weight: "1.000000000000000000" }], metadata);
}

/** MsgVoteWeighted: weights are decimal strings that must sum to exactly 1, options unique. */
export function voteWeighted(ctx: Ctx, id: number, voter: string, options: WeightedOption[], metadata = ""): void {
  checkAddress(voter, ctx.cfg.bech32Prefix, "voter");
  if (options.length === 0) throw sdk.invalidRequest("");
  let total = 0n;
  const used = new Set<number>();
  for (const o of options) {
    if (!validWeighted(o)) throw govErr.invalidVote(optionText(o));
    total += parseWeight(o.weight)!;
    if (used.has(o.option)) throw govErr.invalidVote("duplicated vote option");
    used.add(o.option);
  }
  if (total > DEC_SCALE) throw govErr.invalidVote("total weight overflow 1.00");
  if (total < DEC_SCALE) throw govErr.invalidVote("total weight lower than 1.00");
  addVote(ctx, id, voter, options, metadata);
}

// ---- deposits at the end ----

function depositorsOf(gov: GovState, id: number): string[] {
  return Object.keys(gov.deposits[String(id)] ?? {}).sort(byAddressBytes);
}

function refundAndDeleteDeposits(ctx: Ctx, gov: GovState, id: number): void {
  const from = govAddress(ctx.cfg.bech32Prefix);
  for (const d of depositorsOf(gov, id)) {
    const coins = gov.deposits[String(id)][d];
    if (coins.length > 0) sendCoins(ctx, from, d, coins);
  }
  ctx.del(gov.deposits, String(id));
}

function deleteAndBurnDeposits(ctx: Ctx, gov: GovState, id: number): void {
  let total: SimCoin[] = [];
  for (const d of depositorsOf(gov, id)) total = coinsAdd(total, gov.deposits[String(id)][d]);
  if (total.length > 0) burnCoins(ctx, govAddress(ctx.cfg.bech32Prefix), total);
  ctx.del(gov.deposits, String(id));
}

/** ChargeDeposit: proposal_cancel_ratio of each deposit (truncated) is burned or sent on; the rest refunded. */
function chargeDeposits(ctx: Ctx, gov: GovState, id: number): void {
  const rate = parseDec(gov.params.proposalCancelRatio);
  const from = govAddress(ctx.cfg.bech32Prefix);
  let charges: SimCoin[] = [];
  for (const d of depositorsOf(gov, id)) {
    const coins = gov.deposits[String(id)][d];
    const burn = coins.map((c) => ({ denom: c.denom, amount: decMulTruncate(c.amount * DEC_SCALE, rate) / DEC_SCALE }));
    const refund = coins.map((c, i) => ({ denom: c.denom, amount: c.amount - burn[i].amount })).filter((c) => c.amount > 0n);
    if (refund.length > 0) sendCoins(ctx, from, d, refund);
    charges = coinsAdd(charges, burn);
  }
  ctx.del(gov.deposits, String(id));
  if (charges.length === 0) return;
  const dest = gov.params.proposalCancelDest;
  if (dest === "") burnCoins(ctx, from, charges);
  else if (dest === distributionAddress(ctx.cfg.bech32Prefix)) fundCommunityPool(ctx, from, charges);
  else sendCoins(ctx, from, dest, charges);
}

/** MsgCancelProposal: only the proposer, only before the voting period has ended. */
export function cancelProposal(ctx: Ctx, id: number, proposer: string): void {
  checkAddress(proposer, ctx.cfg.bech32Prefix, "proposer");
  const gov = govStateFor(ctx);
  const p = gov.proposals[String(id)];
  if (!p) throw govErr.unknownProposal(`proposal ${id} doesn't exist`);
  if (p.proposer === "") throw govErr.invalidProposal(`proposal ${id} doesn't have proposer ${proposer}, so cannot be canceled`);
  if (p.proposer !== proposer) throw govErr.invalidProposer(`invalid proposer ${proposer}`);
  if (p.status !== STATUS_DEPOSIT_PERIOD && p.status !== STATUS_VOTING_PERIOD) {
    throw govErr.invalidProposal("proposal should be in the deposit or voting period");
  }
  if (p.votingEndMs !== null && p.votingEndMs < ctx.timeMs) {
    throw govErr.votingPeriodEnded(`voting period is already ended for this proposal ${id}`);
  }
  chargeDeposits(ctx, gov, id);
  ctx.del(gov.votes, String(id));
  ctx.del(gov.proposals, String(id));
  ctx.emit("cancel_proposal", { sender: proposer, proposal_id: id });
}

// ---- EndBlock ----

/**
 * Runs a passed proposal's messages atomically as the gov account (x/gov/abci.go:157-201 of the
 * chain's SDK fork, milkyway-labs/cosmos-sdk v0.50.13-milkyway-1): on the first failure nothing
 * is kept, and the index, type URL and error of the failing message are returned.
 */
function executeProposal(ctx: Ctx, p: ProposalRecord): { idx: number; typeUrl: string; error: string } | null {
  let idx = 0;
  try {
    ctx.atomic(() => {
      const app = chainApp(ctx.chain.chainId);
      p.messages.forEach((m, i) => {
        idx = i;
        const route = app.msgs.get(m.typeUrl);
        if (!route) throw govErr.unroutableProposalMsg(m.typeUrl);
        route.handle(ctx, route.codec.decode(fromBase64(m.value)));
      });
    });
    return null;
  } catch (e) {
    return { idx, typeUrl: p.messages[idx]?.typeUrl ?? "", error: (e as Error).message };
  }
}

const byTimeThenId = (t: (p: ProposalRecord) => number) => (a: ProposalRecord, b: ProposalRecord) => t(a) - t(b) || a.id - b.id;

/** EndBlocker: drop proposals whose deposit period ran out, tally those whose voting ended. */
export function govEndBlock(ctx: Ctx): void {
  const gov = ctx.chain.gov;
  if (!gov) return;
  const now = ctx.timeMs;
  const all = Object.values(gov.proposals);

  for (const p of all.filter((x) => x.status === STATUS_DEPOSIT_PERIOD && x.depositEndMs <= now).sort(byTimeThenId((x) => x.depositEndMs))) {
    try {
      ctx.atomic(() => {
        ctx.del(gov.proposals, String(p.id));
        if (gov.params.burnProposalDepositPrevote) deleteAndBurnDeposits(ctx, gov, p.id);
        else refundAndDeleteDeposits(ctx, gov, p.id);
        ctx.del(gov.votes, String(p.id));
        ctx.emit("inactive_proposal", { proposal_id: p.id, proposal_result: "proposal_dropped" });
      });
    } catch {
      continue;
    }
  }

  for (const p of all.filter((x) => x.status === STATUS_VOTING_PERIOD && x.votingEndMs! <= now).sort(byTimeThenId((x) => x.votingEndMs!))) {
    // A chain would halt on a failure here; the simulator keeps running and retries next block.
    try {
      ctx.atomic(() => finishVoting(ctx, gov, p));
    } catch {
      continue;
    }
  }
}

/** x/gov/abci.go:99-264 (EndBlocker, active proposals) of the chain's SDK fork. */
function finishVoting(ctx: Ctx, gov: GovState, p: ProposalRecord): void {
  const out = tallyVotes(ctx.chain.staking, gov.votes[String(p.id)] ?? {}, gov.params, p.expedited, ctx.cfg.valoperPrefix);
  // keeper.Tally removes every vote as it counts it (x/gov/keeper/tally.go:49-93), whatever the
  // outcome — so an expedited proposal converted to a regular one starts over with no votes.
  ctx.del(gov.votes, String(p.id));
  // A failing expedited proposal keeps its deposits: it becomes a regular one (abci.go:130-143).
  const converts = p.expedited && !out.passes;
  if (!converts) {
    if (out.burnDeposits) deleteAndBurnDeposits(ctx, gov, p.id);
    else refundAndDeleteDeposits(ctx, gov, p.id);
  }
  let next: ProposalRecord = { ...p, finalTally: out.tally };
  let result: string;
  let log: string;
  if (out.passes) {
    const failure = executeProposal(ctx, p);
    if (failure === null) {
      next = { ...next, status: STATUS_PASSED };
      result = "proposal_passed";
      log = "passed";
    } else {
      // abci.go:196-200
      next = { ...next, status: STATUS_FAILED, failedReason: failure.error };
      result = "proposal_failed";
      log = `passed, but msg ${failure.idx} (${failure.typeUrl}) failed on execution: ${failure.error}`;
    }
  } else if (converts) {
    // abci.go:202-221
    next = { ...next, expedited: false, votingEndMs: p.votingStartMs! + gov.params.votingPeriodSeconds * 1000 };
    result = "expedited_proposal_rejected";
    log = "expedited proposal converted to regular";
  } else {
    // abci.go:222-226: a rejected proposal carries its failed_reason too.
    next = { ...next, status: STATUS_REJECTED, failedReason: "proposal did not get enough votes to pass" };
    result = "proposal_rejected";
    log = "rejected";
  }
  ctx.set(gov.proposals, String(p.id), next);
  // abci.go:254-261
  ctx.emit("active_proposal", { proposal_id: p.id, proposal_result: result, proposal_log: log });
}

/** Live tally of a proposal (the TallyResult query during voting). */
export function liveTally(chain: Ctx["chain"], gov: GovState, p: ProposalRecord, valoperPrefix: string) {
  return tallyVotes(chain.staking, gov.votes[String(p.id)] ?? {}, gov.params, p.expedited, valoperPrefix).tally;
}
