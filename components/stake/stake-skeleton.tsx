import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

/** The stake screen's shape before its client code has loaded (server HTML and dynamic fallback). */
export function StakeSkeleton() {
  return (
    <SkeletonRegion label="Loading the stake form" className="grid gap-4 lg:grid-cols-[3fr_2fr]">
      <Card>
        <Skeleton className="h-9 w-48" />
        <Skeleton className="mt-6 h-12 w-full" />
        <Skeleton className="mt-3 h-4 w-40" />
        <Skeleton className="mt-6 h-10 w-32" />
      </Card>
      <Card>
        <Skeleton className="h-5 w-40" />
        <Skeleton className="mt-4 h-14 w-full" />
        <Skeleton className="mt-3 h-14 w-full" />
      </Card>
    </SkeletonRegion>
  );
}
