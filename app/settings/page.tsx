import type { Metadata } from "next";
import { Card, CardText, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/layout/page-header";
import { SettingsIsland } from "./_components/settings-island";

export const metadata: Metadata = {
  title: "Settings",
  description: "Choose between the bundled simulator and live networks, and set the RPC endpoints and chain-ids.",
};

// Server shell; the settings form (reading and writing lib/stores/network-store) and the
// simulator controls live in app/settings/_components/, a client island with a skeleton until loaded.

export default function SettingsPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-10 px-4 py-10">
      <PageHeader
        title="Settings"
        lead="Choose where the app reads data from and sends transactions to. Your choices are saved in this browser only."
      />

      {/* The island's loaded height, reserved so the content below does not jump when it arrives (CLS). */}
      <section aria-labelledby="settings-form-heading" className="min-h-[3250px] lg:min-h-[1360px]">
        <h2 id="settings-form-heading" className="sr-only">
          Network settings
        </h2>
        <SettingsIsland />
      </section>

      <section aria-label="About the settings" className="grid gap-4 lg:grid-cols-3">
        <Card>
          <CardTitle>Network mode</CardTitle>
          <CardText>
            <strong className="font-medium text-slate-900 dark:text-slate-100">Simulator</strong> (the default)
            runs a model of Celestia, Osmosis, MilkyWay, Babylon and Initia inside your browser. Its chains have
            their own chain-ids ending in &ldquo;-sim-1&rdquo;, so nothing signed for them is valid anywhere else,
            and you can move its clock forward to finish an unbonding at once.
          </CardText>
          <CardText>
            <strong className="font-medium text-slate-900 dark:text-slate-100">Live</strong> talks to real chains
            through the endpoints you set, with your own wallet. MilkyWay is winding down, so expect stopped
            contracts and historical figures.
          </CardText>
        </Card>
        <Card>
          <CardTitle>RPC endpoints</CardTitle>
          <CardText>
            Live mode needs one CometBFT RPC endpoint per chain (CometBFT 0.38 or compatible). Each endpoint must
            report the chain-id set here; a mismatch means it points at a different network. The local devnet server
            serves every simulated chain at its own path, which lets you test live mode with no internet.
          </CardText>
        </Card>
        <Card>
          <CardTitle>Your data</CardTitle>
          <CardText>
            The simulator&rsquo;s state and these settings are stored in this browser and survive a reload. If a
            saved simulator state is damaged or from an older version, the app offers to reset it.
          </CardText>
        </Card>
      </section>
    </div>
  );
}
