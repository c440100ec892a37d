import { Skeleton, SkeletonLines, SkeletonRegion } from "@/components/ui/skeleton";

export function HistorySkeleton() {
  return (
    <SkeletonRegion label="Loading your transactions" className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
        <Skeleton className="h-14" />
      </div>
      <SkeletonLines />
    </SkeletonRegion>
  );
}
