"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMembership } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Can } from "@/components/ui/can";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { formatMoney, formatPercent, titleCase } from "@/components/ui/format";
import { ProductStatusBadge } from "@/components/ui/lending-badges";
import { LinkButton } from "@/components/ui/link-button";
import { Table, Td, Th, Tr } from "@/components/ui/table";

export function ProductList() {
  const trpc = useTRPC();
  const { currency } = useMembership();
  const products = useQuery(trpc.products.list.queryOptions({}));
  if (products.error) return <p className="text-sm text-red-600">{errorMessage(products.error)}</p>;
  if (products.isLoading) return <p className="text-sm text-slate-500">Loading…</p>;
  if (!products.data?.length) {
    return (
      <EmptyState
        title="No products yet"
        description="A product sets the limits, interest, schedule and fees of the loans made under it. Create one, check its schedule preview, then publish it to take applications."
        action={
          <Can role="credit_officer">
            <LinkButton href="/products/new">New product</LinkButton>
          </Can>
        }
      />
    );
  }
  return (
    <Card>
      <Table>
        <thead>
          <tr>
            <Th>Name</Th>
            <Th>Type</Th>
            <Th>Status</Th>
            <Th numeric>Amount range</Th>
            <Th numeric>Default rate</Th>
            <Th numeric>Instalments</Th>
          </tr>
        </thead>
        <tbody>
          {products.data.map((p) => (
            <Tr key={p.id}>
              <Td className="font-medium text-slate-900">
                <Link href={`/products/${p.id}`} className="text-brand-700 hover:underline">
                  {p.name}
                </Link>
              </Td>
              <Td>{titleCase(p.type)}</Td>
              <Td>
                <ProductStatusBadge status={p.status} />
              </Td>
              <Td numeric className="whitespace-nowrap">
                {formatMoney(p.amountMin, currency)} – {formatMoney(p.amountMax, currency)}
              </Td>
              <Td numeric>{formatPercent(p.interestDefault)}</Td>
              <Td numeric>
                {p.type === "term_loan" ? `${p.instalmentsDefault ?? "—"} (${p.instalmentsMin ?? 1}–${p.instalmentsMax ?? 600})` : "Revolving"}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
