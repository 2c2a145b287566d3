import type { OcdsRelease } from "./ocds-merge.ts";

/** A supplier joining or leaving an award between two releases. */
export interface SupplierChange {
  /** The supplier's party id (as in the release). */
  partyId: string;
  kind: "joined" | "left";
  /** The date of the release that shows the change (YYYY-MM-DD…). */
  date: string;
  releaseId: string;
}

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => typeof x === "object" && x) as Json[]) : [];

function suppliersIn(release: OcdsRelease, awardId: string): Set<string> | null {
  const award = list(release["awards"]).find((a) => String(a["id"]) === awardId);
  if (!award || !Array.isArray(award["suppliers"])) return null;
  return new Set(list(award["suppliers"]).map((s) => String(s["id"] ?? s["name"] ?? "")));
}

/**
 * Compares an award's suppliers from release to release (oldest first) and lists who joined or
 * left, so that amendments adding or removing suppliers become membership changes.
 * @example supplierChangesOf([r1, r2], "award-1") // [{ partyId: "GB-COH-2", kind: "joined", date: "2021-05-01", releaseId: "2" }]
 */
export function supplierChangesOf(
  releases: readonly OcdsRelease[],
  awardId: string,
): SupplierChange[] {
  const sorted = [...releases].sort((a, b) => (String(a["date"]) < String(b["date"]) ? -1 : 1));
  const changes: SupplierChange[] = [];
  let previous: Set<string> | null = null;
  for (const release of sorted) {
    const current = suppliersIn(release, awardId);
    if (!current) continue;
    const at = { date: String(release["date"] ?? ""), releaseId: String(release["id"] ?? "") };
    if (previous) {
      for (const id of current)
        if (!previous.has(id)) changes.push({ partyId: id, kind: "joined", ...at });
      for (const id of previous)
        if (!current.has(id)) changes.push({ partyId: id, kind: "left", ...at });
    }
    previous = current;
  }
  return changes;
}

/**
 * The date of the oldest release that lists suppliers on the award, or null.
 * @example awardFirstSeenOf([r1, r2], "award-1") // "2021-01-10T00:00:00Z"
 */
export function awardFirstSeenOf(releases: readonly OcdsRelease[], awardId: string): string | null {
  const dates = releases
    .filter((r) => suppliersIn(r, awardId) !== null)
    .map((r) => String(r["date"] ?? ""));
  return dates.filter((d) => d !== "").sort()[0] ?? null;
}
