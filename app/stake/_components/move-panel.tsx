"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ChoiceGroup } from "@/components/stake/choice-group";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { Button } from "@/components/ui/button";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useMoveRoute, type SendTx } from "@/hooks/use-move-route";
import { formatForInput } from "@/lib/amount/format";
import { displayExactToken, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { SelectField } from "@/components/ui/select-field";
import { chainConfig } from "@/lib/chains/networks";
import { movableTokensOf, placeOn, routeBetween, type MovableToken } from "@/lib/chains/token-places";
import { checkAddress } from "@/lib/cosmos/address";
import { checkAmount, feeReserve, maxAmount } from "@/lib/protocol/liquid-staking";
import type { ChainKey } from "@/lib/stores/network-store";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import { MoveProgressView } from "@/components/stake/move-progress-view";
import { type StakeContext } from "./stake-context";
import { CHAIN_NAMES } from "@/lib/chains/chain-names";

/** What a hop's toast says, e.g. "Move 25 TIA to Osmosis". */
export function moveLabel(token: MovableToken, amount: bigint, to: ChainKey): string {
  return `Move ${displayExactToken(amount, token.decimals, token.symbol).text} to ${CHAIN_NAMES[to]}`;
}

/**
 * Moves the native token or the LST between every chain it can be on, along the route that
 * keeps it the same asset (one transfer per hop, each signed), with progress that survives a
 * reload. `preset` opens it on a given move (Unstake and Restake link here).
 */
export function MovePanel({
  ctx,
  preset,
  onUnstake,
}: {
  ctx: StakeContext;
  preset?: { symbol: string; from: ChainKey; to: ChainKey } | null;
  /** Shown once the LST has arrived on the contract's chain: back to the Unstake tab. */
  onUnstake?: () => void;
}) {
  const { net, lst } = ctx;
  const tokens = movableTokensOf(lst);
  const [symbol, setSymbol] = useState(preset?.symbol ?? lst.nativeSymbol);
  const token = tokens.find((t) => t.symbol === symbol) ?? tokens[0];
  const [fromKey, setFrom] = useState<ChainKey>(preset?.from ?? token.places[0].key);
  const [toKey, setTo] = useState<ChainKey>(preset?.to ?? token.places[1].key);
  const [amount, setAmount] = useState("");
  const [confirming, setConfirming] = useState(false);
  const now = useLstClock(net.mode);
  const nativeAddress = ctx.connected ? ctx.addresses[lst.nativeChainId] : undefined;
  const flow = useMoveRoute({
    net,
    tokens,
    selected: token,
    scope: nativeAddress ? { mode: net.mode, lstSymbol: lst.symbol, address: nativeAddress } : null,
    addresses: ctx.connected ? ctx.addresses : {},
    nowMs: now,
    label: moveLabel,
  });

  const from = placeOn(token, fromKey) ?? token.places[0];
  const to = placeOn(token, toKey) && toKey !== from.key ? placeOn(token, toKey)! : token.places.find((p) => p.key !== from.key)!;
  const route = routeBetween(token, from.key, to.key) ?? [];
  const sender = flow.addressOn(from.key);
  const receiver = flow.addressOn(to.key);
  const balance = flow.balances.get(from.key);
  const fee = chainConfig(from.key).feeTokens[0];
  const reserve = fee.denom === from.denom ? feeReserve(fee.minGasPrice) : 0n;
  const check = checkAmount(amount, { decimals: token.decimals, symbol: token.symbol, balance, reserve });
  const error = amount.trim() === "" || check.ok ? undefined : check.message;
  const receiverCheck = receiver ? checkAddress(receiver, chainConfig(to.key).bech32Prefix) : undefined;
  const inFlight = flow.progress !== null && !flow.done;
  const ready =
    ctx.connected && !!sender && !!receiver && receiverCheck?.ok === true && check.ok && !ctx.busy && now !== null && !inFlight && flow.balances.get(route[0]?.to.key ?? to.key) !== undefined;
  // Exact in the confirmation (what is signed); rounded in the form, exact on hover, focus and copy.
  const fmt = (v: bigint) => displayExactToken(v, token.decimals, token.symbol).text;
  const show = (v: bigint) => <DisplayValue shown={displayToken(v, token.decimals, token.symbol)} />;
  const pathText = [from.key, ...route.map((h) => h.to.key)].map((k) => CHAIN_NAMES[k]).join(" → ");
  const failure = ctx.failure?.action === "move" ? ctx.failure.error : null;
  const send: SendTx = (req) => ctx.send("move", req);

  const pickToken = (s: string) => {
    const t = tokens.find((x) => x.symbol === s)!;
    setSymbol(s);
    setFrom(t.places[0].key);
    setTo(t.places[1].key);
    setAmount("");
  };

  return (
    <form
      className="space-y-5"
      aria-label="Move tokens between chains"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) setConfirming(true);
      }}
    >
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        Move {lst.nativeSymbol} or {lst.symbol} to any chain it can be on. A token always travels back the way it came
        before going elsewhere, so it stays the same asset; a route of two transfers asks you to sign each. The relayer
        carries a transfer in a few seconds; a stalled one is refunded after ten minutes.
      </p>
      <ChoiceGroup legend="Token" name="move-token" value={token.symbol} onChange={pickToken} inline choices={tokens.map((t) => ({ value: t.symbol, label: t.symbol }))} />
      <div className="grid gap-3 sm:grid-cols-2">
        <ChainSelect id="move-from" label="From" token={token} value={from.key} balances={flow.balances} onChange={(k) => {
          setFrom(k);
          if (k === to.key) setTo(token.places.find((p) => p.key !== k)!.key);
          setAmount("");
        }} />
        <ChainSelect id="move-to" label="To" token={token} value={to.key} exclude={from.key} balances={flow.balances} onChange={setTo} />
      </div>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Route: {pathText}
        {route.length > 1 ? ` (${route.length} transfers, you sign each)` : ""}
      </p>
      <AmountField
        id="move-amount"
        label={`Amount to move (${token.symbol})`}
        symbol={token.symbol}
        value={amount}
        onChange={setAmount}
        onMax={balance !== undefined ? () => setAmount(formatForInput(maxAmount(balance, reserve), token.decimals)) : undefined}
        maxDisabled={balance === undefined}
        balance={!sender ? undefined : balance !== undefined ? <>Balance on {CHAIN_NAMES[from.key]}: {show(balance)}</> : "Balance: loading…"}
        error={error}
      />
      <div className="space-y-2">
        <Button type="submit" className="w-full sm:w-auto" disabled={!ready} pending={ctx.pending === "move"} pendingLabel="Waiting for inclusion">
          {!ctx.connected ? "Connect a wallet to move tokens" : `Move to ${CHAIN_NAMES[to.key]}`}
        </Button>
        {inFlight ? <p className="text-sm text-slate-600 dark:text-slate-400">Finish or dismiss the transfer below to start another.</p> : null}
        {receiverCheck && !receiverCheck.ok ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            Recipient on {CHAIN_NAMES[to.key]}: {receiverCheck.message}
          </p>
        ) : null}
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : null}
      </div>
      <MoveProgressView flow={flow} busy={ctx.busy} pending={ctx.pending === "move"} onContinue={() => flow.continueRoute(send)} />
      {flow.done && flow.progress?.symbol === lst.symbol && flow.progress.to === ctx.keys.protocol && onUnstake ? (
        <Button variant="secondary" onClick={onUnstake}>
          Unstake it now
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Confirm transfer"
        description={
          route.length > 1 ?
            `An IBC transfer along ${pathText}. This signature sends it to ${CHAIN_NAMES[route[0].to.key]}; you sign the next transfer when it has arrived.`
          : "An IBC transfer: the relayer delivers it to the other chain."
        }
        confirmLabel="Confirm transfer"
        confirmDisabled={!ready}
        onConfirm={() => {
          if (!check.ok) return;
          setConfirming(false);
          flow.start(send, token, from.key, to.key, check.value);
          setAmount("");
        }}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText(from.key)}
      >
        {check.ok && route.length ? (
          <FactList
            idPrefix="move-confirm"
            facts={[
              { id: "amount", label: "You send", value: fmt(check.value), strong: true },
              { id: "from", label: "From", value: `${CHAIN_NAMES[from.key]} (${ctx.net.chainIds[from.key]})` },
              { id: "to", label: "To", value: `${CHAIN_NAMES[to.key]} (${ctx.net.chainIds[to.key]})` },
              { id: "route", label: "Route", value: pathText },
              { id: "receiver", label: "Recipient", value: receiver ?? "", breakAll: true },
              { id: "chain", label: "Signed for chain", value: ctx.net.chainIds[from.key] },
              { id: "channel", label: "Channel", value: route[0].channel },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </form>
  );
}

function ChainSelect(props: {
  id: string;
  label: string;
  token: MovableToken;
  value: ChainKey;
  exclude?: ChainKey;
  balances: ReadonlyMap<ChainKey, bigint | undefined>;
  onChange: (k: ChainKey) => void;
}) {
  const options = props.token.places
    .filter((p) => p.key !== props.exclude)
    .map((p) => {
      const b = props.balances.get(p.key);
      return { value: p.key, label: `${CHAIN_NAMES[p.key]}${b !== undefined ? ` (${displayToken(b, props.token.decimals, props.token.symbol).text})` : ""}` };
    });
  return <SelectField id={props.id} label={props.label} value={props.value} options={options} onChange={(v) => props.onChange(v as ChainKey)} />;
}
