/** The API path of a workspace's forms (or one form, or one's sub-resource). */
export function formsPath(workspace: string, id?: string, rest = ""): string {
  const base = `/workspaces/${encodeURIComponent(workspace)}/forms`;
  return id === undefined ? base : `${base}/${encodeURIComponent(id)}${rest}`;
}

/** The English (or first) text of a translated text. */
export function english(t: Record<string, string> | undefined): string {
  if (!t) return "";
  return t.en ?? Object.values(t)[0] ?? "";
}
