/** The first focusable element on every page: jumps past the header to <main id="main">. */
export function SkipLink() {
  return (
    <a
      href="#main"
      className="fixed top-3 left-3 z-50 -translate-y-[200%] rounded-lg bg-white px-4 py-2 text-sm font-medium text-milk-700 shadow-lg ring-1 ring-slate-300 focus:translate-y-0 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:bg-slate-900 dark:text-milk-100 dark:ring-slate-700"
    >
      Skip to content
    </a>
  );
}
