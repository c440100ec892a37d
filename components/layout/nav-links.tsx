"use client";

// Client only because a persistent layout never learns the pathname on the server after the
// first request; `usePathname` keeps `aria-current` right across client-side navigations.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/class-names";
import { NAV_ITEMS, isCurrent } from "./nav-items";

type NavLinksProps = {
  /** "bar": the horizontal header nav; "stack": the mobile menu's vertical list. */
  layout: "bar" | "stack";
  /** Called when a link is followed, e.g. so the mobile menu can close. */
  onNavigate?: () => void;
};

export function NavLinks({ layout, onNavigate }: NavLinksProps) {
  const pathname = usePathname() ?? "/";
  return (
    <ul className={layout === "bar" ? "flex items-center gap-1" : "flex flex-col gap-1"}>
      {NAV_ITEMS.map((item) => {
        const current = isCurrent(item.href, pathname);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              // The routes render per request (the CSP nonce), and without a loading boundary the
              // default prefetch stops at the shared layout: a click then waited for the server.
              // Their full payload is small (headings, text, skeletons); fetch it ahead.
              prefetch
              aria-current={current ? "page" : undefined}
              onClick={onNavigate}
              className={cn(
                "block rounded-lg font-medium transition-colors",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500",
                layout === "bar" ? "px-3 py-2 text-sm" : "px-3 py-3 text-base",
                current
                  ? "bg-milk-100 text-milk-700 dark:bg-milk-900 dark:text-milk-100"
                  : "text-slate-700 hover:bg-slate-200/70 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white",
              )}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
