/** How organisation rules are applied, in the officer's words. */
export function RulesHelp() {
  return (
    <div className="rounded-lg border border-brand-100 bg-brand-50 px-5 py-4 text-sm text-slate-700">
      <p className="font-medium text-slate-900">How rules work</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        <li>
          A rule is a <span className="font-medium">regular expression</span>, always case-insensitive, searched for in each transaction&rsquo;s description (for example{" "}
          <code className="rounded bg-white px-1 text-xs">KFC|NANDOS</code> or <code className="rounded bg-white px-1 text-xs">^DEBIT ORDER .*GYM</code>).
        </li>
        <li>
          Organisation rules outrank every built-in rule; among them the highest priority wins. An officer&rsquo;s override on a transaction outranks everything.
        </li>
        <li>Test a rule to see what it matches and which labels would change; saving applies it to every borrower&rsquo;s transactions at once.</li>
        <li>Patterns that could run catastrophically slowly (nested repeats such as <code className="rounded bg-white px-1 text-xs">(a+)+</code>, back-references) are refused.</li>
      </ul>
    </div>
  );
}
