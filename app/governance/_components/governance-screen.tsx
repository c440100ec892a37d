"use client";

import { useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { ProposalList } from "@/components/governance/proposal-list";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useGovParams, useMyStake, useProposals, useTopValidator } from "@/hooks/use-gov";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useLstBalance } from "@/hooks/use-lst-queries";
import { useNetworkSnapshot } from "@/hooks/use-network-snapshot";
import { useTx } from "@/hooks/use-tx";
import type { TxRequest } from "@/lib/tx/mutation-options";
import { connectDemoWallet, useWalletState } from "@/hooks/use-wallet";
import { displayExactToken, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { chainConfig, type NetworkSnapshot } from "@/lib/chains/networks";
import { delegateMsg, type StatusFilter } from "@/lib/protocol/gov";
import { feeReserve } from "@/lib/protocol/liquid-staking";
import { toUserError } from "@/lib/tx/errors";
import type { GovAction, GovContext, PendingConfirm } from "./gov-context";
import { ProposalDetail } from "./proposal-detail";
import { SubmitProposal } from "./submit-proposal";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import { classifyReadError } from "@/lib/queries/read-errors";

/** What the quick "get voting power" button delegates: enough to see a vote move the tally. */
const QUICK_STAKE_MILK = 100n;

/** The governance screen; waits for the saved network choice before any query. */
export function GovernanceScreen() {
  const net = useNetworkSnapshot();
  if (!net.hydrated) return <Skeleton className="h-40 w-full" />;
  return <GovernanceReady net={net} />;
}

function GovernanceReady({ net }: { net: NetworkSnapshot }) {
  const cfg = chainConfig("milkyway");
  const chainId = net.chainIds.milkyway;
  const wallet = useWalletState(useShallow((s) => ({ status: s.status, addresses: s.addresses, error: s.error })));
  const address = wallet.status === "connected" ? wallet.addresses[chainId] : undefined;
  const params = useGovParams(net);
  const denom = params.data?.depositDenom ?? cfg.stakeDenom;
  const proposals = useProposals(net, params.data?.depositDenom);
  const balance = useLstBalance(net, "milkyway", address, denom);
  const myStake = useMyStake(net, address);
  const top = useTopValidator(net);
  const now = useLstClock(net.mode);
  const [filter, setFilter] = useState<StatusFilter>("all");
  const [selectedId, setSelectedId] = useState<bigint | null>(null);
  const [confirm, setConfirm] = useState<PendingConfirm | null>(null);
  const [action, setAction] = useState<GovAction | null>(null);
  // One mutation per kind of transaction this screen sends; the screen shows the last one sent.
  const txs = { vote: useTx("vote"), deposit: useTx("deposit"), propose: useTx("propose"), "milk-stake": useTx("milk-stake") };
  const kindOf = (a: GovAction) => (a === "vote" || a === "weighted" ? "vote" : a === "deposit" ? "deposit" : a === "submit" ? "propose" : "milk-stake");
  const tx = txs[kindOf(action ?? "vote")];

  const fee = cfg.feeTokens[0];
  // Exact (confirmations, labels, what happened); `show` rounds with the exact value on hover, focus and copy.
  const fmt = (v: bigint) => displayExactToken(v, cfg.decimals, cfg.stakeSymbol).text;
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, cfg.decimals, cfg.stakeSymbol)} />;
  const send = (a: GovAction, req: TxRequest, onDone?: () => void) => {
    setAction(a);
    txs[kindOf(a)].mutate(req, { onSuccess: () => onDone?.() });
  };
  const ctx: GovContext = {
    net,
    chainId,
    symbol: cfg.stakeSymbol,
    decimals: cfg.decimals,
    denom,
    address,
    params: params.data,
    balance: balance.data,
    feeReserve: fee.denom === denom ? feeReserve(fee.minGasPrice) : 0n,
    busy: tx.isPending,
    pending: tx.isPending ? action : null,
    failure: tx.isError && action ? { action, error: toUserError(tx.error) } : null,
    send,
    ask: setConfirm,
    fmt,
  };
  const selected = proposals.data?.find((p) => p.id === selectedId);
  const loadError = params.error ?? proposals.error;
  const quickStake = QUICK_STAKE_MILK * 10n ** BigInt(cfg.decimals);

  return (
    <div className="space-y-4">
      <Card as="section" aria-labelledby="gov-power-heading" className="space-y-3">
        <CardTitle id="gov-power-heading" level={3}>
          Your voting power
        </CardTitle>
        {!address ? (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>Connect a wallet to vote, deposit or submit a proposal.</span>
            {net.mode === "simulator" ? (
              <Button size="sm" onClick={() => void connectDemoWallet()} pending={wallet.status === "connecting"}>
                Use the demo wallet
              </Button>
            ) : null}
            {wallet.status === "error" ? <span role="alert">{wallet.error}</span> : null}
          </div>
        ) : (
          <>
            <FactList
              idPrefix="gov-power"
              facts={[
                { id: "staked", label: `Staked ${cfg.stakeSymbol}`, value: myStake.data !== undefined ? show(myStake.data) : "…" },
                { id: "balance", label: `Available ${cfg.stakeSymbol}`, value: balance.data !== undefined ? show(balance.data) : "…" },
              ]}
            />
            {myStake.data === 0n ? (
              <div className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
                <p>
                  You have no staked {cfg.stakeSymbol}, so your vote would carry no weight. Anyone may vote, but only staked{" "}
                  {cfg.stakeSymbol} counts in the tally.
                </p>
                {top.data && balance.data !== undefined && balance.data > quickStake + ctx.feeReserve ? (
                  <Button
                    size="sm"
                    variant="secondary"
                    disabled={ctx.busy}
                    pending={ctx.pending === "delegate"}
                    onClick={() =>
                      setConfirm({
                        action: "delegate",
                        title: "Stake MILK for voting power",
                        facts: [
                          { id: "amount", label: "Stake", value: fmt(quickStake), strong: true },
                          { id: "validator", label: "With validator", value: top.data!.moniker },
                          { id: "chain", label: "Chain", value: chainId },
                          { id: "unbonding", label: "Getting it back", value: "Unbonding takes the chain's unbonding period" },
                        ],
                        req: { net, chain: "milkyway", msgs: [delegateMsg(address, top.data!.address, quickStake, cfg.stakeDenom)], label: `Stake ${fmt(quickStake)}` },
                      })
                    }
                  >
                    Stake {QUICK_STAKE_MILK.toString()} {cfg.stakeSymbol} with {top.data.moniker}
                  </Button>
                ) : null}
              </div>
            ) : null}
          </>
        )}
        {ctx.failure?.action === "delegate" ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {ctx.failure.error.title}: {ctx.failure.error.detail}
          </p>
        ) : null}
      </Card>

      {loadError ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 text-sm text-red-700 dark:text-red-400">
          <span>Governance could not be read: {classifyReadError(loadError).message}</span>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              void params.refetch();
              void proposals.refetch();
            }}
          >
            Retry
          </Button>
        </div>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-[2fr_3fr]">
        <Card className="min-w-0">
          <ProposalList
            proposals={proposals.data}
            filter={filter}
            onFilter={setFilter}
            now={now}
            selectedId={selectedId}
            onOpen={(id) => {
              setSelectedId(id);
              for (const t of Object.values(txs)) t.reset();
            }}
          />
        </Card>
        <Card as="section" aria-label="Proposal detail" className="min-w-0">
          {selected ? (
            <ProposalDetail key={selected.id.toString()} ctx={ctx} proposal={selected} now={now} myStake={myStake.data} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">Choose a proposal to see its summary, tally and voting options.</p>
          )}
        </Card>
      </div>

      {/* Below the list, once the list has its height: shown earlier, the form sat in view and then
          jumped a screen or more down as the proposals arrived (Lighthouse desktop: CLS 0.13). */}
      {proposals.data !== undefined || loadError ? (
        <Card as="section" aria-labelledby="submit-heading">
          <CardTitle id="submit-heading" level={3}>
            Submit a text proposal
          </CardTitle>
          <div className="mt-3">
            <SubmitProposal ctx={ctx} onSubmitted={() => setFilter("all")} />
          </div>
        </Card>
      ) : null}

      <ConfirmDialog
        open={confirm !== null}
        title={confirm?.title ?? ""}
        description={confirm ? `Sent on ${chainId}. Your wallet asks you to sign next.` : undefined}
        confirmLabel="Confirm"
        onClose={() => setConfirm(null)}
        networkFee={networkFeeText("milkyway")}
        onConfirm={() => {
          if (!confirm) return;
          setConfirm(null);
          send(confirm.action, confirm.req, confirm.onDone);
        }}
      >
        {confirm ? <FactList idPrefix="gov-confirm" facts={confirm.facts} /> : null}
      </ConfirmDialog>
    </div>
  );
}
