"use client";

import { useState, type ReactNode } from "react";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { ConfirmDialog } from "@/components/stake/confirm-dialog";
import { FactList, type Fact } from "@/components/stake/fact-list";
import { Button, type ButtonProps } from "@/components/ui/button";
import { networkFeeText } from "@/lib/tx/fee-estimate";
import type { WayCardAction, WayCardContext } from "./way-card-context";
import { WayCardFailure } from "./way-card-failure";

/** The chain-id and contract every Way Card confirmation ends with. */
export function chainFacts(ctx: WayCardContext): Fact[] {
  return [
    { id: "chain", label: "Signed for chain", value: ctx.chainId },
    { id: "contract", label: "Contract", value: ctx.contract, breakAll: true },
  ];
}

/**
 * One panel's confirm → send → done message: `ask` opens the confirmation, `send` closes it and
 * broadcasts, and on inclusion runs `onSuccess` and shows `doneMessage` in the panel's live line.
 */
export function useCardAction(ctx: WayCardContext) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  return {
    confirming,
    done,
    ask: () => setConfirming(true),
    cancel: () => setConfirming(false),
    clearDone: () => setDone(null),
    send: (action: WayCardAction, msgs: EncodeObject[], label: string, doneMessage?: string, onSuccess?: () => void) => {
      setConfirming(false);
      ctx.send(action, msgs, label, () => {
        onSuccess?.();
        if (doneMessage !== undefined) setDone(doneMessage);
      });
    },
  };
}

type WayCardSubmitProps = Omit<ButtonProps, "pending" | "pendingLabel"> & {
  ctx: WayCardContext;
  /** The action whose transaction shows this button as pending. */
  action: WayCardAction;
  /** The actions whose refusal shows under the button (default: `action`). */
  failureFor?: WayCardAction | ReadonlyArray<WayCardAction>;
  done: string | null;
};

/** A panel's action button, then its success line (announced) and the chain's refusal. */
export function WayCardSubmit({ ctx, action, failureFor, done, children, ...button }: WayCardSubmitProps) {
  return (
    <>
      <Button {...button} pending={ctx.pending === action} pendingLabel="Waiting for inclusion">
        {children}
      </Button>
      <div aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
        {done}
      </div>
      <WayCardFailure ctx={ctx} action={failureFor ?? action} />
    </>
  );
}

type WayCardConfirmProps = {
  open: boolean;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  confirmDisabled: boolean;
  onClose: () => void;
  onConfirm: () => void;
  idPrefix: string;
  /** The exact amounts; null while they cannot be worked out (the list is then left out). */
  facts: Fact[] | null;
};

/** A Way Card confirmation: the exact effect, the MilkyWay network fee, then the wallet. */
export function WayCardConfirm({ open, title, description = "Check the details; your wallet asks you to sign next.", confirmLabel, confirmDisabled, onClose, onConfirm, idPrefix, facts }: WayCardConfirmProps) {
  return (
    <ConfirmDialog
      open={open}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      confirmDisabled={confirmDisabled}
      onClose={onClose}
      networkFee={networkFeeText("milkyway")}
      onConfirm={onConfirm}
    >
      {facts ? <FactList idPrefix={idPrefix} facts={facts} /> : null}
    </ConfirmDialog>
  );
}
