"use client";

import { StatementTable, type StatementRow } from "@/components/way-card/statement-table";
import { Skeleton } from "@/components/ui/skeleton";
import { useWayCardMerchants, useWayCardStatement } from "@/hooks/use-way-card";
import { displayMicroUsd } from "@/lib/amount/display";
import { readableNote } from "@/lib/protocol/way-card-notes";
import { DisplayValue } from "@/components/ui/display-value";
import { When } from "@/components/ui/when";
import { useLstClock } from "@/hooks/use-lst-clock";
import type { StatementEntry } from "@/lib/protocol/way-card";
import { classifyReadError } from "@/lib/queries/read-errors";
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

export function WayCardStatement({ ctx }: { ctx: WayCardContext }) {
  const statement = useWayCardStatement(ctx.net, ctx.owner);
  const merchants = useWayCardMerchants(ctx.net);
  const now = useLstClock(ctx.net.mode);
  const merchantName = (id: string) => merchants.data?.find((m) => m.id === id)?.name ?? id;
  // Pages can overlap when new lines arrive between fetches: one row per seq.
  const seen = new Set<number>();
  const entries = (statement.data?.pages ?? []).flat().filter((e) => !seen.has(e.seq) && (seen.add(e.seq), true));
  const rows: StatementRow[] = entries.map((e) => {
    const k = KIND[e.kind] ?? { label: e.kind, direction: "none" as const };
    return {
      seq: e.seq,
      time: <When ms={e.timeMs} nowMs={now} />,
      kind: k.label,
      detail: e.merchant ? `${merchantName(e.merchant)}${e.note ? ` · ${e.note}` : ""}` : readableNote(e.note),
      amount: e.amountUsd === 0n ? null : (
        <>
          {k.direction === "out" ? "−" : "+"}
          <DisplayValue shown={displayMicroUsd(e.amountUsd)} />
        </>
      ),
      direction: e.amountUsd === 0n ? "none" : k.direction,
      balanceAfter: <DisplayValue shown={displayMicroUsd(e.balanceAfter)} />,
      // What is owed rounds up to the cent: a debt never looks smaller than it is.
      owedAfter: <DisplayValue shown={displayMicroUsd(e.owedAfter, "ceil")} />,
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
