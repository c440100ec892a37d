"use client";

import { Button } from "@/components/ui/button";
import { ModalDialog } from "./modal-dialog";

export interface RecoveryPhraseDialogProps {
  open: boolean;
  /** Null until the user has confirmed the warning; then the words to show. */
  phrase: string | null;
  /** Set when the phrase could not be read (e.g. the keys were deleted in another tab). */
  error?: string | null;
  onReveal: () => void;
  onClose: () => void;
}

/**
 * Export the demo wallet's recovery phrase, behind a warning first. The phrase is rendered
 * only after "Show", and only while the dialog is open.
 */
export function RecoveryPhraseDialog({ open, phrase, error, onReveal, onClose }: RecoveryPhraseDialogProps) {
  const words = phrase ? phrase.split(/\s+/) : [];
  return (
    <ModalDialog
      open={open}
      onClose={onClose}
      title="Export recovery phrase"
      description={
        <>
          <strong className="font-medium text-red-700 dark:text-red-300">Anyone who sees these words controls this demo wallet.</strong>{" "}
          They are test keys kept unencrypted in this browser for the simulator. Never send real funds to them, and never
          use them as the phrase of a real wallet.
        </>
      }
      footer={
        phrase ? (
          <Button variant="secondary" onClick={onClose} data-autofocus>
            Done
          </Button>
        ) : (
          <>
            <Button variant="secondary" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button variant="danger" onClick={onReveal}>
              Show recovery phrase
            </Button>
          </>
        )
      }
    >
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      ) : null}
      {phrase ? (
        <ol aria-label="Recovery phrase, in order" className="grid grid-cols-2 gap-2 font-mono text-sm sm:grid-cols-3">
          {words.map((word, i) => (
            <li key={i} className="flex gap-2 rounded-md bg-slate-100 px-2 py-1 dark:bg-slate-800">
              <span aria-hidden="true" className="w-5 text-right text-slate-500 tabular-nums dark:text-slate-400">
                {i + 1}
              </span>
              <span>{word}</span>
            </li>
          ))}
        </ol>
      ) : null}
    </ModalDialog>
  );
}
