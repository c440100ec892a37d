"use client";

import { useId, useState } from "react";
import { TabPanel, Tabs } from "@/components/stake/tabs";
import { CardSummary, type SummaryFigure } from "@/components/way-card/card-summary";
import { displayBps, displayMicroUsd, displayPercent, displayPeriod, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { When } from "@/components/ui/when";
import { useLstClock } from "@/hooks/use-lst-clock";
import { collateralAsset, type WayCard } from "@/lib/protocol/way-card";
import type { WayCardContext } from "./way-card-context";
import { WayCardCollateral } from "./way-card-collateral";
import { WayCardFund } from "./way-card-fund";
import { WayCardPurchase } from "./way-card-purchase";
import { WayCardSettings } from "./way-card-settings";
import { WayCardStatement } from "./way-card-statement";

type Tab = "spend" | "fund" | "collateral" | "settings";
const TABS = [
  { id: "spend", label: "Spend" },
  { id: "fund", label: "Fund" },
  { id: "collateral", label: "Collateral" },
  { id: "settings", label: "Settings" },
] as const;

/** An open card: its figures, the four kinds of action, and the statement. */
export function WayCardView({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const [tab, setTab] = useState<Tab>("spend");
  const headingId = useId();
  const asset = collateralAsset(ctx.params);
  const now = useLstClock(ctx.net.mode);
  const usd = (micro: bigint) => <DisplayValue shown={displayMicroUsd(micro)} />;
  const figures: SummaryFigure[] = [
    { id: "balance", label: "Balance", value: usd(card.balance) },
    // What is owed rounds up to the cent: a debt never looks smaller than it is.
    { id: "owed", label: "Owed", value: <DisplayValue shown={displayMicroUsd(card.owed, "ceil")} />, tone: card.owed > 0n ? "warning" : "default", sub: card.owed > 0n ? "Repaid from yield daily" : undefined },
    { id: "credit", label: "Credit available", value: usd(card.creditAvailable), sub: <>of a {usd(card.creditLimit)} limit</> },
    { id: "spent", label: "Spent", value: usd(card.spentTotal) },
    {
      id: "collateral",
      label: "Collateral",
      value: <DisplayValue shown={displayToken(card.collateral, asset.exponent, asset.symbol)} />,
      sub: <>≈ {usd(card.collateralValueUsd)}</>,
    },
    { id: "share", label: "Auto top-up", value: displayBps(card.autoTopUpBps).text, sub: "of yield after repayment" },
    { id: "horizon", label: "Horizon", value: displayPeriod(card.horizonDays), sub: `APR ${displayPercent(ctx.params.apr).text}` },
    { id: "epoch", label: "Last epoch", value: card.lastEpochMs === null ? "Not yet" : <When ms={card.lastEpochMs} nowMs={now} /> },
  ];
  return (
    <div className="space-y-6">
      <CardSummary figures={figures} frozen={card.frozen} headingId={headingId} />
      <div className="space-y-4 rounded-lg border border-slate-200 p-3 sm:p-4 dark:border-slate-800">
        <Tabs label="Way Card actions" idPrefix="way-card" tabs={TABS} selected={tab} onSelect={setTab} />
        <TabPanel idPrefix="way-card" id="spend" selected={tab === "spend"}>
          <WayCardPurchase ctx={ctx} card={card} />
        </TabPanel>
        <TabPanel idPrefix="way-card" id="fund" selected={tab === "fund"}>
          <WayCardFund ctx={ctx} card={card} />
        </TabPanel>
        <TabPanel idPrefix="way-card" id="collateral" selected={tab === "collateral"}>
          <WayCardCollateral ctx={ctx} card={card} />
        </TabPanel>
        <TabPanel idPrefix="way-card" id="settings" selected={tab === "settings"}>
          <WayCardSettings ctx={ctx} card={card} />
        </TabPanel>
      </div>
      <WayCardStatement ctx={ctx} />
    </div>
  );
}
