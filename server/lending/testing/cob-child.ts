import { openDatabase } from "@/db/client";
import { runCloseOfBusiness } from "../cob-run";

/**
 * The resume test's child process: runs close of business and prints a line after each committed
 * batch, so the test can SIGKILL it in the middle of a run.
 */
const [url, orgId, until, batchSize] = process.argv.slice(2);
if (!url || !orgId || !until) {
  console.error("usage: cob-child <database url> <org id> <until YYYY-MM-DD> [batch size]");
  process.exit(2);
}
const handle = openDatabase(url, { max: 2 });
await runCloseOfBusiness(handle, orgId, { trigger: "test", until, batchSize: Number(batchSize ?? 10), onBatchCommitted: () => process.stdout.write("batch\n") });
process.stdout.write("done\n");
await handle.close();
