import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Db = Kysely<Database>;

/** A stored instrument version: its JSON document, validated by the service that wrote it. */
export interface InstrumentRecord {
  id: string;
  version: number;
  name: string;
  document: unknown;
  createdAt: string;
  createdBy: string | null;
}

/** Every stored instrument version of a workspace, by id then version. */
export async function instrumentsAll(db: Db, workspaceId: number): Promise<InstrumentRecord[]> {
  const rows = await db
    .selectFrom("instruments")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .orderBy("version")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    name: r.name,
    document: JSON.parse(r.document),
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/** One instrument version (the latest when `version` is omitted), or null. */
export async function instrumentGet(
  db: Db,
  workspaceId: number,
  id: string,
  version?: number,
): Promise<InstrumentRecord | null> {
  let q = db
    .selectFrom("instruments")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id);
  if (version !== undefined) q = q.where("version", "=", version);
  const r = await q.orderBy("version", "desc").executeTakeFirst();
  return r
    ? {
        id: r.id,
        version: r.version,
        name: r.name,
        document: JSON.parse(r.document),
        createdAt: r.created_at,
        createdBy: r.created_by,
      }
    : null;
}

/** Stores a new instrument version (versions are never overwritten). */
export async function instrumentInsert(
  db: Db,
  workspaceId: number,
  r: InstrumentRecord,
): Promise<void> {
  await db
    .insertInto("instruments")
    .values({
      workspace_id: workspaceId,
      id: r.id,
      version: r.version,
      name: r.name,
      document: JSON.stringify(r.document),
      created_at: r.createdAt,
      created_by: r.createdBy,
    })
    .execute();
}
