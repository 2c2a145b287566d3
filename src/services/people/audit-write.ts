import type { Insertable, Kysely } from "kysely";
import { auditAppend, type Database } from "../../store/index.ts";
import type { AuditLogTable } from "../../store/schema.ts";
import type { ServiceContext } from "../context.ts";

/** Contexts whose writes are part of a larger write that logs itself once (the demo load). */
const QUIET = new WeakSet<ServiceContext>();

/**
 * A copy of `ctx` whose writes log nothing, for steps of a write that records one entry for the
 * whole (the demo load is an import, appraisals and a supply chain: one entry, not six).
 */
export function auditQuiet(ctx: ServiceContext): ServiceContext {
  const quiet = { ...ctx };
  QUIET.add(quiet);
  return quiet;
}

/**
 * Appends `entries` inside the caller's transaction `db` (so a write that fails logs nothing),
 * unless `ctx` is a quiet step of a larger write.
 */
export async function auditWrite(
  ctx: ServiceContext,
  db: Kysely<Database>,
  ...entries: Insertable<AuditLogTable>[]
): Promise<void> {
  if (!QUIET.has(ctx)) await auditAppend(db, entries);
}
