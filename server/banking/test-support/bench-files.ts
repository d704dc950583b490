import { centsToDecimal, generateAccounts } from "./generate-transactions";

/**
 * The benchmark's 100 000 generated transactions as the two files a lender would upload: one CSV
 * (a single account, running balance) and one BYOD JSON document (several accounts).
 */
export function generateBenchFiles(total: number, accounts: number): { csvText: string; byodText: string; count: number } {
  const generated = generateAccounts(accounts, total / accounts);
  const rows = generated.flatMap((account) => account.transactions);
  let running = 0;
  const csvLines = ["Date,Description,Reference,Amount,Balance"];
  for (const t of rows) {
    running += t.cents;
    csvLines.push(`${t.date},"${t.description}",${t.reference},${centsToDecimal(t.cents)},${centsToDecimal(running)}`);
  }
  // JSON numbers, as the seed's BYOD format carries them: written from exact decimal text.
  const json = (cents: number) => centsToDecimal(cents);
  const accountsJson = generated.map((account) => {
    const transactions = account.transactions.map(
      (t) => `{"datetime":"${t.date}T10:00:00Z","amount":${json(t.cents)},"balance":${json(t.balanceCents)},"description":${JSON.stringify(t.description)},"reference":${JSON.stringify(t.reference)},"currency":"${account.currency}"}`,
    );
    const closing = account.transactions.at(-1)?.balanceCents ?? account.openingCents;
    return `{"account_number":"${account.number}","account_name":"${account.language} current account","account_type":"current","balance":${json(closing)},"currency":"${account.currency}","bank_slug":"bench","account_holder_name":${JSON.stringify(account.holder)},"transactions":[${transactions.join(",")}]}`;
  });
  return { csvText: `${csvLines.join("\n")}\n`, byodText: `{"accounts":[${accountsJson.join(",")}]}`, count: rows.length };
}
