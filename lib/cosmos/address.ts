/**
 * The one place addresses are checked before a message is built or signed: bech32 checksum,
 * the target chain's prefix, and the payload length (20 bytes for an account, 32 for a
 * contract or module account). Every refusal is a sentence a user can act on.
 */
import { fromBech32, fromUtf8 } from "@cosmjs/encoding";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { SIM_LSTS } from "../chains/lsts";
import { SIM_CHANNELS, simChain } from "../chains/sim-chains";

export type AddressProblem = "empty" | "format" | "checksum" | "prefix" | "length" | "channel";

export type AddressCheck =
  | { ok: true; address: string; bytes: Uint8Array }
  | { ok: false; reason: AddressProblem; message: string };

export class AddressError extends Error {
  constructor(
    readonly reason: AddressProblem,
    message: string,
  ) {
    super(message);
    this.name = "AddressError";
  }
}

const VALID_LENGTHS = [20, 32];

/** "an osmo1…", "a celestia1…": how the messages name an address kind. */
function kind(prefix: string): string {
  return `${/^[aeiou]/.test(prefix) ? "an" : "a"} ${prefix}1…`;
}

/** The human-readable part of anything that looks like bech32 ("osmo" for "osmo1…"), else null. */
function apparentPrefix(s: string): string | null {
  const i = s.lastIndexOf("1");
  return i > 0 ? s.slice(0, i).toLowerCase() : null;
}

/**
 * Checks `input` as an address on a chain whose bech32 prefix is `prefix` (e.g. "celestia",
 * or "milkvaloper" for a validator). Surrounding whitespace is forgiven (pasted text); the
 * returned address is the canonical lower-case form.
 */
export function checkAddress(input: string, prefix: string): AddressCheck {
  const want = kind(prefix);
  const s = input.trim();
  if (s === "") return { ok: false, reason: "empty", message: `Enter ${want} address.` };
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(s);
  } catch (e) {
    const seen = apparentPrefix(s);
    if (/checksum/i.test((e as Error).message)) {
      const which = seen && seen !== prefix ? `This ${seen}1… address` : "This address";
      return { ok: false, reason: "checksum", message: `${which} has a typo: its checksum does not match. Copy it again from its source.` };
    }
    return { ok: false, reason: "format", message: `This is not a valid address; this step needs ${want} address.` };
  }
  if (decoded.prefix !== prefix) {
    return { ok: false, reason: "prefix", message: `This is ${kind(decoded.prefix)} address; this step needs ${want} address.` };
  }
  if (!VALID_LENGTHS.includes(decoded.data.length)) {
    return {
      ok: false,
      reason: "length",
      message: `This ${prefix}1… address holds ${decoded.data.length} bytes; an account has 20 and a contract 32. Check that it was copied whole.`,
    };
  }
  return { ok: true, address: s.toLowerCase(), bytes: decoded.data };
}

/** checkAddress that throws an AddressError (for code paths with no field to show it next to). */
export function assertAddress(input: string, prefix: string): string {
  const c = checkAddress(input, prefix);
  if (!c.ok) throw new AddressError(c.reason, c.message);
  return c.address;
}

/** The bech32 prefix of the chain at the other end of `channel` from `chainPrefix`, if known. */
export function counterpartyPrefix(chainPrefix: string, channel: string): string | undefined {
  for (const p of SIM_CHANNELS) {
    // Channel ids mirror mainnet, so the simulator's table also describes live paths.
    if (simChain(p.a).bech32Prefix === chainPrefix && p.aChannel === channel) return simChain(p.b).bech32Prefix;
    if (simChain(p.b).bech32Prefix === chainPrefix && p.bChannel === channel) return simChain(p.a).bech32Prefix;
  }
  return undefined;
}

/** Fields that name the signer (or another account on the signing chain) in the messages we build. */
const ACCOUNT_FIELDS = ["sender", "delegator", "delegatorAddress", "withdrawAddress", "voter", "depositor", "proposer", "user", "fromAddress", "toAddress", "contract"];
const VALOPER_FIELDS = ["validatorAddress", "validatorSrcAddress", "validatorDstAddress"];

/**
 * The last gate before a wallet is asked to sign: every address in `msgs` must belong where it
 * goes. Account fields take the signing chain's prefix, validator fields its valoper prefix, an
 * IBC receiver the counterparty chain's prefix, and a one-click memo's `mint_to` the sender's.
 * A transfer over a channel the app's chain records do not list is refused outright, in every
 * mode: the app only builds transfers on those channels, so another one means the message did
 * not come from here, and its receiver's chain (hence its prefix) cannot be checked. A direct
 * `liquid_stake` (MsgExecuteContract) may mint to the signing chain or to the LST's native chain.
 * Throws an AddressError with the first problem.
 */
export function assertMessageAddresses(msgs: ReadonlyArray<EncodeObject>, chain: { prefix: string; valoperPrefix: string }): void {
  for (const m of msgs) {
    const v = (m.value ?? {}) as Record<string, unknown>;
    for (const f of ACCOUNT_FIELDS) if (typeof v[f] === "string") assertAddress(v[f], chain.prefix);
    for (const f of VALOPER_FIELDS) if (typeof v[f] === "string") assertAddress(v[f], chain.valoperPrefix);
    if (m.typeUrl === "/ibc.applications.transfer.v1.MsgTransfer") {
      const channel = String(v.sourceChannel);
      const to = counterpartyPrefix(chain.prefix, channel);
      if (!to) {
        throw new AddressError("channel", `This transfer would leave over ${channel}, which this app does not know on ${kind(chain.prefix)} chain; it only sends over the channels it lists.`);
      }
      assertAddress(String(v.receiver), to);
      const mintTo = memoMintTo(v.memo);
      if (mintTo !== undefined) assertAddress(mintTo, chain.prefix);
    }
    if (m.typeUrl === "/cosmwasm.wasm.v1.MsgExecuteContract") {
      const mintTo = executeMintTo(v.msg);
      if (mintTo !== undefined) {
        // The contract decides by prefix (doc §1.2): the signing (protocol) chain, or the LST's native chain.
        const native = SIM_LSTS.find((l) => l.contract === v.contract)?.nativePrefix;
        const seen = apparentPrefix(mintTo.trim());
        assertAddress(mintTo, native !== undefined && seen === native ? native : chain.prefix);
      }
    }
  }
}

/** `liquid_stake.mint_to` in a MsgExecuteContract's JSON (bytes, as built, or text). */
function executeMintTo(msg: unknown): string | undefined {
  let text: string;
  try {
    text = msg instanceof Uint8Array ? fromUtf8(msg) : typeof msg === "string" ? msg : "";
  } catch {
    return undefined;
  }
  if (text === "") return undefined;
  try {
    const m = JSON.parse(text)?.liquid_stake?.mint_to;
    return m === undefined || m === null ? undefined : String(m);
  } catch {
    // Not JSON: the contract refuses it itself; nothing here names an address.
    return undefined;
  }
}

function memoMintTo(memo: unknown): string | undefined {
  if (typeof memo !== "string" || memo === "") return undefined;
  try {
    const m = JSON.parse(memo)?.wasm?.msg?.liquid_stake?.mint_to;
    return typeof m === "string" ? m : undefined;
  } catch {
    return undefined;
  }
}
