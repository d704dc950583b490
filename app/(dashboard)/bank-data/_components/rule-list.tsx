"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/providers/trpc";
import { Badge } from "@/components/ui/badge";
import { LabelBadge } from "@/components/ui/bank-labels";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/errors";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { useToast } from "@/components/ui/toast";
import { APPLIES_TO, patternText, type Rule } from "./rule-values";

interface RuleListProps {
  rules: { data: readonly Rule[] | undefined; error: unknown; isLoading: boolean };
  canEdit: boolean;
  editingId: string | null;
  onEdit: (rule: Rule) => void;
  onNew: () => void;
}

/** In the order they are tried: highest priority first, ties in the order they were written. */
function byPrecedence(rules: readonly Rule[]): Rule[] {
  return [...rules].sort((a, b) => b.priority - a.priority);
}

export function RuleList({ rules, canEdit, editingId, onEdit, onNew }: RuleListProps) {
  const rows = byPrecedence(rules.data ?? []);
  return (
    <Card>
      <CardHeader title="Rules" description={rules.data ? `${rows.length} rule${rows.length === 1 ? "" : "s"}, in the order they are tried.` : undefined} />
      {rules.error !== null && rules.error !== undefined ? (
        <p className="px-5 py-4 text-sm text-red-600">{errorMessage(rules.error)}</p>
      ) : rules.isLoading ? (
        <p className="px-5 py-4 text-sm text-slate-500">Loading…</p>
      ) : rows.length === 0 ? (
        <div className="p-5">
          <EmptyState
            title="No organisation rules yet"
            description="Only the built-in rules label transactions. Write a rule when they get a merchant or employer wrong for your borrowers, and test it before saving."
            action={canEdit ? <Button onClick={onNew}>New rule</Button> : undefined}
          />
        </div>
      ) : (
        <Table aria-label="Label rules">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>Pattern</Th>
              <Th>Label</Th>
              <Th>Applies to</Th>
              <Th numeric>Priority</Th>
              <Th>Status</Th>
              {canEdit && <Th className="text-right">Actions</Th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((rule) => (
              <Tr key={rule.id} className={rule.id === editingId ? "bg-brand-50/60" : undefined}>
                <Td className="font-medium text-slate-900">{rule.name}</Td>
                <Td>
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs break-all text-slate-800">{patternText(rule)}</code>
                </Td>
                <Td>
                  <LabelBadge label={rule.label} />
                </Td>
                <Td>{APPLIES_TO[rule.appliesTo === "credit" || rule.appliesTo === "debit" ? rule.appliesTo : "any"].label}</Td>
                <Td numeric>{rule.priority}</Td>
                <Td>
                  <Badge tone={rule.enabled ? "green" : "neutral"}>{rule.enabled ? "Enabled" : "Disabled"}</Badge>
                </Td>
                {canEdit && (
                  <Td className="text-right whitespace-nowrap">
                    <Button variant="ghost" size="sm" onClick={() => onEdit(rule)} aria-label={`Edit rule ${rule.name}`}>
                      Edit
                    </Button>
                    <DeleteRule rule={rule} />
                  </Td>
                )}
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

function DeleteRule({ rule }: { rule: Rule }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const remove = useMutation(
    trpc.bankRules.delete.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries(trpc.bankRules.pathFilter()), queryClient.invalidateQueries(trpc.bankData.pathFilter())]),
    }),
  );
  return (
    <ConfirmButton
      variant="ghost"
      size="sm"
      tone="danger"
      aria-label={`Delete rule ${rule.name}`}
      title={`Delete the rule “${rule.name}”?`}
      description={<p>Transactions it labels go back to the other rules; every borrower&rsquo;s transactions are relabelled now. The deletion is recorded in the audit log.</p>}
      confirmLabel="Delete rule"
      onConfirm={async () => {
        try {
          const result = await remove.mutateAsync({ ruleId: rule.id });
          toast.success(`Rule deleted: ${result.relabelled.toLocaleString("en-ZA")} transaction${result.relabelled === 1 ? "" : "s"} relabelled.`);
        } catch (error) {
          toast.error(`Could not delete the rule: ${errorMessage(error)}`);
        }
      }}
    >
      Delete
    </ConfirmButton>
  );
}
