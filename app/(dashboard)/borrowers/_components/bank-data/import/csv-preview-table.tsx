import { formatDate, formatMoney } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { Preview } from "./csv-preview";

const CURRENCY = /^[A-Z]{3}$/;

/** The first rows exactly as they will be stored: ISO dates, signed amounts (money in positive). */
export function CsvPreviewTable({ preview, currency }: { preview: Preview | null; currency: string }) {
  // An unfinished currency code cannot be formatted; show the bare amounts until it is complete.
  const money = (amount: string | null) => (CURRENCY.test(currency) ? formatMoney(amount, currency) : (amount ?? "—"));
  return (
    <section aria-labelledby="csv-preview-title" className="space-y-2">
      <h3 id="csv-preview-title" className="text-sm font-medium text-slate-700">
        Preview: the first rows as they will be imported
      </h3>
      {!preview ? (
        <p className="text-sm text-slate-500">Fix the mapping above to see the preview.</p>
      ) : preview.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {preview.error}
        </p>
      ) : preview.rows.length === 0 ? (
        <p className="text-sm text-slate-500">No data rows found after the skipped lines and header.</p>
      ) : (
        <div className="rounded-md border border-slate-200">
          <Table aria-label="Import preview">
            <thead>
              <tr>
                <Th numeric>Line</Th>
                <Th>Date</Th>
                <Th>Description</Th>
                <Th>Reference</Th>
                <Th numeric>Amount</Th>
                <Th numeric>Balance</Th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((row) =>
                row.error ? (
                  <Tr key={row.line} className="bg-red-50/60">
                    <Td numeric>{row.line}</Td>
                    <Td colSpan={5} className="text-red-700">
                      {row.error}
                    </Td>
                  </Tr>
                ) : (
                  <Tr key={row.line}>
                    <Td numeric>{row.line}</Td>
                    <Td className="tabular whitespace-nowrap">{formatDate(row.date)}</Td>
                    <Td>{row.description}</Td>
                    <Td className="text-xs text-slate-500">{row.reference ?? "—"}</Td>
                    <Td numeric className={row.amount?.startsWith("-") ? "whitespace-nowrap" : "whitespace-nowrap text-emerald-700"}>
                      {money(row.amount)}
                    </Td>
                    <Td numeric className="whitespace-nowrap text-slate-500">
                      {money(row.balance)}
                    </Td>
                  </Tr>
                ),
              )}
            </tbody>
          </Table>
        </div>
      )}
    </section>
  );
}
