"use client";

import { useEffect, useRef, useState } from "react";
import { useStore } from "zustand";
import { cn } from "@/components/ui/class-names";
import { Spinner } from "@/components/ui/spinner";
import { toastStore, type Toast, type ToastTone } from "@/lib/stores/toast-store";

/** Success toasts leave by themselves; errors and busy ones stay until closed or replaced. */
const SUCCESS_DISMISS_MS = 8_000;

const tones: Record<ToastTone, string> = {
  info: "border-milk-300 bg-white dark:border-milk-700 dark:bg-slate-900",
  success: "border-emerald-300 bg-emerald-50 dark:border-emerald-800 dark:bg-emerald-950",
  error: "border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950",
};

const titleTones: Record<ToastTone, string> = {
  info: "text-slate-900 dark:text-slate-100",
  success: "text-emerald-900 dark:text-emerald-100",
  error: "text-red-900 dark:text-red-100",
};

/**
 * The one place toasts are drawn (mounted once in the root layout). The live region exists
 * from the first render, empty, because screen readers only announce changes to a region
 * they already know; each toast's phases replace its text in place and are read politely.
 * Placed just under the sticky header (top-right on wide screens, full width on phones), never
 * along the bottom: forms put their primary button and the confirmation last, and on a phone a
 * bottom toast covered exactly the button that had just been pressed. A long stack scrolls
 * within half the screen instead of growing over the page. Each toast closes with its button or
 * Escape, and "Dismiss all" clears a pile at once.
 */
export function Toaster() {
  const toasts = useStore(toastStore, (s) => s.toasts);
  const dismiss = useStore(toastStore, (s) => s.dismiss);
  return (
    <div
      role="region"
      aria-label="Notifications"
      className="pointer-events-none fixed inset-x-0 top-16 z-50 flex max-h-[50vh] flex-col gap-2 overflow-y-auto p-3 sm:inset-x-auto sm:top-20 sm:right-4 sm:max-h-[calc(100vh-6rem)] sm:w-96 sm:p-0"
    >
      <ol aria-live="polite" aria-relevant="additions text" className="flex flex-col gap-2">
        {toasts.map((t) => (
          <ToastItem key={t.id} toast={t} onDismiss={() => dismiss(t.id)} />
        ))}
      </ol>
      {toasts.length > 1 ? (
        <button
          type="button"
          onClick={() => toasts.forEach((t) => dismiss(t.id))}
          className="pointer-events-auto self-end rounded-md bg-white/90 px-2 py-1 text-xs font-medium text-slate-600 shadow ring-1 ring-slate-200 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-milk-500 dark:bg-slate-900/90 dark:text-slate-300 dark:ring-slate-700 dark:hover:text-white"
        >
          Dismiss all notifications
        </button>
      ) : null}
    </div>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: () => void }) {
  // Paused while the pointer or focus is on the toast, so it cannot vanish mid-read (WCAG 2.2.1).
  const [held, setHeld] = useState(false);
  const dismissRef = useRef(onDismiss);
  useEffect(() => {
    dismissRef.current = onDismiss;
  });

  const autoDismiss = toast.tone === "success" && !toast.busy;
  useEffect(() => {
    if (!autoDismiss || held) return;
    const timer = setTimeout(() => dismissRef.current(), SUCCESS_DISMISS_MS);
    return () => clearTimeout(timer);
    // Restart the timer whenever the toast's content changes (a new phase is new news).
  }, [autoDismiss, held, toast.title, toast.detail, toast.meta]);

  return (
    <li
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onDismiss();
        }
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld(false);
      }}
      className={cn("pointer-events-auto flex items-start gap-3 rounded-xl border p-3 shadow-lg", tones[toast.tone])}
    >
      <span className="mt-0.5 shrink-0" aria-hidden="true">
        {toast.busy ? <Spinner className="text-milk-600 dark:text-milk-300" /> : <ToneIcon tone={toast.tone} />}
      </span>
      <div className="min-w-0 flex-1">
        <p className={cn("text-sm font-medium break-words", titleTones[toast.tone])}>
          {toast.tone === "error" ? <span className="sr-only">Error: </span> : null}
          {toast.title}
        </p>
        {toast.detail ? <p className="mt-0.5 text-sm break-words text-slate-700 dark:text-slate-300">{toast.detail}</p> : null}
        {toast.meta ? <p className="mt-1 font-mono text-xs text-slate-500 dark:text-slate-400">{toast.meta}</p> : null}
        {toast.href ? (
          <a href={toast.href} target="_blank" rel="noopener noreferrer" className="pointer-events-auto mt-1 inline-block text-xs font-medium text-milk-700 underline underline-offset-2 dark:text-milk-300">
            View on explorer<span className="sr-only"> (opens a new tab)</span>
          </a>
        ) : null}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        className="-m-1 inline-flex size-7 shrink-0 items-center justify-center rounded-md text-slate-500 hover:bg-slate-900/5 focus-visible:outline-2 focus-visible:outline-milk-500 dark:text-slate-400 dark:hover:bg-white/10"
      >
        <span className="sr-only">Dismiss notification: {toast.title}</span>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-4" fill="none">
          <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </li>
  );
}

function ToneIcon({ tone }: { tone: ToastTone }) {
  if (tone === "success") {
    return (
      <svg viewBox="0 0 20 20" className="size-4 text-emerald-600 dark:text-emerald-400" fill="none">
        <path d="M4 10.5l4 4 8-9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    );
  }
  if (tone === "error") {
    return (
      <svg viewBox="0 0 20 20" className="size-4 text-red-600 dark:text-red-400" fill="none">
        <circle cx="10" cy="10" r="8" stroke="currentColor" strokeWidth="2" />
        <path d="M10 6v5M10 14v.01" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    );
  }
  return (
    <svg viewBox="0 0 20 20" className="size-4 text-milk-600 dark:text-milk-300" fill="none">
      <circle cx="10" cy="10" r="8" stroke="currentColor" strokeWidth="2" />
      <path d="M10 9v5M10 6v.01" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
