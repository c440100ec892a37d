import Link from "next/link";
import { Logo } from "./logo";
import { MobileNav } from "./mobile-nav";
import { NavLinks } from "./nav-links";
import { NetworkBadge } from "./network-badge";
import { ThemeToggle } from "./theme-toggle";
import { WalletSlot } from "./wallet-slot";

/**
 * The header, rendered on the server. The interactive islands are small client components:
 * the nav links (for aria-current), the mobile menu, the theme toggle, the network badge and
 * the wallet slot.
 */
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/90 backdrop-blur supports-[backdrop-filter]:bg-white/75 dark:border-slate-800 dark:bg-slate-950/90 dark:supports-[backdrop-filter]:bg-slate-950/75">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:gap-3">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 rounded-lg focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500"
        >
          <Logo className="size-8" />
          <span className="text-lg font-semibold tracking-tight max-sm:sr-only">MilkyWay</span>
        </Link>
        <nav aria-label="Main" className="ml-4 hidden lg:block">
          <NavLinks layout="bar" />
        </nav>
        <div className="ml-auto flex items-center gap-1.5 sm:gap-2">
          <NetworkBadge />
          <ThemeToggle />
          <WalletSlot />
          <MobileNav />
        </div>
      </div>
    </header>
  );
}
