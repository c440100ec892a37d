"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FactList } from "./fact-list";

type ConfirmDialogProps = {
  open: boolean;
  title: string;
  /** One sentence above the details, e.g. what happens after confirming. */
  description?: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  confirmDisabled?: boolean;
  /**
   * The network fee, e.g. "≈ 0.0075 TIA" (lib/tx/fee-estimate.ts), shown under the details:
   * with the demo wallet this dialog is the only confirmation before signing.
   */
  networkFee?: string;
};

/**
 * A modal confirmation on the native <dialog>: showModal() makes the page inert, traps focus,
 * closes on Escape and gives focus back to the opener, with no focus-trap code of our own.
 */
export function ConfirmDialog({ open, title, description, children, confirmLabel, onConfirm, onClose, confirmDisabled, networkFee }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      onClose={onClose}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {open ? (
        <div className="p-5">
          <h2 id={titleId} className="text-lg font-semibold tracking-tight">
            {title}
          </h2>
          {description ? (
            <p id={descId} className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-300">
              {description}
            </p>
          ) : null}
          <div className="mt-4">{children}</div>
          {networkFee ? (
            <FactList idPrefix={`${titleId}-fee`} className="mt-2" facts={[{ id: "network-fee", label: "Network fee (estimate)", value: networkFee }]} />
          ) : null}
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" onClick={onClose}>
              Cancel
            </Button>
            <Button autoFocus onClick={onConfirm} disabled={confirmDisabled}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
