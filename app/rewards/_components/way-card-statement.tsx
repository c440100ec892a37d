"use client";

import { StatementTable, type StatementRow } from "@/components/way-card/statement-table";
import { Skeleton } from "@/components/ui/skeleton";
import { useWayCardMerchants, useWayCardStatement } from "@/hooks/use-way-card";
import { decToString } from "@/lib/amount/decimal";
import { formatAmount } from "@/lib/amount/format";
import { formatMicroUsd } from "@/lib/amount/way-card-math";
import type { StatementEntry } from "@/lib/protocol/way-card";
import { denomSymbol } from "@/lib/protocol/restaking";
import { classifyReadError } from "@/lib/queries/read-errors";
import { formatUtc } from "@/lib/time/format";
import type { WayCardContext } from "./way-card-context";

const KIND: Record<StatementEntry["kind"], { label: string; direction: StatementRow["direction"] }> = {
  open: { label: "Opened", direction: "none" },
  top_up: { label: "Top-up", direction: "in" },
  repayment: { label: "Repayment", direction: "in" },
  auto_top_up: { label: "Auto top-up", direction: "in" },
  purchase: { label: "Purchase", direction: "out" },
  lock: { label: "Collateral locked", direction: "none" },
  unlock: { label: "Collateral unlocked", direction: "none" },
  refund: { label: "Refund", direction: "out" },
  close: { label: "Closed", direction: "none" },
};

/**
 * The contract's notes name base units and raw 18-decimal prices ("12500000umilk at
 * 48000000000000000"); shown as "12.5 MILK at $0.048". Every card asset has 6 decimals.
 */
function readableNote(note: string): string {
  return note.replace(/(\d+)((?:ibc\/[0-9A-F]+)|u[a-z]+)(?: at (\d+))?/g, (_m, amount: string, denom: string, price?: string) => {
    const coin = `${formatAmount(BigInt(amount), 6)} ${denomSymbol(denom)}`;
    return price ? `${coin} at $${decToString(BigInt(price), { trim: true })}` : coin;
  });
}

export function WayCardStatement({ ctx }: { ctx: WayCardContext }) {
  const statement = useWayCardStatement(ctx.net, ctx.owner);
  const merchants = useWayCardMerchants(ctx.net);
  const merchantName = (id: string) => merchants.data?.find((m) => m.id === id)?.name ?? id;
  // Pages can overlap when new lines arrive between fetches: one row per seq.
  const seen = new Set<number>();
  const entries = (statement.data?.pages ?? []).flat().filter((e) => !seen.has(e.seq) && (seen.add(e.seq), true));
  const rows: StatementRow[] = entries.map((e) => {
    const k = KIND[e.kind] ?? { label: e.kind, direction: "none" as const };
    return {
      seq: e.seq,
      time: formatUtc(e.timeMs),
      kind: k.label,
      detail: e.merchant ? `${merchantName(e.merchant)}${e.note ? ` · ${e.note}` : ""}` : readableNote(e.note),
      amount: e.amountUsd === 0n ? "" : `${k.direction === "out" ? "−" : "+"}${formatMicroUsd(e.amountUsd)}`,
      direction: e.amountUsd === 0n ? "none" : k.direction,
      balanceAfter: formatMicroUsd(e.balanceAfter),
      owedAfter: formatMicroUsd(e.owedAfter),
    };
  });
  return (
    <section aria-labelledby="way-statement-heading" className="space-y-3">
      <h3 id="way-statement-heading" className="text-base font-semibold tracking-tight">
        Statement
      </h3>
      {statement.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : statement.error && !statement.isFetchNextPageError ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The statement could not be read.{" "}
          <button type="button" className="underline" onClick={() => void statement.refetch()}>
            Retry
          </button>
        </p>
      ) : (
        <StatementTable
          rows={rows}
          caption="Way Card statement, newest first"
          more={
            statement.hasNextPage
              ? {
                  onLoadMore: () => void statement.fetchNextPage(),
                  loading: statement.isFetchingNextPage,
                  error: statement.isFetchNextPageError ? classifyReadError(statement.error).message : undefined,
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
