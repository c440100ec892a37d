import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { cn } from "./class-names";
import { Spinner } from "./spinner";
import { VisuallyHidden } from "./visually-hidden";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "danger";
export type ButtonSize = "sm" | "md" | "icon";

export interface ButtonProps extends ComponentPropsWithoutRef<"button"> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /**
   * The action is under way (e.g. a transaction is signing or awaiting inclusion): shows a
   * spinner, sets `aria-busy` and disables the button so a second click cannot race the first.
   */
  pending?: boolean;
  /** Screen-reader text announced with the label while pending, e.g. "Waiting for inclusion". */
  pendingLabel?: ReactNode;
}

const base =
  "inline-flex items-center justify-center gap-2 rounded-lg font-medium transition-colors select-none " +
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 " +
  "disabled:cursor-not-allowed disabled:opacity-60";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-milk-600 text-white hover:bg-milk-700 disabled:hover:bg-milk-600",
  secondary:
    "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 " +
    "dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800",
  ghost: "text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800",
  danger: "bg-red-600 text-white hover:bg-red-700 disabled:hover:bg-red-600",
};

const sizes: Record<ButtonSize, string> = {
  sm: "h-8 px-3 text-sm",
  md: "h-10 px-4 text-sm",
  icon: "size-9",
};

/** A button. Presentational: props in, `onClick` out. Defaults to `type="button"`. */
export function Button({
  variant = "primary",
  size = "md",
  pending = false,
  pendingLabel,
  disabled,
  className,
  children,
  type = "button",
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={cn(base, variants[variant], sizes[size], className)}
      {...rest}
    >
      {pending ? <Spinner /> : null}
      {children}
      {pending && pendingLabel ? <VisuallyHidden>{pendingLabel}</VisuallyHidden> : null}
    </button>
  );
}
