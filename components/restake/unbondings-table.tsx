import type { ReactNode } from "react";
import { Cell, DataTable } from "./data-table";

export interface UnbondingRow {
  key: string;
  target: string;
  amount: ReactNode;
  countdown: string;
  completes: string;
}

export function UnbondingsTable({ rows, caption = "Your unbondings" }: { rows: ReadonlyArray<UnbondingRow>; caption?: string }) {
  return (
    <DataTable caption={caption} head={["Target", "Amount", "Completes in", "Completes at"]} empty={rows.length ? undefined : "Nothing is unbonding."}>
      {rows.map((r) => (
        <tr key={r.key}>
          <Cell header>{r.target}</Cell>
          <Cell className="tabular-nums">{r.amount}</Cell>
          <Cell className="tabular-nums">{r.countdown}</Cell>
          <Cell className="tabular-nums">{r.completes}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
