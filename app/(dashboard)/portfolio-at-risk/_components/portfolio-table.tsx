import { Card, CardHeader } from "@/components/ui/card";
import { formatMoney } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { LatestPortfolio } from "@/components/charts/portfolio-series";

/** The last closed day, every bucket listed (empty ones too, so the shape of the book reads at a glance). */
export function PortfolioTable({ latest, currency }: { latest: LatestPortfolio; currency: string }) {
  const money = (amount: string) => formatMoney(amount, currency);
  return (
    <Card>
      <CardHeader title={`Latest day: ${latest.date}`} description="Share of portfolio is the bucket's share of principal outstanding." />
      <Table aria-label="Portfolio on the latest day">
        <thead>
          <tr>
            <Th>Bucket</Th>
            <Th numeric>Accounts</Th>
            <Th numeric>Principal outstanding</Th>
            <Th numeric>Overdue amount</Th>
            <Th numeric>Share of portfolio</Th>
          </tr>
        </thead>
        <tbody>
          {latest.rows.map((row) => (
            <Tr key={row.bucket}>
              <Td>{row.label}</Td>
              <Td numeric>{row.accounts}</Td>
              <Td numeric>{money(row.principalOutstanding)}</Td>
              <Td numeric>{money(row.overdueAmount)}</Td>
              <Td numeric>{row.share} %</Td>
            </Tr>
          ))}
          <Tr className="font-semibold">
            <Td>Total</Td>
            <Td numeric>{latest.totals.accounts}</Td>
            <Td numeric>{money(latest.totals.principalOutstanding)}</Td>
            <Td numeric>{money(latest.totals.overdueAmount)}</Td>
            <Td numeric>{/^0*(\.0*)?$/.test(latest.totals.principalOutstanding) ? "—" : "100.0 %"}</Td>
          </Tr>
        </tbody>
      </Table>
    </Card>
  );
}
