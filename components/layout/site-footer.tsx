import Link from "next/link";

/** The footer: where the product stands, what the simulator is, and the sources (as plain text). */
export function SiteFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-400">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-[2fr_1fr]">
        <div className="space-y-3 leading-6">
          <p>
            <strong className="font-semibold text-slate-900 dark:text-slate-100">MilkyWay is winding down.</strong>{" "}
            Since January 2026 the team has been returning principal and closing the protocol. In live mode,
            contracts may be stopped, transactions may fail, and the figures the chains report are historical.
          </p>
          <p>
            Simulator mode is a bundled model of the protocol: it runs in your browser with its own chain-ids, holds
            no real funds and sends nothing to any network. Its numbers illustrate how the protocol works; they are
            not market data.
          </p>
          <p>
            Sources: the MilkyWay documentation at docs.milkyway.zone and the milkyway-labs repositories on GitHub
            (named here as text; this app loads nothing from them).
          </p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-2">
            <li>
              <Link
                href="/settings"
                className="rounded underline-offset-4 hover:text-slate-900 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-milk-500 dark:hover:text-white"
              >
                Settings: network and RPC endpoints
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
