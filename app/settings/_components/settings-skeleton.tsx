import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

export function SettingsSkeleton() {
  return (
    <SkeletonRegion label="Loading your settings" className="grid gap-4 lg:grid-cols-2">
      <Card>
        <Skeleton className="h-5 w-36" />
        <Skeleton className="mt-4 h-10 w-full" />
        <Skeleton className="mt-3 h-10 w-full" />
      </Card>
      <Card>
        <Skeleton className="h-5 w-40" />
        {[0, 1, 2, 3].map((row) => (
          <Skeleton key={row} className="mt-3 h-9 w-full" />
        ))}
      </Card>
    </SkeletonRegion>
  );
}
