import { describe, expect, it } from "vitest";
import { loadLabelled } from "../test-support/fixtures";
import { labelTransactions } from "./label-transactions";
import { compileOrgPattern, OrgRuleError } from "./org-rules";
import { checkOrgPatternStatically } from "./regex-shape";
import { testOrgRule } from "./test-org-rule";
import type { OrgRule } from "./types";
import { validateOrgPattern } from "./validate-org-pattern";

describe("static pattern checks", () => {
  it.each([
    ["(a+)+$", "nested_quantifier"],
    ["(a*)*b", "nested_quantifier"],
    ["(.*a){12}", "nested_quantifier"],
    ["^(\\w+\\s?)*$", "nested_quantifier"],
    ["(x{1,40})+y", "nested_quantifier"],
    ["(a|aa)*b", "overlapping_alternation"],
    ["(\\w|\\d)+!", "overlapping_alternation"],
    ["(a|)+b", "overlapping_alternation"],
    [".*.*.*=", "adjacent_quantifiers"],
    ["\\d+\\d*\\d+x", "adjacent_quantifiers"],
    ["(PRLV)\\1", "backreference"],
  ])("refuses %s (%s)", (pattern, code) => {
    expect(checkOrgPatternStatically(pattern)).toMatchObject({ ok: false, code });
  });

  it.each(["LOYER|RENT", "\\bCOFIDIS\\b", "(PRLV|PRELEVEMENT) SEPA", "(\\d{2}\\.)+\\d{2}", "(ab|cd)+", "^(?:WONGA|LIME ?24)", "[^a-z]+x", "AFRICAN\\s+BANK", "(?<=VIR )ACME"])("accepts %s", (pattern) => {
    expect(checkOrgPatternStatically(pattern)).toEqual({ ok: true });
  });
});

describe("validateOrgPattern", () => {
  it("refuses invalid regexes, bad flags and patterns over 500 characters", async () => {
    expect(await validateOrgPattern("(unclosed")).toMatchObject({ ok: false, code: "invalid_regex" });
    expect(await validateOrgPattern("LOYER", "g")).toMatchObject({ ok: false, code: "invalid_flags" });
    expect(await validateOrgPattern("A".repeat(501))).toEqual({ ok: false, code: "too_long", reason: "pattern is 501 characters; the limit is 500" });
    expect(await validateOrgPattern("   ")).toMatchObject({ ok: false, code: "invalid_regex" });
  });

  it("refuses a catastrophic pattern statically, at once", async () => {
    const started = performance.now();
    expect(await validateOrgPattern("^(a+)+$")).toMatchObject({ ok: false, code: "nested_quantifier" });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it("stops a slow pattern the static check lets through within the time cap and terminates its worker", async () => {
    const started = performance.now();
    const verdict = await validateOrgPattern(".*a.*a.*a.*a.*a.*b", null, { timeoutMs: 50 });
    expect(verdict).toMatchObject({ ok: false, code: "too_slow" });
    expect(verdict.ok ? "" : verdict.reason).toMatch(/more than 50 ms/);
    // Worker start-up is not counted in the 50 ms; the whole check still ends promptly.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("accepts an ordinary pattern", async () => {
    expect(await validateOrgPattern("\\b(WONGA|LIME ?24)\\b")).toEqual({ ok: true });
  });

  it("compiling refuses what validation refuses, so a stored bad rule never runs", () => {
    expect(() => compileOrgPattern("(a|aa)*", null, "r9")).toThrow(OrgRuleError);
    expect(() => labelTransactions([], [{ id: "bad", pattern: "([", label: "rent", priority: 1, appliesTo: "any" }])).toThrow(/not a valid regular expression/);
  });
});

describe("testOrgRule (the regex search)", () => {
  it("lists what a pattern matches and what would change, without applying it", async () => {
    const { transactions } = await loadLabelled("algoan-personas/fr/harry_potter.json");
    const rule: OrgRule = { id: "new", pattern: "POTTER", label: "internal_transfer", priority: 10, appliesTo: "any" };
    const result = testOrgRule(rule, transactions);
    expect(result.matchCount).toBe(11);
    const rows = new Map(result.matches.map((m) => [m.description.trim(), m]));
    expect(rows.get("VIREMENT EMIS M POTTER")).toMatchObject({ before: "transfer_out", after: "internal_transfer", changed: true });
    expect(rows.get("VIREMENT COMPTE A COMPTE MME POTTER")).toMatchObject({ before: "internal_transfer", after: "internal_transfer", changed: false });
    expect(result.changeCount).toBe(result.matches.filter((m) => m.changed).length);
    // Nothing was applied.
    expect(transactions.find((t) => t.description === "VIREMENT EMIS M POTTER")?.label).toBe("transfer_out");
  });

  it("keeps overrides and stronger organisation rules, and applies direction", async () => {
    const existing: OrgRule[] = [{ id: "strong", name: "Carte Zero is a card", pattern: "CARTE ZERO", label: "credit_card_repayment", priority: 50, appliesTo: "debit" }];
    const { parsed } = await loadLabelled("algoan-personas/fr/harry_potter.json");
    const { labelParsedImport } = await import("./label-import");
    const labelled = labelParsedImport(parsed, existing).transactions;
    const candidate: OrgRule = { id: "weak", pattern: "ZERO|LOYER", label: "loan_repayment", priority: 10, appliesTo: "debit" };
    const result = testOrgRule(candidate, labelled, existing);
    const zero = result.matches.filter((m) => m.description.includes("CARTE ZERO"));
    expect(zero.length).toBeGreaterThan(0);
    expect(zero.every((m) => !m.changed && /priority 50/.test(m.keptBecause ?? ""))).toBe(true);
    expect(result.matches.filter((m) => m.description.includes("LOYER")).every((m) => m.after === "loan_repayment" && m.changed)).toBe(true);
    const credits = testOrgRule({ ...candidate, appliesTo: "credit" }, labelled, existing);
    expect(credits.matchCount).toBe(0);
  });

  it("refuses an unsafe candidate instead of running it", async () => {
    const { transactions } = await loadLabelled("algoan-personas/fr/harry_potter.json");
    expect(() => testOrgRule({ id: "x", pattern: "(.*a){20}", label: "rent", priority: 1, appliesTo: "any" }, transactions)).toThrow(OrgRuleError);
  });
});
