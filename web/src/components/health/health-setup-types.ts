/** An instrument as the list route names it: its latest version and whether it is shipped. */
export interface InstrumentSummary {
  id: string;
  name: string;
  kind: "rating" | "pairwise";
  shipped: boolean;
  versions: number[];
  items: number;
  dimensions: number;
}

/** The API path of a workspace's health resource (`instruments`, `assessments`, …). */
export function healthPath(workspace: string, rest: string): string {
  return `/workspaces/${encodeURIComponent(workspace)}/${rest}`;
}
