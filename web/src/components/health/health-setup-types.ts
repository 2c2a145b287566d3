/** An instrument as the list route names it: its latest version and whether it is shipped. */
export type { InstrumentSummary } from "../../../../src/shared/health-views.ts";

/** The API path of a workspace's health resource (`instruments`, `assessments`, …). */
export function healthPath(workspace: string, rest: string): string {
  return `/workspaces/${encodeURIComponent(workspace)}/${rest}`;
}
