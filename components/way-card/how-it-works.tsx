/** The card's model in plain words, shown before a card is opened (docs/way-card.md). */
export function HowItWorks() {
  const steps = [
    {
      title: "Fund it",
      text: "Top up with MILK or milkTIA, or claim your MILK staking and restaking rewards straight onto the card. Tokens are converted to dollars at the simulated price feed, rounded down.",
    },
    {
      title: "Spend against future yield",
      text: "Lock milkTIA as collateral. Your credit limit is the yield that milkTIA is projected to earn over a horizon you choose (7–90 days), at the APR its redemption rate has shown over the last 30 days.",
    },
    {
      title: "Repaid by yield",
      text: "Once a day the card program harvests the yield of your locked milkTIA: it repays what you owe first, then routes your chosen share to the balance. The rest stays locked. No interest is charged.",
    },
    {
      title: "Stay in control",
      text: "Freeze the card to stop purchases. Collateral can be unlocked as long as what remains still covers what you owe. Close the card once nothing is owed: collateral comes back and the balance is refunded in MILK.",
    },
  ];
  return (
    <ol className="grid gap-3 sm:grid-cols-2">
      {steps.map((s, i) => (
        <li key={s.title} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <p className="text-sm font-semibold">
            <span aria-hidden="true" className="mr-1 text-milk-600 dark:text-milk-400">
              {i + 1}.
            </span>
            {s.title}
          </p>
          <p className="mt-1 text-sm leading-6 text-slate-600 dark:text-slate-400">{s.text}</p>
        </li>
      ))}
    </ol>
  );
}
