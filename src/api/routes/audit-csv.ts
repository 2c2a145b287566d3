import type { AuditItem } from "../../services/index.ts";
import { csvTextOf } from "../../shared/csv-text.ts";

/** The audit log as CSV (formula-safe cells), one row per entry, changes as JSON text. */
export function auditCsv(items: AuditItem[]): string {
  return csvTextOf(
    ["at", "actor_kind", "actor_email", "actor_id", "action", "collection", "record_id", "changes"],
    items.map((i) => [
      i.at,
      i.actor.kind,
      i.actor.email ?? null,
      i.actor.id,
      i.action,
      i.collection,
      i.recordId,
      i.changes === undefined ? null : JSON.stringify(i.changes),
    ]),
  );
}
