"use client";

import { useEffect, useId, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { cn } from "@/components/ui/class-names";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalDialogProps {
  open: boolean;
  /** Escape, the close button and a click on the backdrop all call this; the caller owns `open`. */
  onClose: () => void;
  title: ReactNode;
  /** Read with the title when the dialog opens (aria-describedby). */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons at the bottom, right-aligned on wide screens, stacked on phones. */
  footer?: ReactNode;
  /** Where focus goes when the dialog closes, if not back to whatever had it before. */
  returnFocus?: () => HTMLElement | null | undefined;
  className?: string;
}

/**
 * A modal dialog on the native <dialog> element: `showModal()` makes the page behind it inert
 * and draws the backdrop; on top of that, Tab and Shift+Tab wrap inside the dialog (so focus
 * never escapes to the browser's own controls), Escape closes through `onClose`, and focus
 * goes back to the control that opened it. The first element with `data-autofocus` (or else
 * the first focusable one) receives focus on open.
 *
 * Lives under components/wallet because that is where it was first needed; it belongs in
 * components/ui once that folder is open for changes (components/sim reuses it).
 */
function restoreFocus(target: HTMLElement | null | undefined) {
  // The opener may have been replaced (e.g. "Connect wallet" became the address button).
  if (target && target.isConnected) requestAnimationFrame(() => target.focus());
}

export function ModalDialog({ open, onClose, title, description, children, footer, returnFocus, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const returnFocusRef = useRef(returnFocus);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    returnFocusRef.current = returnFocus;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>("[data-autofocus]") ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      restoreFocus(returnFocusRef.current?.() ?? opener.current);
    }
  }, [open]);

  // Closing by unmounting (e.g. a route change) must not strand focus on <body>.
  useEffect(() => {
    const dialog = ref.current;
    const openerRef = opener;
    return () => {
      if (dialog?.open) restoreFocus(openerRef.current);
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Tab") return;
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    const active = document.activeElement;
    if (event.shiftKey && (active === first || !ref.current?.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !ref.current?.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  function onBackdropClick(event: MouseEvent<HTMLDialogElement>) {
    // Clicks on the ::backdrop land on the <dialog> itself; clicks on content land on children.
    if (event.target === ref.current) onClose();
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        // Keep React in charge of `open`: the native Escape close would desynchronise it.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onClick={onBackdropClick}
      className={cn(
        "m-auto w-[calc(100%-1.5rem)] max-w-lg rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-xl",
        "backdrop:bg-slate-950/50 backdrop:backdrop-blur-sm dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100",
        className,
      )}
    >
      {/* Rendered only while open so hidden content (e.g. a recovery phrase) never sits in the DOM. */}
      {open ? (
        <div className="max-h-[85vh] overflow-y-auto p-5">
          <div className="flex items-start gap-3">
            <h2 id={titleId} className="flex-1 text-lg font-semibold tracking-tight">
              {title}
            </h2>
            <button
              type="button"
              onClick={onClose}
              className="-mt-1 -mr-1 inline-flex size-8 shrink-0 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              <span className="sr-only">Close</span>
              <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-4" fill="none">
                <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          {description ? (
            <div id={descriptionId} className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-300">
              {description}
            </div>
          ) : null}
          {children ? <div className="mt-4">{children}</div> : null}
          {footer ? <div className="mt-5 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">{footer}</div> : null}
        </div>
      ) : null}
    </dialog>
  );
}
