import Link from "next/link";

// Rendered inside the root layout (header and footer included) with HTTP status 404.
export default function NotFound() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-16">
      <p className="text-sm font-semibold text-milk-600 dark:text-milk-400">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-3 max-w-2xl text-base leading-7 text-slate-600 dark:text-slate-300">
        There is no page at this address. It may have moved, or the link may be mistyped. Everything the app does
        starts from the dashboard.
      </p>
      <Link
        href="/"
        className="mt-6 inline-flex h-10 items-center rounded-lg bg-milk-600 px-4 text-sm font-medium text-white hover:bg-milk-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500"
      >
        Go to the dashboard
      </Link>
    </div>
  );
}
