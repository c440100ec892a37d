"use client";

import { useId, useState } from "react";
import { TabPanel, Tabs } from "@/components/stake/tabs";
import { CardSummary, type SummaryFigure } from "@/components/way-card/card-summary";
import { formatAmount } from "@/lib/amount/format";
import { formatMicroUsd } from "@/lib/amount/way-card-math";
import { displayBps, displayPercent } from "@/lib/amount/display";
import { collateralAsset, type WayCard } from "@/lib/protocol/way-card";
import { formatUtc } from "@/lib/time/format";
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
  const figures: SummaryFigure[] = [
    { id: "balance", label: "Balance", value: formatMicroUsd(card.balance) },
    { id: "owed", label: "Owed", value: formatMicroUsd(card.owed), tone: card.owed > 0n ? "warning" : "default", sub: card.owed > 0n ? "Repaid from yield daily" : undefined },
    { id: "credit", label: "Credit available", value: formatMicroUsd(card.creditAvailable), sub: `of a ${formatMicroUsd(card.creditLimit)} limit` },
    { id: "spent", label: "Spent", value: formatMicroUsd(card.spentTotal) },
    {
      id: "collateral",
      label: "Collateral",
      value: `${formatAmount(card.collateral, asset.exponent)} ${asset.symbol}`,
      sub: `≈ ${formatMicroUsd(card.collateralValueUsd)}`,
    },
    { id: "share", label: "Auto top-up", value: displayBps(card.autoTopUpBps).text, sub: "of yield after repayment" },
    { id: "horizon", label: "Horizon", value: `${card.horizonDays} days`, sub: `APR ${displayPercent(ctx.params.apr).text}` },
    { id: "epoch", label: "Last epoch", value: card.lastEpochMs === null ? "Not yet" : formatUtc(card.lastEpochMs).slice(5) },
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
