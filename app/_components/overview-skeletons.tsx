import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

/** Same footprint as the balances table, so nothing jumps when it arrives. */
export function BalancesSkeleton({ label = "Loading your balances" }: { label?: string }) {
  return (
    <SkeletonRegion label={label}>
      <Card className="space-y-3">
        {[0, 1, 2, 3, 4].map((row) => (
          <div key={row} className="flex items-center justify-between gap-4">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 w-16" />
            <Skeleton className="h-4 w-20" />
          </div>
        ))}
      </Card>
    </SkeletonRegion>
  );
}

export function LstRatesSkeleton() {
  return (
    <SkeletonRegion label="Loading the liquid staking tokens" className="grid gap-4 sm:grid-cols-3">
      {["milkTIA", "milkBABY", "milkINIT"].map((symbol) => (
        <Card key={symbol} className="space-y-2">
          <p className="font-semibold">{symbol}</p>
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-6 w-48 max-w-full" />
        </Card>
      ))}
    </SkeletonRegion>
  );
}
