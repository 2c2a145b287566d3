import type { ImportProvenance, RecordProvenance } from "../../engine/interop/exchange-builder.ts";
import type { ExchangeDocument } from "../../shared/index.ts";
import type { ProvenanceRecord } from "../../store/index.ts";

/**
 * Release ids a provenance row names at most: the first and last half of this many. Every record
 * of a contracting process shares its source, so a process of N releases would otherwise write N
 * ids into each of its N rows — N² (5,000 releases: 980 MB of provenance). Decision 0007.
 */
export const RELEASE_IDS_KEPT = 10;

/** The release ids a row keeps — all of them up to RELEASE_IDS_KEPT, else the first and last few — and how many there were. */
export function boundedReleaseIds(ids: readonly string[]): { kept: string[]; count: number } {
  if (ids.length <= RELEASE_IDS_KEPT) return { kept: [...ids], count: ids.length };
  const half = RELEASE_IDS_KEPT / 2;
  return { kept: [...ids.slice(0, half), ...ids.slice(-half)], count: ids.length };
}

/** The id a source names a record by: the grant id, the OCDS release ids or ocid, or the row. */
function sourceIdOf(p: RecordProvenance): string | null {
  if (p.grantId !== undefined) return p.grantId;
  const ids = p.releaseIds ?? [];
  if (ids.length > RELEASE_IDS_KEPT) {
    const { kept, count } = boundedReleaseIds(ids);
    const half = kept.length / 2;
    const [first, last] = [kept.slice(0, half).join(" "), kept.slice(half).join(" ")];
    return `${first} … ${last} (${count.toLocaleString("en-GB")} releases; first and last ${half} shown)`;
  }
  if (ids.length > 0) return ids.join(" ");
  return p.ocid ?? (p.row ? `row ${p.row}` : null);
}

/** The source as stored: a long list of release ids is cut to its ends, with `releaseCount`. */
function dataOf(p: RecordProvenance): Record<string, unknown> {
  if (!p.releaseIds || p.releaseIds.length <= RELEASE_IDS_KEPT) return { ...p };
  const { kept, count } = boundedReleaseIds(p.releaseIds);
  return { ...p, releaseIds: kept, releaseCount: count };
}

/**
 * Provenance rows for every record of an imported document (ids already folded into merge
 * survivors), tagged with the batch that imported them; an organisation keeps the first record
 * of the import that named it (`firstMet`: the organisations no earlier chunk of it named). A row
 * names at most RELEASE_IDS_KEPT release ids (the first and last ones) and then the count.
 */
export function provenanceRecordsOf(
  provenance: ImportProvenance,
  doc: ExchangeDocument,
  aliases: ReadonlyMap<string, string>,
  batchId: string,
  firstMet: ReadonlySet<string>,
): ProvenanceRecord[] {
  const records: ProvenanceRecord[] = [];
  for (const collection of ["organisations", "partnerships", "events", "contracts"] as const) {
    const ids = new Set(doc[collection].map((e) => e.id));
    for (const [rawId, sources] of Object.entries(provenance[collection])) {
      const entityId = collection === "organisations" ? (aliases.get(rawId) ?? rawId) : rawId;
      if (!ids.has(entityId)) continue;
      // An organisation named by thousands of grants (a funder) keeps the first record that named
      // it in this import, not one row per mention; other records come from exactly one source.
      const isOrganisation = collection === "organisations";
      if (isOrganisation && !firstMet.has(entityId)) continue;
      const kept = isOrganisation ? sources.slice(0, 1) : sources;
      for (const p of kept)
        records.push({
          collection,
          entityId,
          batchId,
          sourceFile: p.sourceFile,
          publisher: p.publisher,
          sourceId: sourceIdOf(p),
          data: dataOf(p),
        });
    }
  }
  return records;
}
