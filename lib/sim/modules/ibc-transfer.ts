import { sha256 } from "../crypto";
import { toBech32, toUtf8 } from "@cosmjs/encoding";
import { MsgTransfer, MsgTransferResponse } from "cosmjs-types/ibc/applications/transfer/v1/tx";
import {
  QueryDenomTraceRequest,
  QueryDenomTraceResponse,
} from "cosmjs-types/ibc/applications/transfer/v1/query";
import { SIM_CHANNELS } from "../../chains/sim-chains";
import { ibcDenom } from "../../chains/derive";
import type { Ctx } from "../ctx";
import { SdkError, QueryError, sdk } from "../errors";
import { assertAddress } from "../address";
import type { SimCoin } from "../coins";
import type { SimModule } from "../module";
import type { ChainState, PacketRecord } from "../state";
import { burnCoins, mintCoins, sendCoins } from "./bank";

export interface ChannelEnd {
  chainId: string;
  channel: string;
  counterpartyChainId: string;
  counterpartyChannel: string;
}

export function channelEnd(chainId: string, channel: string): ChannelEnd | undefined {
  for (const c of SIM_CHANNELS) {
    if (c.a === chainId && c.aChannel === channel) return { chainId, channel, counterpartyChainId: c.b, counterpartyChannel: c.bChannel };
    if (c.b === chainId && c.bChannel === channel) return { chainId, channel, counterpartyChainId: c.a, counterpartyChannel: c.aChannel };
  }
  return undefined;
}

/** ICS-20 escrow account of a channel: sha256("ics20-1" ‖ 0 ‖ "transfer/<channel>")[:20]. */
export function escrowAddress(prefix: string, channel: string): string {
  const pre = toUtf8("ics20-1");
  const rest = toUtf8(`transfer/${channel}`);
  const buf = new Uint8Array(pre.length + 1 + rest.length);
  buf.set(pre);
  buf.set(rest, pre.length + 1);
  return toBech32(prefix, sha256(buf).slice(0, 20));
}

/** The denom as it travels in a packet: the full trace for vouchers, the base denom otherwise. */
export function fullDenomPath(chain: ChainState, denom: string): string {
  if (!denom.startsWith("ibc/")) return denom;
  const path = chain.ibc.traces[denom.slice(4)];
  if (!path) throw new SdkError("transfer", 2, `denomination trace not found: ${denom.slice(4)}`);
  return path;
}

/** Strips `ibc_callback` from an outgoing memo (ibc-hooks), returning the callback contract. */
function extractCallback(memo: string, sender: string): { memo: string; callback?: string } {
  if (!memo.trim().startsWith("{")) return { memo };
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(memo);
  } catch {
    return { memo };
  }
  if (typeof parsed?.ibc_callback !== "string") return { memo };
  const { ibc_callback: cb, ...rest } = parsed;
  return { memo: Object.keys(rest).length ? JSON.stringify(rest) : "", callback: cb === sender ? (cb as string) : undefined };
}

export interface TransferArgs {
  sender: string;
  channel: string;
  token: SimCoin;
  receiver: string;
  timeoutNs: bigint;
  memo: string;
}

/** Sends an ICS-20 packet: escrow (native) or burn (voucher going home), then commit it. */
export function sendTransfer(ctx: Ctx, a: TransferArgs): number {
  const end = channelEnd(ctx.chain.chainId, a.channel);
  if (!end) throw new SdkError("channel", 1, `port-id: transfer, channel-id: ${a.channel}: channel not found`);
  if (a.token.amount <= 0n) throw sdk.invalidCoins(`${a.token.amount}${a.token.denom}`);
  if (a.timeoutNs === 0n) throw new SdkError("channel", 12, "packet timeout height and packet timeout timestamp cannot both be 0: invalid packet timeout");
  if (a.receiver.length === 0) throw sdk.invalidAddress("missing recipient address");
  const path = fullDenomPath(ctx.chain, a.token.denom);
  if (path.startsWith(`transfer/${a.channel}/`)) burnCoins(ctx, a.sender, [a.token]);
  else sendCoins(ctx, a.sender, escrowAddress(ctx.cfg.bech32Prefix, a.channel), [a.token]);
  const { memo, callback } = extractCallback(a.memo, a.sender);
  const sequence = ctx.nextId(`ibc/seq/${a.channel}`);
  const packet: PacketRecord = {
    srcChainId: ctx.chain.chainId,
    srcChannel: a.channel,
    dstChainId: end.counterpartyChainId,
    dstChannel: end.counterpartyChannel,
    sequence,
    data: { denom: path, amount: a.token.amount.toString(), sender: a.sender, receiver: a.receiver, memo },
    timeoutMs: Number(a.timeoutNs / 1_000_000n),
    sentAtMs: ctx.timeMs,
    ...(callback ? { callback } : {}),
  };
  ctx.set(ctx.chain.ibc.packets, `${a.channel}/${sequence}`, packet);
  ctx.emit("send_packet", {
    packet_data: JSON.stringify(packet.data),
    packet_timeout_timestamp: a.timeoutNs.toString(),
    packet_sequence: sequence,
    packet_src_port: "transfer",
    packet_src_channel: a.channel,
    packet_dst_port: "transfer",
    packet_dst_channel: end.counterpartyChannel,
    connection_id: "connection-0",
  });
  ctx.emit("ibc_transfer", {
    sender: a.sender,
    receiver: a.receiver,
    amount: a.token.amount.toString(),
    denom: path,
    memo,
  });
  return sequence;
}

/** Splits `transfer/channel-0/transfer/channel-6994/utia` into its hop prefix and base denom. */
export function splitTrace(full: string): { path: string; baseDenom: string } {
  const parts = full.split("/");
  let i = 0;
  while (i + 1 < parts.length && parts[i] === "transfer" && /^channel-\d+$/.test(parts[i + 1])) i += 2;
  return { path: parts.slice(0, i).join("/"), baseDenom: parts.slice(i).join("/") };
}

/** The on-chain denom for a packet denom trace: a voucher hash when it has hops, else itself. */
export function denomOfTrace(full: string): string {
  return splitTrace(full).path ? ibcDenom(full) : full;
}

/** Local denom of an incoming packet: strip our prefix (coming home) or mint a voucher. */
export function receivedDenom(ctx: Ctx, p: PacketRecord): { denom: string; home: boolean } {
  const prefix = `transfer/${p.srcChannel}/`;
  if (p.data.denom.startsWith(prefix)) {
    return { denom: denomOfTrace(p.data.denom.slice(prefix.length)), home: true };
  }
  const path = `transfer/${p.dstChannel}/${p.data.denom}`;
  const denom = ibcDenom(path);
  if (!ctx.chain.ibc.traces[denom.slice(4)]) ctx.set(ctx.chain.ibc.traces, denom.slice(4), path);
  return { denom, home: false };
}

/** Credits an incoming packet's tokens to `to` (unescrow or voucher mint). */
export function creditPacket(ctx: Ctx, p: PacketRecord, to: string): SimCoin {
  const { denom, home } = receivedDenom(ctx, p);
  const coin = { denom, amount: BigInt(p.data.amount) };
  if (home) sendCoins(ctx, escrowAddress(ctx.cfg.bech32Prefix, p.dstChannel), to, [coin]);
  else mintCoins(ctx, to, [coin]);
  return coin;
}

/** Refund on the source chain after an error ack or a timeout. */
export function refundPacket(ctx: Ctx, p: PacketRecord): void {
  const coin = { denom: denomOfTrace(p.data.denom), amount: BigInt(p.data.amount) };
  if (p.data.denom.startsWith(`transfer/${p.srcChannel}/`)) mintCoins(ctx, p.data.sender, [coin]);
  else sendCoins(ctx, escrowAddress(ctx.cfg.bech32Prefix, p.srcChannel), p.data.sender, [coin]);
}

export const ibcTransferModule: SimModule = {
  name: "transfer",
  msgs: {
    "/ibc.applications.transfer.v1.MsgTransfer": {
      codec: MsgTransfer,
      signers: (m: MsgTransfer) => [m.sender],
      gas: 60_000,
      handle(ctx, m: MsgTransfer) {
        if (m.sourcePort !== "transfer") throw new SdkError("port", 2, `port ${m.sourcePort}: port not found`);
        assertAddress(m.sender, ctx.cfg.bech32Prefix, "sender");
        if (!m.token) throw sdk.invalidCoins("missing token");
        const timeoutNs = m.timeoutTimestamp;
        const seq = sendTransfer(ctx, {
          sender: m.sender,
          channel: m.sourceChannel,
          token: { denom: m.token.denom, amount: BigInt(m.token.amount) },
          receiver: m.receiver,
          timeoutNs: timeoutNs > 0n ? timeoutNs : m.timeoutHeight && m.timeoutHeight.revisionHeight > 0n ? BigInt(ctx.timeMs + 3_600_000) * 1_000_000n : 0n,
          memo: m.memo,
        });
        return MsgTransferResponse.encode({ sequence: BigInt(seq) }).finish();
      },
    },
  },
  queries: {
    "/ibc.applications.transfer.v1.Query/DenomTrace": (q, req) => {
      const { hash } = QueryDenomTraceRequest.decode(req);
      const h = hash.replace(/^ibc\//, "").toUpperCase();
      const path = q.chain.ibc.traces[h];
      if (!path) throw new QueryError("NotFound", `denomination trace not found: ${h}`);
      return QueryDenomTraceResponse.encode({ denomTrace: splitTrace(path) }).finish();
    },
  },
};
