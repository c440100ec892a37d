"use client";

import { useState } from "react";
import { AmountField } from "@/components/stake/amount-field";
import { FactList, type Fact } from "@/components/stake/fact-list";
import { SelectField } from "@/components/ui/select-field";
import { useWayCardMerchants } from "@/hooks/use-way-card";
import { formatForInput } from "@/lib/amount/format";
import { microUsdToCoin, USD_DECIMALS } from "@/lib/amount/way-card-math";
import { displayExactMicroUsd, displayExactToken, displayMicroUsd, displayRate, displayToken } from "@/lib/amount/display";
import { DisplayValue } from "@/components/ui/display-value";
import { assetOf, purchaseSplit, spendable, type WayCard } from "@/lib/protocol/way-card";
import { checkPurchase } from "@/lib/protocol/way-card-checks";
import { wayCardMsgs } from "@/lib/protocol/way-card-msgs";
import { chainFacts, useCardAction, WayCardConfirm, WayCardSubmit } from "./way-card-action";
import type { WayCardContext } from "./way-card-context";

/** A simulated purchase: merchant and dollars; the balance pays first, credit the rest. */
export function WayCardPurchase({ ctx, card }: { ctx: WayCardContext; card: WayCard }) {
  const merchants = useWayCardMerchants(ctx.net);
  const [merchant, setMerchant] = useState("");
  const [amount, setAmount] = useState("");
  const [touched, setTouched] = useState(false);
  const act = useCardAction(ctx);

  const check = checkPurchase(card, merchant, amount);
  // Refusals show once the user has typed or tried; an empty untouched form is not an error.
  const error = !touched && amount.trim() === "" ? undefined : check.ok ? undefined : check.message;
  const merchantError = error === "Choose a merchant." ? error : undefined;
  const amountError = merchantError ? undefined : error;
  const split = check.ok ? purchaseSplit(card, check.value) : null;
  const milk = assetOf(ctx.params, ctx.params.refundDenom);
  const inMilk = check.ok && milk?.price ? microUsdToCoin(check.value, milk.price, milk.exponent) : null;
  const merchantName = merchants.data?.find((m) => m.id === merchant)?.name ?? merchant;
  const ready = check.ok && !ctx.busy;

  // The preview rounds to cents (exact on hover, focus and copy); the confirmation keeps every digit.
  const factsFor = (exact: boolean): Fact[] => {
    if (!split) return [];
    const usd = (v: bigint) => (exact ? displayExactMicroUsd(v).text : <DisplayValue shown={displayMicroUsd(v)} />);
    const milkText = (v: bigint, m: NonNullable<typeof milk>) => (exact ? displayExactToken(v, m.exponent, m.symbol).text : <DisplayValue shown={displayToken(v, m.exponent, m.symbol)} />);
    return [
      { id: "amount", label: "Amount", value: usd(check.ok ? check.value : 0n), strong: true },
      { id: "balance", label: "Paid from balance", value: usd(split.fromBalance) },
      { id: "credit", label: "On credit (interest-free)", value: usd(split.borrowed) },
      ...(inMilk !== null && milk
        ? [{ id: "conversion", label: "At the price feed", value: <>≈ {milkText(inMilk, milk)} at ${displayRate(milk.price!).text}</> } satisfies Fact]
        : []),
    ];
  };
  const facts = factsFor(false);

  return (
    <form
      aria-label="Make a purchase"
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (ready) act.ask();
      }}
    >
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A simulated purchase: no real merchant or payment is involved. You can spend <DisplayValue shown={displayMicroUsd(spendable(card))} /> now (balance plus available credit).
      </p>
      <SelectField
        id="way-merchant"
        label="Merchant"
        placeholder={merchants.isPending ? "Loading merchants…" : "Choose a merchant"}
        value={merchant}
        options={(merchants.data ?? []).map((m) => ({ value: m.id, label: `${m.name} · ${m.category}` }))}
        onChange={(v) => {
          setMerchant(v);
          act.clearDone();
        }}
        error={touched ? merchantError : undefined}
        refusable
      />
      <AmountField
        id="way-purchase-amount"
        label="Amount (USD)"
        symbol="USD"
        value={amount}
        onChange={(v) => {
          setAmount(v);
          setTouched(true);
          act.clearDone();
        }}
        onMax={() => setAmount(formatForInput(spendable(card), USD_DECIMALS))}
        maxDisabled={spendable(card) === 0n}
        error={amountError}
      />
      {facts.length ? <FactList idPrefix="way-purchase-preview" facts={facts} /> : null}
      <WayCardSubmit ctx={ctx} action="purchase" done={act.done} type="submit" disabled={ctx.busy}>
        Pay
      </WayCardSubmit>
      <WayCardConfirm
        open={act.confirming}
        title="Confirm purchase"
        confirmLabel="Pay"
        confirmDisabled={!ready}
        onClose={act.cancel}
        onConfirm={() => {
          if (!check.ok) return;
          const value = check.value;
          act.send("purchase", [wayCardMsgs.purchase(ctx.contract, ctx.owner, merchant, value)], `Pay ${displayExactMicroUsd(value).text} at ${merchantName}`, `Paid ${displayExactMicroUsd(value).text} at ${merchantName}.`, () => {
            setAmount("");
            setTouched(false);
          });
        }}
        idPrefix="way-purchase-confirm"
        facts={[{ id: "merchant", label: "Merchant", value: merchantName, strong: true }, ...factsFor(true), ...chainFacts(ctx)]}
      />
    </form>
  );
}
