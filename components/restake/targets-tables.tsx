import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { TokenIcon } from "@/components/icons/token-icon";
import { Cell, DataTable } from "./data-table";

export interface PoolRow {
  id: number;
  symbol: string;
  tvl: ReactNode;
  /** USD value of everything restaked, or "No price". */
  tvlUsd: string;
  /** Estimated APR of a delegation here, or why there is none. */
  apr: string;
  /** Which services that APR adds up (the connected user's trusted ones, else every borrowing service). */
  aprCovers: string;
  emission: ReactNode;
}

/** `rows` undefined: not read yet (placeholder rows, no empty text). */
export function PoolsTable({ rows }: { rows: ReadonlyArray<PoolRow> | undefined }) {
  return (
    <>
      <DataTable caption="Pools" head={["Pool", "Asset", "Total restaked", "Value (USD)", "APR (est.)", "MILK to pools per day"]} loading={rows === undefined} empty={rows?.length ? undefined : "No pools yet."}>
        {rows?.map((p) => (
          <tr key={p.id}>
            <Cell header>Pool {p.id}</Cell>
            <Cell>
              <span className="inline-flex items-center gap-1.5">
                <TokenIcon symbol={p.symbol} className="size-4" />
                {p.symbol}
              </span>
            </Cell>
            <Cell className="tabular-nums">{p.tvl}</Cell>
            <Cell className="tabular-nums">{p.tvlUsd}</Cell>
            <Cell className="tabular-nums">{p.apr}</Cell>
            <Cell className="tabular-nums">{p.emission}</Cell>
          </tr>
        ))}
      </DataTable>
      <PoolAprCovers rows={rows} />
    </>
  );
}

/** What each pool's APR adds up, said under the table so the APR cells stay one figure each. */
function PoolAprCovers({ rows }: { rows: ReadonlyArray<PoolRow> | undefined }) {
  const shown = (rows ?? []).filter((p) => p.aprCovers);
  if (shown.length === 0) return null;
  return (
    <ul aria-label="What each pool's APR covers" className="space-y-0.5 text-xs text-slate-600 dark:text-slate-400">
      {shown.map((p) => (
        <li key={p.id}>
          Pool {p.id} APR (est.): {p.aprCovers}.
        </li>
      ))}
    </ul>
  );
}

export interface OperatorRow {
  id: number;
  moniker: string;
  status: string;
  active: boolean;
  commission: string;
  services: string;
  tvlUsd: string;
  /** After commission. */
  apr: string;
}

/** `rows` undefined: not read yet (placeholder rows, no empty text). */
export function OperatorsTable({ rows }: { rows: ReadonlyArray<OperatorRow> | undefined }) {
  return (
    <DataTable caption="Operators" head={["Operator", "Status", "Commission", "Value (USD)", "APR (est.)", "Joined services"]} loading={rows === undefined} empty={rows?.length ? undefined : "No operators yet."}>
      {rows?.map((o) => (
        <tr key={o.id}>
          <Cell header>{o.moniker}</Cell>
          <Cell>
            <Badge tone={o.active ? "success" : "neutral"}>{o.status}</Badge>
          </Cell>
          <Cell className="tabular-nums">{o.commission}</Cell>
          <Cell className="tabular-nums">{o.tvlUsd}</Cell>
          <Cell className="tabular-nums">{o.apr}</Cell>
          <Cell>{o.services || "None"}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}

export interface ServiceRow {
  id: number;
  name: string;
  description: string;
  status: string;
  active: boolean;
  pools: string;
  operators: string;
  emission: ReactNode;
  /** USD value of what secures the service (trusted pool shares, eligible operators, its own delegations). */
  securedUsd: string;
  /** MILK a day the plans hand the service's own delegators, and the USD value they share it over. */
  directEmission: ReactNode;
  directUsd: string;
  /** APR of delegating to the service directly. */
  apr: string;
  /** "Yes" (every pool), "Pool 1 only"…, "No"; null without a wallet. */
  trusted: string | null;
}

/** `rows` undefined: not read yet (placeholder rows, no empty text). */
export function ServicesTable({ rows }: { rows: ReadonlyArray<ServiceRow> | undefined }) {
  return (
    <DataTable
      caption="Services"
      head={[
        "Service",
        "Status",
        "Secured by pools",
        "Allowed operators",
        "MILK per day",
        "Secured value (USD)",
        "MILK per day to direct delegators",
        "Delegated directly (USD)",
        "APR (est.)",
        "You trust it",
      ]}
      loading={rows === undefined} empty={rows?.length ? undefined : "No services yet."}
    >
      {rows?.map((s) => (
        <tr key={s.id}>
          <Cell header>
            {s.name}
            <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{s.description}</span>
          </Cell>
          <Cell>
            <Badge tone={s.active ? "success" : "neutral"}>{s.status}</Badge>
          </Cell>
          <Cell>{s.pools || "None"}</Cell>
          <Cell>{s.operators || "Any"}</Cell>
          <Cell className="tabular-nums">{s.emission}</Cell>
          <Cell className="tabular-nums">{s.securedUsd}</Cell>
          <Cell className="tabular-nums">{s.directEmission}</Cell>
          <Cell className="tabular-nums">{s.directUsd}</Cell>
          <Cell className="tabular-nums">{s.apr}</Cell>
          <Cell>{s.trusted ?? "—"}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
