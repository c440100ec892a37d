import Link from "next/link";
import { cn } from "@/components/ui/class-names";

export interface SubNavItem {
  href: string;
  label: string;
}

/**
 * A small secondary nav for pages that belong together (Rewards | Yield, Portfolio | History),
 * so the main nav stays short. Server-rendered; the page says which item is current.
 */
export function SubNav({ label, items, current }: { label: string; items: ReadonlyArray<SubNavItem>; current: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 rounded-lg bg-slate-100 p-1 text-sm dark:bg-slate-800">
        {items.map((i) => {
          const active = i.href === current;
          return (
            <li key={i.href}>
              <Link
                href={i.href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex h-9 items-center rounded-md px-4 font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500",
                  active
                    ? "bg-white text-slate-900 shadow-sm dark:bg-slate-950 dark:text-slate-100"
                    : "text-slate-600 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white",
                )}
              >
                {i.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export const REWARDS_NAV: ReadonlyArray<SubNavItem> = [
  { href: "/rewards", label: "Rewards" },
  { href: "/rewards/yield", label: "Yield" },
];

export const PORTFOLIO_NAV: ReadonlyArray<SubNavItem> = [
  { href: "/portfolio", label: "Positions" },
  { href: "/history", label: "History" },
];
