import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Cell, DataTable } from "./data-table";

export interface DelegationRow {
  key: string;
  target: string;
  delegated: ReactNode;
  rewards: ReactNode;
  canClaim: boolean;
  note?: string;
}

type Props = {
  rows: ReadonlyArray<DelegationRow>;
  onClaim: (key: string) => void;
  disabled: boolean;
};

export function DelegationsTable({ rows, onClaim, disabled }: Props) {
  return (
    <DataTable caption="Your restaking delegations" head={["Target", "Delegated", "Rewards", ""]} empty={rows.length ? undefined : "You have no restaking delegations yet."}>
      {rows.map((r) => (
        <tr key={r.key}>
          <Cell header>
            {r.target}
            {r.note ? <span className="block text-xs font-normal text-amber-700 dark:text-amber-400">{r.note}</span> : null}
          </Cell>
          <Cell className="tabular-nums">{r.delegated}</Cell>
          <Cell className="tabular-nums">{r.rewards}</Cell>
          <Cell>
            <Button size="sm" variant="secondary" disabled={disabled || !r.canClaim} onClick={() => onClaim(r.key)} aria-label={`Claim rewards from ${r.target}`}>
              Claim
            </Button>
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
