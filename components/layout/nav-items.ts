/** The primary navigation, in order. Shared by the header bar and the mobile menu. */
export interface NavItem {
  href: "/" | "/stake" | "/restake" | "/governance" | "/rewards";
  label: string;
}

export const NAV_ITEMS: ReadonlyArray<NavItem> = [
  { href: "/", label: "Dashboard" },
  { href: "/stake", label: "Stake" },
  { href: "/restake", label: "Restake" },
  { href: "/governance", label: "Governance" },
  { href: "/rewards", label: "Rewards" },
];

/** A nav item is current on its own path and on any path below it (the dashboard only on "/"). */
export function isCurrent(href: NavItem["href"], pathname: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}
