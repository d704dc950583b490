/** Reading the chosen file in the browser: the sample for the mapping step, and the whole file (with progress) for the upload. */

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252, as the server decodes (older French and Spanish exports). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * The first `maxBytes` of the file as text, cut after the last complete line so that neither a row
 * nor a multi-byte character is split (a cut character would make a UTF-8 file look like Windows-1252).
 */
export async function readSample(file: File, maxBytes: number): Promise<string> {
  const bytes = new Uint8Array(await file.slice(0, maxBytes).arrayBuffer());
  if (file.size <= maxBytes) return decodeText(bytes);
  const lastNewline = bytes.lastIndexOf(10);
  return decodeText(lastNewline > 0 ? bytes.subarray(0, lastNewline + 1) : bytes);
}

/** The whole file, reporting the share read so far (FileReader is the API with progress events). */
export function readWithProgress(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.onload = () => {
      const result = reader.result;
      if (result instanceof ArrayBuffer) {
        onProgress(1);
        resolve(new Uint8Array(result));
      } else reject(new Error("the file could not be read"));
    };
    reader.readAsArrayBuffer(file);
  });
}

/** Base64 in slices: one String.fromCharCode call over 20 MB would overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

/** Lines holding something, for "importing about N rows" (a CSV's rows, give or take the header and preamble). */
export function countNonEmptyLines(bytes: Uint8Array): number {
  let lines = 0;
  let content = false;
  for (const byte of bytes) {
    if (byte === 10) {
      if (content) lines++;
      content = false;
    } else if (byte !== 13 && byte !== 32 && byte !== 9) {
      content = true;
    }
  }
  return content ? lines + 1 : lines;
}
