import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { formatDateTime, titleCase } from "@/components/ui/format";
import type { ApplicationDetail } from "./types";

/** Every decision taken on the application, newest first, with each rule's result and why. */
export function DecisionHistory({ decisions, currentId }: { decisions: ApplicationDetail["decisions"]; currentId: string | null }) {
  return (
    <Card>
      <CardHeader title="Decisions" description="The rules run when the application is completed; an officer's override keeps the rules' reasons." />
      <CardBody>
        {decisions.length === 0 ? (
          <p className="text-sm text-slate-500">No decision yet: complete the application to run the decision rules.</p>
        ) : (
          <ol className="space-y-5">
            {decisions.map((decision, i) => (
              <li key={decision.id} className={i > 0 ? "border-t border-slate-100 pt-5" : undefined}>
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <Badge tone={decision.outcome === "accepted" ? "green" : "red"}>{titleCase(decision.outcome)}</Badge>
                  <span className="text-slate-600">
                    {decision.overriddenBy ? "Overridden by an officer" : "Decided by the rules"} · {formatDateTime(decision.createdAt)}
                  </span>
                  {decision.id === currentId && <span className="text-xs font-medium text-slate-500">(current)</span>}
                </div>
                {decision.overrideReason && (
                  <p className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                    <span className="font-medium">Override reason:</span> {decision.overrideReason}
                  </p>
                )}
                <ul className="mt-3 space-y-1.5" aria-label="Rules">
                  {decision.reasons.map((reason) => (
                    <li key={reason.rule} className="flex flex-wrap items-baseline gap-2 text-sm">
                      <Badge tone={reason.passed ? "green" : "red"}>{reason.passed ? "Pass" : "Fail"}</Badge>
                      <span className="font-medium text-slate-800">{titleCase(reason.rule)}</span>
                      <span className="text-slate-500">{reason.detail}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
