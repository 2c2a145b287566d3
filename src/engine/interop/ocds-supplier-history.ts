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

/** One release's view of one award: its date, id and suppliers. */
interface AwardSighting {
  date: string;
  releaseId: string;
  suppliers: Set<string>;
}

/**
 * Every award's sightings, oldest release first, built once per list of releases: a process of N
 * releases with N awards was otherwise sorted and searched once per award — N² (decision 0007).
 * Keyed by the list itself, which the mapping of one process passes for each of its awards.
 */
const sightingsCache = new WeakMap<readonly OcdsRelease[], Map<string, AwardSighting[]>>();

function sightingsOf(releases: readonly OcdsRelease[]): Map<string, AwardSighting[]> {
  const cached = sightingsCache.get(releases);
  if (cached) return cached;
  const byAward = new Map<string, AwardSighting[]>();
  const sorted = [...releases].sort((a, b) => (String(a["date"]) < String(b["date"]) ? -1 : 1));
  for (const release of sorted) {
    const at = { date: String(release["date"] ?? ""), releaseId: String(release["id"] ?? "") };
    const met = new Set<string>();
    for (const award of list(release["awards"])) {
      const awardId = String(award["id"]);
      // The first award of a release with an id is the one that counts for it.
      if (met.has(awardId)) continue;
      met.add(awardId);
      if (!Array.isArray(award["suppliers"])) continue;
      const suppliers = new Set(
        list(award["suppliers"]).map((s) => String(s["id"] ?? s["name"] ?? "")),
      );
      const sightings = byAward.get(awardId) ?? [];
      sightings.push({ ...at, suppliers });
      byAward.set(awardId, sightings);
    }
  }
  sightingsCache.set(releases, byAward);
  return byAward;
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
  const changes: SupplierChange[] = [];
  let previous: Set<string> | null = null;
  for (const { suppliers: current, ...at } of sightingsOf(releases).get(awardId) ?? []) {
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
  let first: string | null = null;
  for (const { date } of sightingsOf(releases).get(awardId) ?? [])
    if (date !== "" && (first === null || date < first)) first = date;
  return first;
}
