/** Today as YYYY-MM-DD (the browser's clock; the API defaults to the server's). */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The path of a landscape or sector endpoint in a workspace, with its query. */
export function landscapePath(workspace: string, rest: string, query = ""): string {
  return `/workspaces/${encodeURIComponent(workspace)}/${rest}${query}`;
}
