import type { JobOf as Job } from "../../../src/shared/supply-chain-views.ts";
import { ApiError, apiFetch } from "../api.ts";

/** The API path of the workspace's supply chains (or one of them, or one of its sub-resources). */
export function supplyChainPath(workspace: string, id?: string, rest = ""): string {
  const base = `/workspaces/${encodeURIComponent(workspace)}/supply-chains`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}${rest}`;
}

/** The app's page for the workspace's supply chains (or one of them). */
export function supplyChainHref(workspace: string, id?: string, rest = ""): string {
  const base = `/w/${encodeURIComponent(workspace)}/supply-chains`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}${rest}`;
}

/** Posts CSV text and returns the JSON answer, throwing an ApiError (with problems) on failure. */
export async function postCsv<T>(path: string, csv: string): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "text/csv" },
    body: csv,
    credentials: "same-origin",
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const e = body?.error ?? {};
    throw new ApiError(
      response.status,
      e.code ?? "error",
      e.message ?? `The server answered ${response.status}`,
      e.problems ?? [],
    );
  }
  return body as T;
}

/** Polls a job every `everyMs` until it is done or failed, calling `onUpdate` with each state. */
export async function pollJob<T>(
  id: string,
  onUpdate: (job: Job<T>) => void,
  everyMs = 400,
): Promise<Job<T>> {
  for (;;) {
    const job = await apiFetch<Job<T>>(`/jobs/${encodeURIComponent(id)}`);
    onUpdate(job);
    if (job.status !== "running" && job.status !== "queued") return job;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
