const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~:-]*$/;

/** A new entity id from a name: a slug plus a short random suffix (e.g. `riverside-care-k3f9`). */
export function idFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const suffix = Math.random().toString(36).slice(2, 6).padEnd(4, "0");
  const id = `${slug || "item"}-${suffix}`;
  return ID_PATTERN.test(id) ? id : `item-${suffix}`;
}

/** Splits an org-id.guide identifier (GB-CHC-1234567) into its scheme and id, when it is one. */
export function splitOrgId(value: string): { scheme: string; id: string } | null {
  const match = /^([A-Z]{2}-[A-Z0-9]+)-(.+)$/.exec(value.trim());
  return match ? { scheme: match[1]!, id: match[2]! } : null;
}
