"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { ChoiceGroup } from "@/components/stake/choice-group";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList } from "@/components/stake/fact-list";
import { IbcProgress, type ProgressStep } from "@/components/stake/ibc-progress";
import { Button } from "@/components/ui/button";
import { useLstClock } from "@/hooks/use-lst-clock";
import { useLstBalance } from "@/hooks/use-lst-queries";
import { formatAmount, formatForInput } from "@/lib/amount/format";
import { chainConfig } from "@/lib/chains/networks";
import { transferMsg } from "@/lib/protocol/ibc-transfer";
import { checkAmount, feeReserve, maxAmount } from "@/lib/protocol/liquid-staking";
import type { StakeContext } from "./stake-context";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import { checkAddress } from "@/lib/cosmos/address";
import { loadMoveProgress, saveMoveProgress } from "@/lib/stores/move-progress";

type Direction = "deposit" | "withdraw";

interface Moving {
  direction: Direction;
  amount: bigint;
  /** Destination balance before the transfer; arrival is when it is exceeded. */
  baseline: bigint;
}

/**
 * Two-step alternative to one-click staking: move the native token to the contract's chain
 * (or back home) over IBC, with the packet's progress until it lands.
 */
export function MovePanel({ ctx }: { ctx: StakeContext }) {
  const { net, lst, keys, names } = ctx;
  const [direction, setDirection] = useState<Direction>("deposit");
  const [amount, setAmount] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [moving, setMovingState] = useState<Moving | null>(null);
  const now = useLstClock(net.mode);

  const from = direction === "deposit" ? { key: keys.native, chainId: lst.nativeChainId, denom: lst.nativeDenom, channel: lst.nativeChannel, name: names.native } : { key: keys.protocol, chainId: lst.chainId, denom: lst.ibcDenom, channel: lst.protocolChannel, name: names.protocol };
  const to = direction === "deposit" ? { key: keys.protocol, chainId: lst.chainId, denom: lst.ibcDenom, name: names.protocol } : { key: keys.native, chainId: lst.nativeChainId, denom: lst.nativeDenom, name: names.native };
  const sender = ctx.connected ? ctx.addresses[from.chainId] : undefined;
  const receiver = ctx.connected ? ctx.addresses[to.chainId] : undefined;
  const balance = useLstBalance(net, from.key, sender, from.denom);
  const destBalance = useLstBalance(net, to.key, receiver, to.denom);
  const fee = chainConfig(from.key).feeTokens[0];
  const reserve = fee.denom === from.denom ? feeReserve(fee.minGasPrice) : 0n;
  const check = checkAmount(amount, { decimals: lst.decimals, symbol: lst.nativeSymbol, balance: balance.data, reserve });
  const error = amount.trim() === "" || check.ok ? undefined : check.message;
  // The recipient comes from the wallet; it must still be an address of the destination chain.
  const receiverCheck = receiver ? checkAddress(receiver, chainConfig(to.key).bech32Prefix) : undefined;
  const ready = ctx.connected && !!sender && !!receiver && receiverCheck?.ok === true && check.ok && !ctx.busy && now !== null;
  const fmt = (v: bigint) => `${formatAmount(v, lst.decimals)} ${lst.nativeSymbol}`;

  // A transfer between its two steps survives a reload: saved per account, arrival re-read.
  const nativeAddress = ctx.connected ? ctx.addresses[lst.nativeChainId] : undefined;
  const moveScope = nativeAddress ? { mode: net.mode, lstSymbol: lst.symbol, address: nativeAddress } : null;
  const scopeId = moveScope ? `${net.mode}:${lst.symbol}:${nativeAddress}` : null;
  const [restoredFor, setRestoredFor] = useState<string | null>(null);
  if (moveScope && scopeId !== restoredFor) {
    setRestoredFor(scopeId);
    const saved = loadMoveProgress(moveScope);
    if (saved) {
      setMovingState(saved);
      setDirection(saved.direction);
    }
  }
  const setMoving = (m: Moving | null) => {
    setMovingState(m);
    if (moveScope) saveMoveProgress(moveScope, m);
  };

  const arrived = moving && destBalance.data !== undefined && destBalance.data > moving.baseline;
  const steps: ProgressStep[] = moving
    ? [
        { id: "sent", label: `Sent from ${moving.direction === "deposit" ? names.native : names.protocol} (transaction included)`, state: "done" },
        { id: "arrived", label: `Arrived on ${moving.direction === "deposit" ? names.protocol : names.native}`, state: arrived ? "done" : "current" },
      ]
    : [];

  const confirm = () => {
    if (!check.ok || !sender || !receiver || now === null) return;
    const value = check.value;
    const baseline = destBalance.data ?? 0n;
    setConfirming(false);
    ctx.send(
      "move",
      {
        net,
        chain: from.key,
        msgs: [transferMsg({ sourceChannel: from.channel, denom: from.denom, amount: value, sender, receiver, nowMs: now })],
        label: `Move ${fmt(value)} to ${to.name}`,
      },
      () => {
        setAmount("");
        setMoving({ direction, amount: value, baseline });
      },
    );
  };
  const failure = ctx.failure?.action === "move" ? ctx.failure.error : null;

  return (
    <form
      className="space-y-5"
      aria-label={`Move ${lst.nativeSymbol} between chains`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) setConfirming(true);
      }}
    >
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        Prefer two steps? Move {lst.nativeSymbol} to {names.protocol} first and stake it there, or bring it back to{" "}
        {names.native}. The relayer carries the transfer in a few seconds; a stalled transfer is refunded after ten minutes.
      </p>
      <ChoiceGroup
        legend="Direction"
        name="move-direction"
        value={direction}
        onChange={(v) => {
          setDirection(v);
          setAmount("");
        }}
        choices={[
          { value: "deposit", label: `${names.native} → ${names.protocol}`, description: `Deposit ${lst.nativeSymbol} where the ${lst.symbol} contract lives.` },
          { value: "withdraw", label: `${names.protocol} → ${names.native}`, description: `Send ${lst.nativeSymbol} back to its home chain.` },
        ]}
      />
      <AmountField
        id="move-amount"
        label={`Amount to move (${lst.nativeSymbol})`}
        symbol={lst.nativeSymbol}
        value={amount}
        onChange={setAmount}
        onMax={balance.data !== undefined ? () => setAmount(formatForInput(maxAmount(balance.data!, reserve), lst.decimals)) : undefined}
        maxDisabled={balance.data === undefined}
        balance={!sender ? undefined : balance.data !== undefined ? `Balance on ${from.name}: ${fmt(balance.data)}` : "Balance: loading…"}
        error={error}
      />
      <div className="space-y-2">
        <Button type="submit" className="w-full sm:w-auto" disabled={!ready} pending={ctx.pending === "move"} pendingLabel="Waiting for inclusion">
          {!ctx.connected ? "Connect a wallet to move tokens" : `Move to ${to.name}`}
        </Button>
        {receiverCheck && !receiverCheck.ok ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            Recipient on {to.name}: {receiverCheck.message}
          </p>
        ) : null}
        {failure ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {failure.title}: {failure.detail}
          </p>
        ) : null}
      </div>
      {moving ? (
        <IbcProgress
          title="Transfer progress"
          steps={steps}
          announcement={arrived ? `Done: ${fmt(moving.amount)} arrived.` : `${fmt(moving.amount)} is on its way.`}
          onDismiss={() => setMoving(null)}
        />
      ) : null}
      <ConfirmDialog
        open={confirming}
        title="Confirm transfer"
        description="An IBC transfer: the relayer delivers it to the other chain."
        confirmLabel="Confirm transfer"
        confirmDisabled={!ready}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        networkFee={networkFeeText(from.key)}
      >
        {check.ok ? (
          <FactList
            idPrefix="move-confirm"
            facts={[
              { id: "amount", label: "You send", value: fmt(check.value), strong: true },
              { id: "from", label: "From", value: `${from.name} (${from.chainId})` },
              { id: "to", label: "To", value: `${to.name} (${to.chainId})` },
              { id: "receiver", label: "Recipient", value: receiver ?? "", breakAll: true },
              { id: "chain", label: "Signed for chain", value: from.chainId },
              { id: "channel", label: "Channel", value: from.channel },
            ]}
          />
        ) : null}
      </ConfirmDialog>
    </form>
  );
}
