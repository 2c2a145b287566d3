import type { ImportProvenance, RecordProvenance } from "../../engine/interop/exchange-builder.ts";
import type { ExchangeDocument } from "../../shared/index.ts";
import type { ProvenanceRecord } from "../../store/index.ts";

/** The id a source names a record by: the grant id, the OCDS release ids or ocid, or the row. */
const sourceIdOf = (p: RecordProvenance) =>
  p.grantId ??
  (p.releaseIds?.length ? p.releaseIds.join(" ") : (p.ocid ?? (p.row ? `row ${p.row}` : null)));

/**
 * Provenance rows for every record of an imported document (ids already folded into merge
 * survivors), tagged with the batch that imported them; an organisation keeps the first record
 * of the import that named it (`firstMet`: the organisations no earlier chunk of it named).
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
          data: { ...p },
        });
    }
  }
  return records;
}
