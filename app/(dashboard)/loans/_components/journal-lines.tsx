import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { formatMoney, titleCase } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { debitCredit } from "./schedule-rows";
import type { JournalRow, LoanDetail } from "./types";

interface Entry {
  entryId: string;
  kind: string;
  entryDate: string;
  transactionId: string;
  lines: JournalRow[];
}

function groupByEntry(rows: readonly JournalRow[]): Entry[] {
  const entries = new Map<string, Entry>();
  for (const row of rows) {
    const entry = entries.get(row.entryId) ?? { entryId: row.entryId, kind: row.kind, entryDate: row.entryDate, transactionId: row.transactionId, lines: [] };
    entry.lines.push(row);
    entries.set(row.entryId, entry);
  }
  return [...entries.values()];
}

/** The double-entry journal: each entry's lines balance; reversals mirror the posting they undo. */
export function JournalLines({ detail }: { detail: LoanDetail }) {
  const { loan, journal, transactions } = detail;
  const sequenceOf = new Map(transactions.map((t) => [t.id, t]));
  const entries = groupByEntry(journal);
  const money = (amount: string | null) => (amount === null ? "" : formatMoney(amount, loan.currency));
  return (
    <Card>
      <CardHeader title="Journal" description="Debits and credits per entry; every entry sums to zero." />
      {entries.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">No journal entries yet: they are written with every posting.</p>
      ) : (
        <Table aria-label="Journal lines">
          <thead>
            <tr>
              <Th>Entry</Th>
              <Th>Account</Th>
              <Th numeric>Debit</Th>
              <Th numeric>Credit</Th>
            </tr>
          </thead>
          {entries.map((entry) => {
            const t = sequenceOf.get(entry.transactionId);
            return (
              <tbody key={entry.entryId} className="border-t-2 border-slate-100">
                {entry.lines.map((line, i) => {
                  const { debit, credit } = debitCredit(line.amount);
                  return (
                    <Tr key={`${entry.entryId}-${i}`}>
                      <Td className="whitespace-nowrap">
                        {i === 0 && (
                          <span className="flex flex-wrap items-center gap-2">
                            {entry.entryDate} · #{t?.sequence ?? "?"} {t ? titleCase(t.type).toLowerCase() : ""}
                            {entry.kind === "reversal" && <Badge tone="amber">Reversal</Badge>}
                          </span>
                        )}
                      </Td>
                      <Td>{titleCase(line.account)}</Td>
                      <Td numeric>{money(debit)}</Td>
                      <Td numeric>{money(credit)}</Td>
                    </Tr>
                  );
                })}
              </tbody>
            );
          })}
        </Table>
      )}
    </Card>
  );
}
