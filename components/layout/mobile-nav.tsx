"use client";

import { useEffect, useRef, useState } from "react";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/class-names";
import { NavLinks } from "./nav-links";

const PANEL_ID = "mobile-nav-panel";

/**
 * The primary navigation below the `lg` breakpoint: a disclosure button (aria-expanded)
 * that shows the links in a panel under the header. Escape or a click outside closes it;
 * following a link (or any route change) closes it too.
 */
export function MobileNav() {
  const pathname = usePathname() ?? "/";
  // Open "at" a path: a navigation of any kind (link, back button) closes the menu without
  // an effect, because the stored path no longer matches.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const active = document.activeElement;
      const focusWasInside = active === buttonRef.current || (active && panelRef.current?.contains(active));
      setOpenAt(null);
      if (focusWasInside) buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node | null;
      if (!target) return;
      if (panelRef.current?.contains(target) || buttonRef.current?.contains(target)) return;
      setOpenAt(null);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        onClick={() => setOpenAt(open ? null : pathname)}
        className={cn(
          "inline-flex size-9 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-200/70 lg:hidden",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500",
          "dark:text-slate-200 dark:hover:bg-slate-800",
        )}
      >
        <span className="sr-only">Menu</span>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-5" fill="none">
          {open ? (
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          ) : (
            <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
      </button>
      <div
        ref={panelRef}
        id={PANEL_ID}
        hidden={!open}
        className="absolute inset-x-0 top-full border-b border-slate-200 bg-white px-4 py-3 shadow-lg lg:hidden dark:border-slate-800 dark:bg-slate-950"
      >
        <nav aria-label="Main">
          <NavLinks layout="stack" onNavigate={() => setOpenAt(null)} />
        </nav>
      </div>
    </>
  );
}
