"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "./modal-dialog";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in full; read when the dialog opens. */
  children: ReactNode;
  confirmLabel: string;
  /** "danger" for anything that cannot be undone. */
  tone?: "primary" | "danger";
  pending?: boolean;
  /** An error from the last attempt, shown above the buttons. */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action that loses something. Focus starts on Cancel, so pressing Enter right
 * after opening never confirms by accident.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, tone = "primary", pending, error, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <ModalDialog
      open={open}
      onClose={() => {
        if (!pending) onCancel();
      }}
      title={title}
      description={children}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={pending} data-autofocus>
            Cancel
          </Button>
          <Button variant={tone === "danger" ? "danger" : "primary"} onClick={onConfirm} pending={pending}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
    </ModalDialog>
  );
}
