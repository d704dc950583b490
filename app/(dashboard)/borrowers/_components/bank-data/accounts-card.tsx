import { Card, CardHeader } from "@/components/ui/card";
import { formatDate, formatMoney, titleCase } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { formatCount, type BankAccount } from "./types";

/** Each account with its balance (as the source stated it, on its date) and the dates its transactions cover. */
export function AccountsCard({ accounts }: { accounts: readonly BankAccount[] }) {
  return (
    <Card>
      <CardHeader title="Accounts" description={`${accounts.length} account${accounts.length === 1 ? "" : "s"}, matched across imports by number or IBAN.`} />
      <Table aria-label="Bank accounts">
        <thead>
          <tr>
            <Th>Account</Th>
            <Th>Type</Th>
            <Th>Bank</Th>
            <Th>Holder</Th>
            <Th numeric>Balance</Th>
            <Th>Coverage</Th>
            <Th numeric>Transactions</Th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <Tr key={a.id}>
              <Td>
                <span className="block font-medium text-slate-900">{a.name ?? "Unnamed account"}</span>
                <span className="tabular block text-xs text-slate-500">{a.iban ?? a.number ?? "No number"}</span>
              </Td>
              <Td>
                {titleCase(a.type)}
                {a.usage && <span className="block text-xs text-slate-500">{titleCase(a.usage)}</span>}
              </Td>
              <Td>{a.bank ?? "—"}</Td>
              <Td>{a.holder ?? "—"}</Td>
              <Td numeric>
                {formatMoney(a.balance, a.currency)}
                <span className="block text-xs text-slate-500">{a.balance === null ? `${a.currency}, not stated` : a.balanceDate ? `on ${formatDate(a.balanceDate)}` : "date not stated"}</span>
              </Td>
              <Td className="whitespace-nowrap">
                {a.coverageFrom ? `${formatDate(a.coverageFrom)} – ${formatDate(a.coverageTo)}` : "No transactions"}
              </Td>
              <Td numeric>{formatCount(a.transactionCount)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
