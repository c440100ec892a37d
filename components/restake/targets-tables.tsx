import { Badge } from "@/components/ui/badge";
import { Cell, DataTable } from "./data-table";

export interface PoolRow {
  id: number;
  symbol: string;
  tvl: string;
  emission: string;
}

export function PoolsTable({ rows }: { rows: ReadonlyArray<PoolRow> }) {
  return (
    <DataTable caption="Pools" head={["Pool", "Asset", "Total restaked", "MILK to pools per day"]} empty={rows.length ? undefined : "No pools yet."}>
      {rows.map((p) => (
        <tr key={p.id}>
          <Cell header>Pool {p.id}</Cell>
          <Cell>{p.symbol}</Cell>
          <Cell className="tabular-nums">{p.tvl}</Cell>
          <Cell className="tabular-nums">{p.emission}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}

export interface OperatorRow {
  id: number;
  moniker: string;
  status: string;
  active: boolean;
  commission: string;
  services: string;
}

export function OperatorsTable({ rows }: { rows: ReadonlyArray<OperatorRow> }) {
  return (
    <DataTable caption="Operators" head={["Operator", "Status", "Commission", "Joined services"]} empty={rows.length ? undefined : "No operators yet."}>
      {rows.map((o) => (
        <tr key={o.id}>
          <Cell header>{o.moniker}</Cell>
          <Cell>
            <Badge tone={o.active ? "success" : "neutral"}>{o.status}</Badge>
          </Cell>
          <Cell className="tabular-nums">{o.commission}</Cell>
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
  emission: string;
  trusted: boolean | null;
}

export function ServicesTable({ rows }: { rows: ReadonlyArray<ServiceRow> }) {
  return (
    <DataTable
      caption="Services"
      head={["Service", "Status", "Secured by pools", "Allowed operators", "MILK per day", "You trust it"]}
      empty={rows.length ? undefined : "No services yet."}
    >
      {rows.map((s) => (
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
          <Cell>{s.trusted === null ? "—" : s.trusted ? "Yes" : "No"}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
