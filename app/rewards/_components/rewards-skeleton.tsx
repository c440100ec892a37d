import { Card } from "@/components/ui/card";
import { Skeleton, SkeletonRegion } from "@/components/ui/skeleton";

export function RewardsSkeleton({ label = "Loading your rewards" }: { label?: string }) {
  return (
    <SkeletonRegion label={label}>
      <Card className="space-y-3">
        <Skeleton className="h-5 w-48" />
        <Skeleton className="h-5 w-full" />
        <Skeleton className="h-5 w-full" />
        <Skeleton className="h-5 w-2/3" />
      </Card>
    </SkeletonRegion>
  );
}
