/** Client-side guesses about a chosen file: enough to decide whether the CSV mapping step is needed. The server detects again. */

export type FileKind = "csv" | "json" | "ofx";

export const FORMAT_NAMES: Record<string, string> = {
  byod_json: "BYOD JSON",
  algoan_json: "Algoan JSON",
  budget_insight_json: "Budget Insight JSON",
  csv: "CSV",
  ofx: "OFX/QFX",
};

/** The server's limit (parse-import-file.ts); checked before anything is read or sent. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** What the CSV layout detection needs: its first lines, never the whole file. */
export const SAMPLE_BYTES = 64 * 1024;

/** Same order as the server's detection: content first (JSON, OFX header), then the file name, else CSV. */
export function detectFileKind(head: string, fileName: string): FileKind | null {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("{") || start.startsWith("[")) return "json";
  if (/^OFXHEADER\s*:/i.test(start) || /<\?OFX\b/i.test(start) || /<OFX>/i.test(start)) return "ofx";
  if (/\.(ofx|qfx|qbo)$/i.test(fileName)) return "ofx";
  if (/\.json$/i.test(fileName)) return "json";
  const firstLines = start.split(/\r?\n/).slice(0, 5);
  if (/\.(csv|txt|tsv)$/i.test(fileName) || firstLines.some((line) => /[,;\t|]/.test(line))) return "csv";
  return null;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
