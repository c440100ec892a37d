"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { useLstBalance } from "@/hooks/use-lst-queries";
import { useGammCalcExit } from "@/hooks/use-osmosis-pools";
import { formatForInput } from "@/lib/amount/format";
import { displayExactToken, displayPercent, displayRatioPercent, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { parseAmount } from "@/lib/amount/parse";
import { exitPayout, maxJoinShares } from "@/lib/protocol/balancer-shares";
import { exitPoolMsg, joinPoolMsg } from "@/lib/protocol/osmosis-msgs";
import type { BalancerPoolView } from "@/lib/reads/osmosis-pools";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import { DECIMALS, fmtCoin, showCoin, symbolOf, type PoolContext } from "./pool-context";

/** Pool shares have 18 decimals on Osmosis (a new pool mints 100 × 10^18). */
const SHARE_DECIMALS = 18;
/** Exact shares: confirmations and what happened. */
const fmtShares = (s: bigint) => displayExactToken(s, SHARE_DECIMALS, "shares").text;
/** Rounded shares and coins, exact on hover, focus and copy: the pool card and the previews. */
const showShares = (s: bigint) => <DisplayValue shown={displayToken(s, SHARE_DECIMALS, "shares")} />;
const coin = (amount: bigint, denom: string) => <DisplayValue shown={showCoin(amount, denom)} />;

export function BalancerPoolPanel({ ctx, pool }: { ctx: PoolContext; pool: BalancerPoolView }) {
  const { net, address } = ctx;
  const reserves = pool.assets.map((a) => a.token);
  const shareDenom = pool.totalShares.denom;
  const myShares = useLstBalance(net, "osmosis", address, shareDenom);
  const balA = useLstBalance(net, "osmosis", address, reserves[0]?.denom ?? "");
  const balB = useLstBalance(net, "osmosis", address, reserves[1]?.denom ?? "");
  const balances = [balA.data, balB.data];
  const [inputs, setInputs] = useState<string[]>(() => reserves.map(() => ""));
  const [exitText, setExitText] = useState("");
  const [confirm, setConfirm] = useState<"join" | "exit" | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const parsed = inputs.map((t) => parseAmount(t, DECIMALS));
  const joinError = parsed.find((p, i) => inputs[i].trim() !== "" && !p.ok);
  const offered = reserves.map((r, i) => ({ denom: r.denom, amount: parsed[i].ok ? parsed[i].value : 0n }));
  const join = maxJoinShares(offered, pool.totalShares.amount, reserves);
  const overBalance = join.cost.some((c, i) => balances[i] !== undefined && c.amount > balances[i]!);
  const joinReady = !!address && join.shares > 0n && !overBalance && !ctx.busy;

  const exitParsed = parseAmount(exitText, SHARE_DECIMALS);
  const exitShares = exitParsed.ok ? exitParsed.value : undefined;
  const exitLocal = exitShares !== undefined && exitShares <= pool.totalShares.amount ? exitPayout(exitShares, pool.totalShares.amount, reserves, pool.exitFee) : null;
  // The chain's own answer for the same exit (CalcExitPoolCoinsFromShares), shown when it has come back.
  const exitChain = useGammCalcExit(net, pool.id, exitShares);
  const exitError =
    exitText.trim() === "" ? null : !exitParsed.ok ? exitParsed.message : myShares.data !== undefined && exitShares! > myShares.data ? "That is more shares than you hold." : null;
  const exitReady = !!address && exitShares !== undefined && exitShares > 0n && !exitError && exitLocal !== null && !ctx.busy;
  const slip = (x: bigint) => (x * 99n) / 100n;

  const doJoin = () => {
    if (!joinReady || !address) return;
    setConfirm(null);
    setDone(null);
    ctx.send("join", { net, chain: "osmosis", msgs: [joinPoolMsg(address, pool.id, join.shares, join.cost)], label: `Join pool #${pool.id}` }, () => {
      setInputs(reserves.map(() => ""));
      setDone(`Joined pool #${pool.id} for ${fmtShares(join.minted)}.`);
    });
  };
  const doExit = () => {
    if (!exitReady || !address || !exitLocal || exitShares === undefined) return;
    setConfirm(null);
    setDone(null);
    ctx.send(
      "exit",
      { net, chain: "osmosis", msgs: [exitPoolMsg(address, pool.id, exitShares, exitLocal.map((c) => ({ denom: c.denom, amount: slip(c.amount) })))], label: `Exit pool #${pool.id}` },
      () => {
        setExitText("");
        setDone(`Exited ${fmtShares(exitShares)} of pool #${pool.id}.`);
      },
    );
  };
  const failure = ctx.failure && (ctx.failure.action === "join" || ctx.failure.action === "exit") ? ctx.failure.error : null;

  return (
    <div className="grid gap-4 lg:grid-cols-2 [&>*]:min-w-0">
      <Card as="section" aria-labelledby="bal-pool-heading" className="space-y-3">
        <CardTitle id="bal-pool-heading" level={3}>
          Balancer pool #{pool.id.toString()}
        </CardTitle>
        <FactList
          idPrefix="bal-pool"
          facts={[
            ...pool.assets.map((a) => ({
              id: `asset-${a.token.denom}`,
              label: `${symbolOf(a.token.denom)} (weight ${pool.totalWeight > 0n ? displayRatioPercent(a.weight, pool.totalWeight).text : "?"})`,
              value: coin(a.token.amount, a.token.denom),
            })),
            { id: "shares", label: "Total shares", value: showShares(pool.totalShares.amount) },
            { id: "fee", label: "Swap fee", value: displayPercent(pool.swapFee).text },
            { id: "exit-fee", label: "Exit fee", value: displayPercent(pool.exitFee).text },
            { id: "mine", label: "Your shares", value: !address ? "—" : myShares.data !== undefined ? showShares(myShares.data) : "…" },
          ]}
        />
        <div aria-live="polite" className="text-sm">
          {done ? <p className="text-emerald-700 dark:text-emerald-400">{done}</p> : null}
        </div>
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : null}
      </Card>
      <Card as="section" aria-labelledby="bal-join-heading" className="space-y-3">
        <CardTitle id="bal-join-heading" level={3}>
          Join
        </CardTitle>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          Joining adds both assets in the pool&rsquo;s proportions. The shares are what your scarcer side buys; each side is
          charged its share of the reserves, rounded up.
        </p>
        {reserves.map((r, i) => (
          <AmountField
            key={r.denom}
            id={`bal-join-${i}`}
            label={`${symbolOf(r.denom)} at most`}
            symbol={symbolOf(r.denom)}
            value={inputs[i]}
            onChange={(v) => {
              setInputs((xs) => xs.map((x, j) => (j === i ? v : x)));
              setDone(null);
            }}
            onMax={balances[i] !== undefined ? () => setInputs((xs) => xs.map((x, j) => (j === i ? formatForInput(balances[i]!, DECIMALS) : x))) : undefined}
            balance={address && balances[i] !== undefined ? <>Balance: {coin(balances[i]!, r.denom)}</> : undefined}
            error={joinError && inputs[i].trim() !== "" && !parsed[i].ok ? (parsed[i] as { message: string }).message : undefined}
          />
        ))}
        <FactList
          idPrefix="bal-join-preview"
          facts={[
            { id: "shares", label: "Shares you receive", value: join.shares > 0n ? showShares(join.minted) : "—", strong: true },
            ...join.cost.map((c) => ({ id: `cost-${c.denom}`, label: `${symbolOf(c.denom)} used`, value: coin(c.amount, c.denom) })),
          ]}
        />
        {overBalance ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">That needs more than you hold.</p> : null}
        <Button onClick={() => joinReady && setConfirm("join")} disabled={!joinReady} pending={ctx.pending === "join"} pendingLabel="Waiting for inclusion">
          {address ? "Join pool" : "Connect a wallet to join"}
        </Button>
      </Card>
      <Card as="section" aria-labelledby="bal-exit-heading" className="space-y-3 lg:col-start-2">
        <CardTitle id="bal-exit-heading" level={3}>
          Exit
        </CardTitle>
        <AmountField
          id="bal-exit"
          label="Shares to exit"
          symbol="shares"
          value={exitText}
          onChange={(v) => {
            setExitText(v);
            setDone(null);
          }}
          onMax={myShares.data !== undefined ? () => setExitText(formatForInput(myShares.data!, SHARE_DECIMALS)) : undefined}
          balance={address && myShares.data !== undefined ? <>You hold {showShares(myShares.data)}</> : undefined}
          error={exitError ?? undefined}
        />
        <FactList
          idPrefix="bal-exit-preview"
          facts={(exitLocal ?? reserves.map((r) => ({ denom: r.denom, amount: 0n }))).map((c) => {
            const chain = exitChain.data?.find((x) => x.denom === c.denom);
            return {
              id: `out-${c.denom}`,
              label: `${symbolOf(c.denom)} you receive`,
              value: exitLocal ? <>{coin(c.amount, c.denom)}{chain && chain.amount !== c.amount ? <> (chain says {coin(chain.amount, c.denom)})</> : ""}</> : "—",
            };
          })}
        />
        <Button onClick={() => exitReady && setConfirm("exit")} disabled={!exitReady} pending={ctx.pending === "exit"} pendingLabel="Waiting for inclusion">
          {address ? "Exit pool" : "Connect a wallet to exit"}
        </Button>
      </Card>
      <ConfirmDialog
        open={confirm !== null}
        title={confirm === "join" ? `Confirm joining pool #${pool.id}` : `Confirm exiting pool #${pool.id}`}
        description={confirm === "join" ? "You pay exactly these amounts and receive exactly these shares (Osmosis recomputes them from the tokens taken)." : "The chain refuses the exit if it would pay less than 99% of these amounts."}
        confirmLabel={confirm === "join" ? "Confirm join" : "Confirm exit"}
        confirmDisabled={confirm === "join" ? !joinReady : !exitReady}
        onConfirm={confirm === "join" ? doJoin : doExit}
        onClose={() => setConfirm(null)}
        networkFee={networkFeeText("osmosis")}
      >
        {confirm === "join" ? (
          <FactList
            idPrefix="bal-confirm"
            facts={[
              { id: "shares", label: "Shares you receive", value: fmtShares(join.minted), strong: true },
              ...join.cost.map((c) => ({ id: `in-${c.denom}`, label: `${symbolOf(c.denom)} in`, value: fmtCoin(c.amount, c.denom) })),
            ]}
          />
        ) : confirm === "exit" && exitLocal && exitShares !== undefined ? (
          <FactList
            idPrefix="bal-confirm"
            facts={[
              { id: "shares", label: "Shares out", value: fmtShares(exitShares), strong: true },
              ...exitLocal.map((c) => ({ id: `out-${c.denom}`, label: `${symbolOf(c.denom)} you receive`, value: fmtCoin(c.amount, c.denom) })),
              ...exitLocal.map((c) => ({ id: `min-${c.denom}`, label: `${symbolOf(c.denom)} minimum`, value: fmtCoin(slip(c.amount), c.denom) })),
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </div>
  );
}
