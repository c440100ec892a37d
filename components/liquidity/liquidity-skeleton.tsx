import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

/** The liquidity screen's shape before its client code and data arrive. */
export function LiquiditySkeleton() {
  return (
    <SkeletonRegion label="Loading pools" className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <Card>
        <Skeleton className="h-9 w-56" />
        <Skeleton className="mt-6 h-40 w-full" />
        <Skeleton className="mt-4 h-10 w-full" />
      </Card>
      <Card>
        <Skeleton className="h-5 w-40" />
        <Skeleton className="mt-4 h-14 w-full" />
      </Card>
    </SkeletonRegion>
  );
}
