export default function DashboardPage() {
  return (
    <main className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-semibold tracking-tight">MilkyWay</h1>
      <p className="mt-3 max-w-2xl text-slate-600 dark:text-slate-300">
        Liquid-stake TIA for milkTIA, restake on the MilkyWay chain and take part in governance. The app runs
        against a bundled protocol simulator by default, so you can try every flow with nothing installed.
      </p>
    </main>
  );
}
