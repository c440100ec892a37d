import { toBase64, toUtf8 } from "@cosmjs/encoding";
import { MsgAcknowledgement, MsgRecvPacket, MsgTimeout } from "cosmjs-types/ibc/core/channel/v1/tx";
import { simChain } from "../chains/sim-chains";
import { derivedAddress, isAddress } from "./address";
import { systemTx } from "./block";
import type { Ctx } from "./ctx";
import { asSdkError } from "./tx/pipeline";
import { creditPacket, refundPacket } from "./modules/ibc-transfer";
import { executeContract, sudoContract } from "./modules/wasm";
import type { PacketRecord, World } from "./state";

/** Time a packet (or its ack) waits for the relayer: about one block. */
export const RELAY_DELAY_MS = 6_000;

const SUCCESS_ACK = '{"result":"AQ=="}';

function errorAck(code: number): string {
  return JSON.stringify({ error: `ABCI code: ${code}: error handling packet: see events for details` });
}

function packetProto(p: PacketRecord) {
  return {
    sequence: BigInt(p.sequence),
    sourcePort: "transfer",
    sourceChannel: p.srcChannel,
    destinationPort: "transfer",
    destinationChannel: p.dstChannel,
    data: toUtf8(JSON.stringify(p.data)),
    timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n },
    timeoutTimestamp: BigInt(p.timeoutMs) * 1_000_000n,
  };
}

function packetAttrs(p: PacketRecord) {
  return {
    packet_sequence: p.sequence,
    packet_src_port: "transfer",
    packet_src_channel: p.srcChannel,
    packet_dst_port: "transfer",
    packet_dst_channel: p.dstChannel,
  };
}

/** The ibc-hooks intermediary that holds funds while the hooked contract runs. */
export function hookIntermediary(prefix: string, channel: string, sender: string): string {
  return derivedAddress(prefix, "ibc-wasm-hook-intermediary", toUtf8(`${channel}/${sender}`));
}

type WasmMemo = { contract: string; msg: Record<string, unknown> };

/** Parses an ibc-hooks memo: undefined = not hook-routed, string = malformed hook memo. */
function parseWasmMemo(memo: string): WasmMemo | undefined | string {
  if (!memo.trim().startsWith("{")) return undefined;
  let parsed: any;
  try {
    parsed = JSON.parse(memo);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== "object" || !("wasm" in parsed)) return undefined;
  const w = parsed.wasm;
  if (!w || typeof w !== "object" || typeof w.contract !== "string" || !w.msg || typeof w.msg !== "object" || Array.isArray(w.msg)) {
    return "error in wasmhook message validation: the memo is not a valid wasm hook";
  }
  return { contract: w.contract, msg: w.msg };
}

/** Destination side: credit (or run the hook) atomically; any failure becomes an error ack. */
function receive(ctx: Ctx, p: PacketRecord): string {
  const cfg = simChain(ctx.chain.chainId);
  const hook = cfg.modules.includes("ibc-hooks") ? parseWasmMemo(p.data.memo) : undefined;
  if (typeof hook === "string") throw new Error(hook);
  if (hook) {
    if (p.data.receiver !== hook.contract && p.data.receiver !== "") {
      throw new Error("wasm hook: receiver must be the contract");
    }
    const intermediary = hookIntermediary(cfg.bech32Prefix, p.dstChannel, p.data.sender);
    const coin = creditPacket(ctx, p, intermediary);
    const res = executeContract(ctx, intermediary, hook.contract, hook.msg, [coin]);
    ctx.emit("fungible_token_packet", { receiver: intermediary, denom: p.data.denom, amount: p.data.amount, success: "true" });
    const inner = toBase64(toUtf8(SUCCESS_ACK));
    return JSON.stringify({ result: toBase64(toUtf8(JSON.stringify({ contract_result: toBase64(res.data ?? new Uint8Array()), ibc_ack: inner }))) });
  }
  if (!isAddress(p.data.receiver, cfg.bech32Prefix)) throw new Error(`failed to decode receiver address ${p.data.receiver}`);
  creditPacket(ctx, p, p.data.receiver);
  ctx.emit("fungible_token_packet", { receiver: p.data.receiver, denom: p.data.denom, amount: p.data.amount, success: "true" });
  return SUCCESS_ACK;
}

function deliver(world: World, p: PacketRecord): PacketRecord["ack"] {
  const dst = world.chains[p.dstChainId];
  if (p.timeoutMs && dst.timeMs >= p.timeoutMs) return { timeout: true, atMs: world.timeMs };
  let ack = SUCCESS_ACK;
  let success = true;
  const recvMsg = { typeUrl: "/ibc.core.channel.v1.MsgRecvPacket", value: MsgRecvPacket.encode(MsgRecvPacket.fromPartial({ packet: packetProto(p), signer: "relayer" })).finish() };
  const r = systemTx(world, dst, recvMsg, (ctx) => {
    // ibc-go's core RecvPacket emits recv_packet before the app callback runs in its own cache
    // context, so the event stays when the application refuses the packet (an error ack): a
    // client looking the packet up by its recv_packet attributes finds it either way.
    ctx.emit("recv_packet", { ...packetAttrs(p), packet_data: JSON.stringify(p.data) });
    try {
      ack = ctx.atomic(() => receive(ctx, p));
    } catch (e) {
      // An error ack is itself a successful relay: the receive is reverted, the ack is written.
      ack = errorAck(asSdkError(e).code);
      success = false;
      ctx.emit("fungible_token_packet", { receiver: p.data.receiver, denom: p.data.denom, amount: p.data.amount, success: "false", error: (e as Error).message });
    }
    ctx.emit("write_acknowledgement", { ...packetAttrs(p), packet_ack: ack });
  });
  if (!r.ok) success = false;
  return { success, ackB64: toBase64(toUtf8(ack)), atMs: world.timeMs };
}

/** Source side: refund on failure or timeout, tell the callback contract, delete the commitment. */
function acknowledge(world: World, p: PacketRecord): void {
  const src = world.chains[p.srcChainId];
  const ack = p.ack!;
  const timedOut = "timeout" in ack;
  const msg = timedOut
    ? { typeUrl: "/ibc.core.channel.v1.MsgTimeout", value: MsgTimeout.encode(MsgTimeout.fromPartial({ packet: packetProto(p), signer: "relayer" })).finish() }
    : { typeUrl: "/ibc.core.channel.v1.MsgAcknowledgement", value: MsgAcknowledgement.encode(MsgAcknowledgement.fromPartial({ packet: packetProto(p), acknowledgement: Uint8Array.from(atob(ack.ackB64), (c) => c.charCodeAt(0)), signer: "relayer" })).finish() };
  systemTx(world, src, msg, (ctx) => {
    const success = !timedOut && ack.success;
    if (!success) refundPacket(ctx, p);
    ctx.emit(timedOut ? "timeout_packet" : "acknowledge_packet", packetAttrs(p));
    if (p.callback) {
      const sudo = timedOut
        ? { ibc_lifecycle_complete: { ibc_timeout: { channel: p.srcChannel, sequence: p.sequence } } }
        : { ibc_lifecycle_complete: { ibc_ack: { channel: p.srcChannel, sequence: p.sequence, ack: atob(ack.ackB64), success } } };
      try {
        ctx.atomic(() => sudoContract(ctx, p.callback!, sudo));
      } catch (e) {
        ctx.emit("ibc-lifecycle-complete", { error: (e as Error).message });
      }
    }
    ctx.del(src.ibc.packets, `${p.srcChannel}/${p.sequence}`);
  });
}

/** One relayer pass over every chain's outstanding packets. */
export function relay(world: World): void {
  for (const chain of Object.values(world.chains)) {
    const stalled = world.faults.relayerStalled && (!world.faults.chainId || world.faults.chainId === chain.chainId);
    if (stalled) continue;
    const due = Object.values(chain.ibc.packets).sort((a, b) => a.sentAtMs - b.sentAtMs || a.sequence - b.sequence);
    for (const p of due) {
      if (!p.ack) {
        if (world.timeMs < p.sentAtMs + RELAY_DELAY_MS) continue;
        const ack = deliver(world, p);
        chain.ibc.packets[`${p.srcChannel}/${p.sequence}`] = { ...p, ack };
      } else if (world.timeMs >= p.ack.atMs + RELAY_DELAY_MS) {
        acknowledge(world, p);
      }
    }
  }
}
