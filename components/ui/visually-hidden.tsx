import type { ComponentPropsWithoutRef } from "react";
import { cn } from "./class-names";

type VisuallyHiddenProps = ComponentPropsWithoutRef<"span">;

/** Text for assistive technology only: read by screen readers, not drawn on screen. */
export function VisuallyHidden({ className, ...rest }: VisuallyHiddenProps) {
  return <span className={cn("sr-only", className)} {...rest} />;
}
