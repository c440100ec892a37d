import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonLines, SkeletonRegion } from "@/components/ui/skeleton";

export function PortfolioSkeleton() {
  return (
    <SkeletonRegion label="Loading your positions" className="space-y-6">
      <Card className="grid gap-4 sm:grid-cols-3">
        <Skeleton className="h-12" />
        <Skeleton className="h-12" />
        <Skeleton className="h-12" />
      </Card>
      <SkeletonLines />
    </SkeletonRegion>
  );
}
