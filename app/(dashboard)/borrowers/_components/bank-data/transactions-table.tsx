import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { formatDate, formatMoney, titleCase } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { LabelCell } from "./label-cell";
import { accountLabel, type BankAccount, type BankTransaction } from "./types";

const rowId = (id: string) => `tx-${id}`;

/** One page of transactions; a returned debit and the credit that gives it back link to each other when both are shown. */
export function TransactionsTable({ rows, accounts }: { rows: readonly BankTransaction[]; accounts: readonly BankAccount[] }) {
  const byAccount = new Map(accounts.map((a) => [a.id, a]));
  const byId = new Map(rows.map((t) => [t.id, t]));
  const returnedBy = new Map(rows.flatMap((t): Array<[string, BankTransaction]> => (t.returnedTransactionId ? [[t.returnedTransactionId, t]] : [])));
  return (
    <Table aria-label="Bank transactions" className="[&_td]:px-3 [&_th]:px-3">
      <thead>
        <tr>
          <Th>Date</Th>
          <Th>Description</Th>
          {accounts.length > 1 && <Th>Account</Th>}
          <Th numeric>Amount</Th>
          <Th numeric className="hidden lg:table-cell">
            Balance
          </Th>
          <Th>Label</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => {
          const account = byAccount.get(t.accountId);
          const currency = account?.currency ?? "ZAR";
          const credit = !t.amount.startsWith("-");
          return (
            <Tr key={t.id} id={rowId(t.id)} className="align-top target:bg-amber-50">
              <Td className="tabular whitespace-nowrap">{formatDate(t.date)}</Td>
              <Td className="min-w-64">
                <span className="block break-words text-slate-900">{t.description}</span>
                <span className="block text-xs text-slate-500">{[titleCase(t.type), t.counterparty, t.reference].filter(Boolean).join(" · ")}</span>
                <ReturnMarker transaction={t} debit={t.returnedTransactionId ? byId.get(t.returnedTransactionId) : undefined} returnedBy={returnedBy.get(t.id)} />
              </Td>
              {accounts.length > 1 && <Td className="text-xs">{account ? accountLabel(account) : "—"}</Td>}
              <Td numeric className={cn("font-medium whitespace-nowrap", credit ? "text-emerald-700" : "text-slate-900")}>
                {formatMoney(t.amount, currency)}
              </Td>
              <Td numeric className="hidden whitespace-nowrap text-slate-500 lg:table-cell">
                {formatMoney(t.balance, currency)}
              </Td>
              <Td className="w-72 min-w-60">
                <LabelCell transaction={t} />
              </Td>
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}

interface ReturnMarkerProps {
  transaction: BankTransaction;
  /** The debit this credit gives back, when it is on this page. */
  debit: BankTransaction | undefined;
  /** The credit that gives this debit back, when it is on this page. */
  returnedBy: BankTransaction | undefined;
}

function ReturnMarker({ transaction: t, debit, returnedBy }: ReturnMarkerProps) {
  if (t.isReturned) {
    return (
      <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs">
        <Badge tone="red">Returned debit</Badge>
        {debit ? (
          <a href={`#${rowId(debit.id)}`} className="text-brand-700 hover:underline">
            gives back the debit of {formatDate(debit.date)}
          </a>
        ) : (
          <span className="text-slate-500">{t.returnedTransactionId ? "gives back an earlier debit (not in this view)" : "no matching debit found"}</span>
        )}
      </span>
    );
  }
  if (!returnedBy) return null;
  return (
    <span className="mt-1 flex flex-wrap items-center gap-1.5 text-xs">
      <Badge tone="red">Unpaid</Badge>
      <a href={`#${rowId(returnedBy.id)}`} className="text-brand-700 hover:underline">
        returned on {formatDate(returnedBy.date)}
      </a>
    </span>
  );
}
