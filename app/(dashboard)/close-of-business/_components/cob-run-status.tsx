import { Badge, type Tone } from "@/components/ui/badge";
import { titleCase } from "@/components/ui/format";

const TONES: Record<string, Tone> = { running: "blue", completed: "green", failed: "red" };

export function CobRunStatusBadge({ status }: { status: string }) {
  return <Badge tone={TONES[status] ?? "neutral"}>{titleCase(status)}</Badge>;
}
