"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useCan } from "@/components/providers/membership";
import { useTRPC } from "@/components/providers/trpc";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { RuleForm } from "./rule-form";
import { RuleList } from "./rule-list";
import type { Rule } from "./rule-values";
import { RulesHelp } from "./rules-help";

/** The organisation's label rules: the list, and one rule at a time in the form with its tester. */
export function RulesView() {
  const trpc = useTRPC();
  const canEdit = useCan("credit_officer");
  const rules = useQuery(trpc.bankRules.list.queryOptions());
  // null: no form; "new": creating; a rule: editing it.
  const [editing, setEditing] = useState<Rule | "new" | null>(null);
  return (
    <>
      <PageHeader
        title="Label rules"
        description="Your organisation's own rules for labelling bank transactions."
        actions={
          canEdit && editing === null ? (
            <Button onClick={() => setEditing("new")}>New rule</Button>
          ) : undefined
        }
      />
      <div className="space-y-6">
        <RulesHelp />
        {editing !== null && <RuleForm key={editing === "new" ? "new" : editing.id} rule={editing === "new" ? null : editing} onDone={() => setEditing(null)} />}
        <RuleList rules={rules} canEdit={canEdit} onEdit={(rule) => setEditing(rule)} onNew={() => setEditing("new")} editingId={editing !== null && editing !== "new" ? editing.id : null} />
      </div>
    </>
  );
}
