import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

export function RestakeSkeleton() {
  return (
    <SkeletonRegion label="Loading pools, operators and services" className="space-y-3">
      <div className="flex gap-2">
        <Skeleton className="h-9 w-20" />
        <Skeleton className="h-9 w-24" />
        <Skeleton className="h-9 w-20" />
      </div>
      {[0, 1, 2].map((row) => (
        <Card key={row} className="flex items-center gap-4">
          <Skeleton className="size-10 rounded-full" />
          <div className="min-w-0 flex-1 space-y-2">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="h-3 w-64 max-w-full" />
          </div>
          <Skeleton className="hidden h-9 w-24 sm:block" />
        </Card>
      ))}
    </SkeletonRegion>
  );
}
