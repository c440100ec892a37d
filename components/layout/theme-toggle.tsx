"use client";

import { useSyncExternalStore } from "react";
import { cn } from "@/components/ui/class-names";
import { THEME_STORAGE_KEY, type Theme } from "./theme";

const DARK_QUERY = "(prefers-color-scheme: dark)";

function savedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === "dark" || value === "light" ? value : null;
  } catch {
    return null;
  }
}

/** The <html> class is the single source of truth (the inline script sets it before paint). */
function subscribe(onChange: () => void): () => void {
  const root = document.documentElement;
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ["class"] });
  // With no saved choice, follow the system setting as it changes.
  const media = window.matchMedia(DARK_QUERY);
  const onSystemChange = () => {
    if (savedTheme() === null) root.classList.toggle("dark", media.matches);
  };
  media.addEventListener("change", onSystemChange);
  // Another tab changed the choice.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const theme = savedTheme();
    root.classList.toggle("dark", theme === null ? media.matches : theme === "dark");
  };
  window.addEventListener("storage", onStorage);
  return () => {
    observer.disconnect();
    media.removeEventListener("change", onSystemChange);
    window.removeEventListener("storage", onStorage);
  };
}

const isDarkNow = () => document.documentElement.classList.contains("dark");
// The server cannot know; the button renders "not pressed" until hydration reads the class.
const isDarkOnServer = () => false;

/** A toggle button (aria-pressed) for dark mode; the choice is saved to localStorage. */
export function ThemeToggle({ className }: { className?: string }) {
  const dark = useSyncExternalStore(subscribe, isDarkNow, isDarkOnServer);

  const toggle = () => {
    const next = !isDarkNow();
    document.documentElement.classList.toggle("dark", next);
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next ? "dark" : "light");
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  };

  return (
    <button
      type="button"
      aria-pressed={dark}
      onClick={toggle}
      title={dark ? "Switch to the light theme" : "Switch to the dark theme"}
      className={cn(
        "inline-flex size-9 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-200/70",
        "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500",
        "dark:text-slate-200 dark:hover:bg-slate-800",
        className,
      )}
    >
      <span className="sr-only">Dark mode</span>
      {/* Both icons are in the HTML; CSS picks one, so the right icon shows before hydration. */}
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-5 dark:hidden" fill="none">
        <path
          d="M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5Z"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinejoin="round"
        />
      </svg>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="hidden size-5 dark:block" fill="none">
        <circle cx="12" cy="12" r="4" stroke="currentColor" strokeWidth="2" />
        <path
          d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
