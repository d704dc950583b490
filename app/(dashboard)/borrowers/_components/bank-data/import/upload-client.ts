import { createTRPCClient, httpLink } from "@trpc/client";
import superjson from "superjson";
import type { AppRouter } from "@/server/root";

interface RequestInitLike {
  body?: unknown;
  headers?: [string, string][] | Record<string, string> | Headers;
  method?: string;
  signal?: AbortSignal | null | undefined;
}

/**
 * fetch() cannot report upload progress; XMLHttpRequest can. This speaks fetch's shape to tRPC's
 * link so an import is still an ordinary tRPC call (same errors, same field messages).
 */
function xhrFetch(onUpload: (fraction: number) => void) {
  return (input: RequestInfo | URL | string, init?: RequestInitLike): Promise<Response> =>
    new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      xhr.open(init?.method ?? "GET", url);
      new Headers(init?.headers).forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onUpload(event.loaded / event.total);
      };
      xhr.upload.onload = () => onUpload(1);
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
          const at = line.indexOf(":");
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        resolve(new Response(xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new TypeError("The upload failed: check the connection and try again."));
      xhr.onabort = () => reject(new DOMException("The upload was cancelled.", "AbortError"));
      init?.signal?.addEventListener("abort", () => xhr.abort());
      xhr.send(typeof init?.body === "string" ? init.body : null);
    });
}

/** A one-off tRPC client for the import call, unbatched so the progress belongs to this request alone. */
export function createUploadClient(onUpload: (fraction: number) => void) {
  return createTRPCClient<AppRouter>({ links: [httpLink({ url: "/api/trpc", transformer: superjson, fetch: xhrFetch(onUpload) })] });
}
