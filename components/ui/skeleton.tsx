import type { ReactNode } from "react";
import { Card } from "./card";
import { cn } from "./class-names";
import { VisuallyHidden } from "./visually-hidden";

/** One grey placeholder shape (a block-level span, so it may sit in phrasing content). Decorative. */
export function Skeleton({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn("block rounded-md bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800", className)}
    />
  );
}

type SkeletonRegionProps = {
  /** What is loading, read to screen readers, e.g. "Loading the stake form". */
  label: string;
  className?: string;
  children: ReactNode;
};

/**
 * A region whose content has not arrived yet: `aria-busy` tells assistive technology to wait,
 * the label says what is coming. The client screen replaces the whole region when it mounts.
 */
export function SkeletonRegion({ label, className, children }: SkeletonRegionProps) {
  return (
    <div aria-busy="true" className={className}>
      <VisuallyHidden>{label}</VisuallyHidden>
      {children}
    </div>
  );
}

/**
 * The placeholder for a card of text rows (a table, a list of facts): an optional heading bar,
 * two full lines and a shorter last one. Shared by the route skeletons so they keep one shape.
 */
export function SkeletonLines({ heading = false }: { heading?: boolean }) {
  return (
    <Card className="space-y-3">
      {heading ? <Skeleton className="h-5 w-48" /> : null}
      <Skeleton className="h-5 w-full" />
      <Skeleton className="h-5 w-full" />
      <Skeleton className="h-5 w-2/3" />
    </Card>
  );
}
