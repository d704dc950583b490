import Link from "next/link";
import { Card, CardBody, CardHeader } from "@/components/ui/card";

/** What the section does, for a first visit: where statements go in and how labels are decided. */
export function HowItWorks() {
  return (
    <Card>
      <CardHeader title="How it works" />
      <CardBody className="space-y-3 text-sm text-slate-600">
        <p>
          Statements are imported on a borrower&rsquo;s <span className="font-medium text-slate-800">Bank data</span> tab: CSV (with a column-mapping step), OFX/QFX, or BYOD, Algoan
          and Budget Insight JSON, up to 20 MB a file. Importing the same or an overlapping statement again adds only the new transactions.
        </p>
        <p>
          Every transaction gets a label with its reason: an officer&rsquo;s override first, then the organisation&rsquo;s own rules, then the built-in rules in English, French,
          Spanish and Dutch.
        </p>
        <p>
          <Link href="/bank-data/rules" className="text-brand-700 hover:underline">
            Write and test organisation rules
          </Link>{" "}
          to label what the built-in rules get wrong for your borrowers.
        </p>
      </CardBody>
    </Card>
  );
}
