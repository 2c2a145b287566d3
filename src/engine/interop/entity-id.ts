/** The pattern every entity id must match (src/shared/primitives.ts). */
const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._~:-]*$/;

/** A small stable hash (FNV-1a, 32 bits) so that shortened ids stay distinct. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/**
 * Makes an entity id from any source id: other characters become `-`, runs collapse, the id
 * starts with a letter or digit and is at most 200 characters (long ones end in a hash).
 * @example entityIdOf("GB-SRS-acme.org/AB 12") // "GB-SRS-acme.org-AB-12"
 */
export function entityIdOf(raw: string): string {
  if (ENTITY_ID.test(raw) && raw.length <= 200) return raw;
  let id = raw
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._~:-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .replace(/-+$/, "");
  if (id === "") id = `id-${fnv1a(raw)}`;
  if (id.length > 200) id = `${id.slice(0, 190)}-${fnv1a(raw)}`;
  return id;
}
