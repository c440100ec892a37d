/** The primary navigation, in order. Shared by the header bar and the mobile menu. */
export interface NavItem {
  href: "/" | "/stake" | "/liquidity" | "/restake" | "/governance" | "/rewards" | "/portfolio";
  label: string;
}

export const NAV_ITEMS: ReadonlyArray<NavItem> = [
  { href: "/", label: "Dashboard" },
  { href: "/stake", label: "Stake" },
  { href: "/liquidity", label: "Liquidity" },
  { href: "/restake", label: "Restake" },
  { href: "/governance", label: "Governance" },
  { href: "/rewards", label: "Rewards" },
  { href: "/portfolio", label: "Portfolio" },
];

/** Pages reached through an item's secondary nav, where that item stays current (History sits under Portfolio). */
const ALSO_CURRENT: Partial<Record<NavItem["href"], ReadonlyArray<string>>> = { "/portfolio": ["/history"] };

/** A nav item is current on its own path and on any path below it (the dashboard only on "/"). */
export function isCurrent(href: NavItem["href"], pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return [href, ...(ALSO_CURRENT[href] ?? [])].some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
