import { SkeletonLines, SkeletonRegion } from "@/components/ui/skeleton";

export function RewardsSkeleton({ label = "Loading your rewards" }: { label?: string }) {
  return (
    <SkeletonRegion label={label}>
      <SkeletonLines heading />
    </SkeletonRegion>
  );
}
