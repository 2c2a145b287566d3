/** Addresses of appraisals: the API path and the web app's page paths. */

/** The API path of a workspace's appraisals (or one appraisal), without the /api/v1 prefix. */
export function appraisalApiPath(workspace: string, id?: string): string {
  const base = `/workspaces/${encodeURIComponent(workspace)}/appraisals`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}`;
}

/** The web page of a workspace's appraisals, or of one appraisal with an optional sub-page. */
export function appraisalPagePath(
  workspace: string,
  id?: string,
  sub?: "edit" | "realisation",
): string {
  const base = `/w/${encodeURIComponent(workspace)}/appraisals`;
  if (id === undefined) return base;
  return `${base}/${encodeURIComponent(id)}${sub ? `/${sub}` : ""}`;
}
