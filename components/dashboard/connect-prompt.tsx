"use client";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** The not-connected state of a dashboard: what connecting shows, and the two ways to do it. */
export function ConnectPrompt(props: {
  /** e.g. "your positions on every chain". */
  what: string;
  simulator: boolean;
  pending: boolean;
  error: string | null;
  onUseDemo: () => void;
  onChooseWallet: () => void;
}) {
  return (
    <Card className="space-y-3">
      <p className="font-medium">Connect a wallet to see {props.what}</p>
      <p className="text-sm leading-6 text-slate-600 dark:text-slate-300">
        {props.simulator
          ? "The demo wallet is funded with test tokens on every simulated chain the first time you use it."
          : "Nothing is sent anywhere: the app reads your addresses' public data from each chain's RPC."}
      </p>
      {props.error ? (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          Could not connect: {props.error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {props.simulator ? (
          <Button pending={props.pending} pendingLabel="Connecting the demo wallet" onClick={props.onUseDemo}>
            Use the demo wallet
          </Button>
        ) : null}
        <Button variant={props.simulator ? "secondary" : "primary"} onClick={props.onChooseWallet} aria-haspopup="dialog">
          Choose a wallet…
        </Button>
      </div>
    </Card>
  );
}
