import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

export function YieldSkeleton() {
  return (
    <SkeletonRegion label="Loading yield data" className="space-y-6">
      {[0, 1, 2].map((i) => (
        <Card key={i}>
          <Skeleton className="h-6 w-28" />
          <div className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
            <Skeleton className="h-12" />
          </div>
          <Skeleton className="mt-4 h-48 w-full" />
        </Card>
      ))}
    </SkeletonRegion>
  );
}
