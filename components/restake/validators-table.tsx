import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Cell, DataTable } from "./data-table";

export type ValidatorSort = "power" | "commission";

export interface ValidatorRow {
  address: string;
  moniker: string;
  status: string;
  commission: string;
  power: string;
  yours: ReactNode;
  rewards: ReactNode;
  canClaim: boolean;
}

type Props = {
  rows: ReadonlyArray<ValidatorRow>;
  sort: ValidatorSort;
  onSort: (s: ValidatorSort) => void;
  onClaim: (address: string) => void;
  disabled: boolean;
  connected: boolean;
};

/** MILK validators; the sort buttons sit above the table so the header stays plain text. */
export function ValidatorsTable({ rows, sort, onSort, onClaim, disabled, connected }: Props) {
  return (
    <div className="space-y-2">
      <div role="group" aria-label="Sort validators" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-600 dark:text-slate-400">Sort by</span>
        {(["power", "commission"] as const).map((s) => (
          <Button key={s} size="sm" variant={sort === s ? "primary" : "secondary"} aria-pressed={sort === s} onClick={() => onSort(s)}>
            {s === "power" ? "Voting power" : "Commission"}
          </Button>
        ))}
      </div>
      <DataTable caption="MILK validators" head={["Validator", "Status", "Commission", "Voting power", "Your stake", "Rewards", ""]}>
        {rows.map((v) => (
          <tr key={v.address}>
            <Cell header>{v.moniker}</Cell>
            <Cell>
              <Badge tone={v.status === "Active" ? "success" : v.status === "Jailed" ? "danger" : "neutral"}>{v.status}</Badge>
            </Cell>
            <Cell className="tabular-nums">{v.commission}</Cell>
            <Cell className="tabular-nums">{v.power}</Cell>
            <Cell className="tabular-nums">{v.yours}</Cell>
            <Cell className="tabular-nums">{v.rewards}</Cell>
            <Cell>
              {connected ? (
                <Button size="sm" variant="secondary" disabled={disabled || !v.canClaim} onClick={() => onClaim(v.address)} aria-label={`Claim MILK rewards from ${v.moniker}`}>
                  Claim
                </Button>
              ) : null}
            </Cell>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
