import { Badge, type Tone } from "./badge";
import { titleCase } from "./format";

/** Status badges shared by the lending pages: one tone per state, everywhere the state appears. */
const LOAN_TONES: Record<string, Tone> = { approved: "blue", active: "green", late: "amber", arrears: "amber", default: "red", closed: "neutral" };
const APPLICATION_TONES: Record<string, Tone> = { incomplete: "neutral", complete: "blue", processing: "blue", accepted: "green", declined: "red", withdrawn: "neutral" };
const INSTALMENT_TONES: Record<string, Tone> = { paid: "green", partly_paid: "blue", overdue: "red", due: "amber", upcoming: "neutral" };

export function LoanStatusBadge({ status, subStatus }: { status: string; subStatus?: string | null }) {
  const tone = status === "closed" && subStatus === "written_off" ? "violet" : (LOAN_TONES[status] ?? "neutral");
  return (
    <span className="whitespace-nowrap">
      <Badge tone={tone}>{subStatus ? `${titleCase(status)} · ${titleCase(subStatus).toLowerCase()}` : titleCase(status)}</Badge>
    </span>
  );
}

export function ApplicationStatusBadge({ status }: { status: string }) {
  return <Badge tone={APPLICATION_TONES[status] ?? "neutral"}>{titleCase(status)}</Badge>;
}

export function ProductStatusBadge({ status }: { status: string }) {
  return <Badge tone={status === "published" ? "green" : "amber"}>{titleCase(status)}</Badge>;
}

export function InstalmentStatusBadge({ status }: { status: string }) {
  return (
    <span className="whitespace-nowrap">
      <Badge tone={INSTALMENT_TONES[status] ?? "neutral"}>{titleCase(status)}</Badge>
    </span>
  );
}

/** Current green, the first bucket amber, anything older red: the later the bucket, the likelier the loss. */
export function DelinquencyBadge({ delinquency }: { delinquency: { bucket: number; label: string } }) {
  const tone: Tone = delinquency.bucket === 0 ? "green" : delinquency.bucket === 1 ? "amber" : "red";
  return (
    <span className="whitespace-nowrap">
      <Badge tone={tone}>{delinquency.bucket === 0 ? "Current" : `Overdue ${delinquency.label}`}</Badge>
    </span>
  );
}

/** Loan accounts are known by their number: LN-000042. */
export function loanNumber(number: number | null | undefined): string {
  return number === null || number === undefined ? "LN-—" : `LN-${String(number).padStart(6, "0")}`;
}

/** Applications likewise: AP-000017. */
export function applicationNumber(number: number | null | undefined): string {
  return number === null || number === undefined ? "AP-—" : `AP-${String(number).padStart(6, "0")}`;
}
