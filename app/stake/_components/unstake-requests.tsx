"use client";

import { RequestsTable, type RequestRow, type RequestsTableState } from "@/components/stake/requests-table";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useLstUnstakeRequests } from "@/hooks/use-lst-queries";
import { displayExactToken, displayToken } from "@/lib/amount/display";
import { claimAllMsgs, requestTiming, requestValue, withdrawMsg } from "@/lib/protocol/liquid-staking";
import { type StakeContext } from "./stake-context";
import { classifyReadError } from "@/lib/queries/read-errors";
import { formatCountdown } from "@/lib/time/countdown";

const inOrDue = (ms: number) => {
  const left = formatCountdown(ms);
  return left ? `in ${left}` : "due now";
};

/** The user's unstake requests for the selected asset, with claims. */
export function UnstakeRequests({ ctx }: { ctx: StakeContext }) {
  const { net, lst, keys } = ctx;
  const user = ctx.connected ? ctx.addresses[lst.chainId] : undefined;
  const requests = useLstUnstakeRequests(net, lst, user);
  const now = useLstClock(net.mode);
  // Exact in a transaction's label (what is signed); rounded in the table, exact on hover.
  const fmtNative = (v: bigint) => displayExactToken(v, lst.decimals, lst.nativeSymbol).text;

  const items = (requests.data ?? []).map((r) => ({
    ...r,
    // Pending requests are valued at today's rate, which needs the contract state.
    value: r.batch.status !== "pending" || ctx.state ? requestValue(r.batch, r.amount, ctx.state ?? { totalNative: 0n, totalLst: 0n, totalRewards: 0n, totalFees: 0n }) : undefined,
  }));
  const rows: RequestRow[] = items.map((r) => {
    const t = now === null ? null : requestTiming(r.batch, now);
    const timing =
      t === null ? "…" : t.kind === "ready" ? "Ready" : `${t.event === "submission" ? "Submission" : "Arrives"} ${inOrDue(t.remainingMs)}`;
    return {
      batchId: r.batchId,
      status: r.batch.status,
      amount: displayToken(r.amount, lst.decimals, lst.symbol),
      value: r.value !== undefined ? displayToken(r.value, lst.decimals, lst.nativeSymbol) : "…",
      timing,
      timingAtMs: t && t.kind === "waiting" && t.targetMs > 0 ? t.targetMs : undefined,
    };
  });

  const state: RequestsTableState = !user
    ? { kind: "disconnected" }
    : requests.isError
      ? { kind: "error", message: classifyReadError(requests.error).message, onRetry: () => void requests.refetch() }
      : requests.data === undefined
        ? { kind: "loading" }
        : { kind: "ready", rows };

  const received = items.filter((r) => r.batch.status === "received");
  const claim = (batchId: number) => {
    if (!user) return;
    const r = received.find((x) => x.batchId === batchId);
    ctx.send(`claim-${batchId}`, {
      net,
      chain: keys.protocol,
      msgs: [withdrawMsg(lst, user, batchId)],
      label: r?.value !== undefined ? `Claim ${fmtNative(r.value)}` : `Claim batch ${batchId}`,
    });
  };
  const claimAll = () => {
    if (!user || received.length === 0) return;
    const total = received.reduce((s, r) => s + (r.value ?? 0n), 0n);
    ctx.send("claim-all", {
      net,
      chain: keys.protocol,
      msgs: claimAllMsgs(lst, user, received.map((r) => r.batchId)),
      label: `Claim ${fmtNative(total)} from ${received.length} batches`,
    });
  };
  const pending = ctx.pending === "claim-all" ? "all" : ctx.pending?.startsWith("claim-") ? Number(ctx.pending.slice(6)) : null;
  const failure = ctx.failure && ctx.failure.action.startsWith("claim") ? ctx.failure.error : null;

  return (
    <div className="space-y-2">
      <RequestsTable
        symbol={lst.symbol}
        nativeSymbol={lst.nativeSymbol}
        state={state}
        onClaim={claim}
        onClaimAll={claimAll}
        actionsDisabled={ctx.stopped || ctx.busy}
        pending={pending}
      />
      {failure ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {failure.title}: {failure.detail}
        </p>
      ) : null}
      {ctx.stopped && items.length > 0 ? (
        <p role="note" className="text-sm text-amber-900 dark:text-amber-200">
          Claims cannot run: the contract is stopped and refuses withdraw. Your {items.length === 1 ? "request" : `${items.length} requests`} for{" "}
          {displayExactToken(items.reduce((t, r) => t + r.amount, 0n), lst.decimals, lst.symbol).text} in{" "}
          {[...new Set(items.map((r) => r.batchId))].map((id) => `batch #${id} (${items.find((r) => r.batchId === id)!.batch.status})`).join(", ")} stay
          recorded on the contract and can be claimed if its operators resume it.
        </p>
      ) : null}
    </div>
  );
}
