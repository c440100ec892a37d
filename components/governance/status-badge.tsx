import { Badge, type BadgeTone } from "@/components/ui/badge";
import { STATUS_LABEL } from "@/lib/protocol/gov";

const TONE: Record<number, BadgeTone> = { 1: "warning", 2: "info", 3: "success", 4: "danger", 5: "danger" };

export function StatusBadge({ status }: { status: number }) {
  return <Badge tone={TONE[status] ?? "neutral"}>{STATUS_LABEL[status] ?? "Unknown"}</Badge>;
}
