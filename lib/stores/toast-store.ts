/** One toast per transaction, keyed by a stable id so each phase replaces the previous text. */
import { createStore } from "zustand/vanilla";

export type ToastTone = "info" | "success" | "error";

export interface Toast {
  id: string;
  tone: ToastTone;
  title: string;
  detail?: string;
  /** Where the transaction is: its block and short hash. */
  meta?: string;
  /** Live mode: the transaction on a public explorer. */
  href?: string;
  busy?: boolean;
}

export interface ToastState {
  toasts: Toast[];
  show: (t: Toast) => void;
  dismiss: (id: string) => void;
}

export const toastStore = createStore<ToastState>()((set) => ({
  toasts: [],
  show: (t) => set((s) => ({ toasts: [...s.toasts.filter((x) => x.id !== t.id), t] })),
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((x) => x.id !== id) })),
}));
