"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/errors";
import { formatDateTime } from "@/components/ui/format";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { FORMAT_NAMES } from "./import/file-kind";
import { formatCount } from "./types";

/** Every successful import, newest first (a failed import stores nothing, so it is not listed). */
export function ImportsCard({ borrowerId }: { borrowerId: string }) {
  const trpc = useTRPC();
  const imports = useQuery(trpc.bankData.imports.queryOptions({ borrowerId }));
  const rows = imports.data ?? [];
  return (
    <Card>
      <CardHeader title="Import history" description="Each file imported for this borrower, with what it added and what was already there." />
      {imports.error ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(imports.error)}</p>
      ) : rows.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{imports.isLoading ? "Loading…" : "No imports yet."}</p>
      ) : (
        <Table aria-label="Import history">
          <thead>
            <tr>
              <Th>Imported</Th>
              <Th>File</Th>
              <Th numeric>Accounts</Th>
              <Th numeric>In file</Th>
              <Th numeric>Added</Th>
              <Th numeric>Duplicates</Th>
              <Th>Warnings</Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((i) => (
              <Tr key={i.id}>
                <Td className="whitespace-nowrap">{formatDateTime(i.createdAt)}</Td>
                <Td>
                  <span className="block font-medium text-slate-900">{i.fileName}</span>
                  <span className="block text-xs text-slate-500">
                    {FORMAT_NAMES[i.format] ?? i.format} · {(i.fileBytes / 1024).toFixed(1)} KB{i.applicationId ? " · linked to an application" : ""}
                  </span>
                </Td>
                <Td numeric>{i.accountsCount}</Td>
                <Td numeric>{formatCount(i.transactionsInFile)}</Td>
                <Td numeric>{formatCount(i.transactionsAdded)}</Td>
                <Td numeric>{formatCount(i.transactionsDuplicate)}</Td>
                <Td>
                  {i.warnings.length === 0 ? (
                    <span className="text-slate-400">None</span>
                  ) : (
                    <details>
                      <summary className="cursor-pointer text-amber-800">{i.warnings.length} warning{i.warnings.length === 1 ? "" : "s"}</summary>
                      <ul className="mt-1 list-disc space-y-0.5 pl-4 text-xs text-slate-600">
                        {i.warnings.map((w, n) => (
                          <li key={n}>{w.message}</li>
                        ))}
                      </ul>
                    </details>
                  )}
                </Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
