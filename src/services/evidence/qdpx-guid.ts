import { createHash } from "node:crypto";

/**
 * A stable GUID for one of our records (a name-based UUID, version 5 layout, from SHA-1): the same
 * code or evidence item gets the same GUID in every export, so a re-import finds it again.
 */
export function guidOf(kind: "code" | "source" | "selection" | "coding", id: string): string {
  const h = createHash("sha1").update(`partnerscope:${kind}:${id}`).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** GUIDs compare without braces and case ({ABC…} and abc… are the same). */
export function guidKey(guid: string): string {
  return guid.replace(/[{}]/g, "").toLowerCase();
}
