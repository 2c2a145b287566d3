import type { Problem } from "../../src/shared/index.ts";

/** An error answer from the HTTP API, with its status, code, message and problems. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problems: Problem[];

  constructor(status: number, code: string, message: string, problems: Problem[] = []) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.problems = problems;
  }
}

// The list page's shape is the server's own (src/shared/api-common.ts); re-exported for the hooks.
export type { ListResult } from "../../src/shared/api-common.ts";

type UnauthorisedListener = () => void;
const unauthorisedListeners = new Set<UnauthorisedListener>();

/** Calls `listener` whenever the API answers 401; returns a function that stops listening. */
export function onUnauthorised(listener: UnauthorisedListener): () => void {
  unauthorisedListeners.add(listener);
  return () => unauthorisedListeners.delete(listener);
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy page, say): fall back to the status text below.
  }
  const error = (body as { error?: Partial<ApiError> } | null)?.error;
  return new ApiError(
    response.status,
    error?.code ?? "error",
    error?.message ?? `The server answered ${response.status} ${response.statusText}`.trim(),
    Array.isArray(error?.problems) ? error.problems : [],
  );
}

/** Sends one request to the API (JSON in, JSON out) and throws an ApiError on any non-2xx answer. */
export async function apiFetch<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: options.method ?? "GET",
      headers: options.body === undefined ? {} : { "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if ((cause as Error).name === "AbortError") throw cause;
    throw new ApiError(0, "network", "Could not reach the server. Is partnerscope still running?");
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (response.status === 401) for (const listener of unauthorisedListeners) listener();
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Builds a query string from the non-empty values of `params` (with the leading `?`, or ''). */
export function queryOf(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== null && value !== undefined && value !== "") search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** The path of a resource collection (or one entity) in a workspace. */
export function resourcePath(workspace: string, resource: string, id?: string): string {
  const base = `/workspaces/${encodeURIComponent(workspace)}/${resource}`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}`;
}
