import type { ProvenanceEntry } from "../../shared/index.ts";
import { provenanceOf } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { entityGet } from "../entities.ts";
import type { ResourceName } from "../resources.ts";
import { workspaceRequire } from "../workspaces.ts";

const text = (v: unknown) => (typeof v === "string" ? v : null);

/**
 * The provenance of one organisation, partnership, event or contract: every import that wrote or
 * re-confirmed it, oldest first (an organisation keeps the first record of each import that named
 * it). Not found when the record does not exist; empty for records entered by hand.
 * @example const { items } = await entityProvenance(ctx, "demo", "contracts", "360G-LBFEW-1");
 */
export async function entityProvenance(
  ctx: ServiceContext,
  slug: string,
  collection: ResourceName,
  id: string,
): Promise<{ items: ProvenanceEntry[] }> {
  await entityGet(ctx, slug, collection, id);
  const ws = await workspaceRequire(ctx, slug);
  const rows = await provenanceOf(ctx.store.db, ws.id, collection, id);
  return {
    items: rows.map((r) => ({
      batch: r.batchId,
      importKind: r.importKind,
      importedAt: r.importedAt,
      sourceFile: r.sourceFile,
      publisher: r.publisher,
      sourceId: r.sourceId,
      ocid: text(r.data["ocid"]),
      postcode: text(r.data["postcode"]),
    })),
  };
}
