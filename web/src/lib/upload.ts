import { ApiError } from "../api.ts";

/** How far an upload has got. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * POSTs a file as the raw request body with XMLHttpRequest (fetch cannot report upload progress)
 * and resolves with the JSON answer; non-2xx answers reject with an ApiError.
 */
export function uploadFile<T>(
  url: string,
  file: File,
  onProgress: (p: UploadProgress) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.upload.onprogress = (e) =>
      onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onerror = () =>
      reject(new ApiError(0, "network", "The upload failed: the server could not be reached"));
    xhr.onload = () => {
      let body: { error?: { code?: string; message?: string; problems?: [] } } | null = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: reported by status below.
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body as T);
      const e = body?.error;
      reject(
        new ApiError(
          xhr.status,
          e?.code ?? "error",
          e?.message ?? `The server answered ${xhr.status}`,
          e?.problems ?? [],
        ),
      );
    };
    xhr.send(file);
  });
}
