import type { ComponentPropsWithoutRef, HTMLAttributes, ReactNode } from "react";
import { cn } from "./class-names";

type CardProps = HTMLAttributes<HTMLElement> & {
  /** Render as a landmark-friendly element, e.g. "section" or "article". */
  as?: "div" | "section" | "article" | "aside" | "li";
};

/** A bordered surface that groups related content. */
export function Card({ as = "div", className, ...rest }: CardProps) {
  // Typed as "div" for JSX only; every option takes the same global HTML attributes.
  const Tag = as as "div";
  return (
    <Tag
      className={cn(
        "rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900",
        className,
      )}
      {...rest}
    />
  );
}

type CardTitleProps = {
  /** Heading level, so the card fits the page's outline. */
  level?: 2 | 3 | 4;
  id?: string;
  className?: string;
  children: ReactNode;
};

export function CardTitle({ level = 2, id, className, children }: CardTitleProps) {
  const Tag = `h${level}` as "h2";
  return (
    <Tag id={id} className={cn("text-base font-semibold tracking-tight", className)}>
      {children}
    </Tag>
  );
}

export function CardText({ className, ...rest }: ComponentPropsWithoutRef<"p">) {
  return <p className={cn("mt-2 text-sm leading-6 text-slate-600 dark:text-slate-300", className)} {...rest} />;
}
