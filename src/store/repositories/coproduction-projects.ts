import type { Kysely } from "kysely";
import type { CoproductionProjectTable, Database } from "../schema.ts";

type Db = Kysely<Database>;

/** A stored co-production project: its document is parsed JSON, validated by the service. */
export interface CoproductionProjectRecord {
  id: string;
  title: string;
  partnership: string | null;
  valueMap: string | null;
  document: unknown;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
}

function fromRow(r: CoproductionProjectTable): CoproductionProjectRecord {
  return {
    id: r.id,
    title: r.title,
    partnership: r.partnership_id,
    valueMap: r.value_map_id,
    document: JSON.parse(r.document),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
  };
}

/** Every project of a workspace, by id; or only those of one partnership. */
export async function coproductionProjectsAll(
  db: Db,
  workspaceId: number,
  partnership?: string,
): Promise<CoproductionProjectRecord[]> {
  let query = db
    .selectFrom("coproduction_projects")
    .selectAll()
    .where("workspace_id", "=", workspaceId);
  if (partnership !== undefined) query = query.where("partnership_id", "=", partnership);
  return (await query.orderBy("id").execute()).map(fromRow);
}

/** One project, or null. */
export async function coproductionProjectGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<CoproductionProjectRecord | null> {
  const row = await db
    .selectFrom("coproduction_projects")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Inserts or replaces a project; its creator and creation time are kept on replace. */
export async function coproductionProjectPut(
  db: Db,
  workspaceId: number,
  p: CoproductionProjectRecord,
): Promise<void> {
  const document = JSON.stringify(p.document);
  const changed = {
    title: p.title,
    partnership_id: p.partnership,
    value_map_id: p.valueMap,
    document,
    updated_at: p.updatedAt,
  };
  await db
    .insertInto("coproduction_projects")
    .values({
      workspace_id: workspaceId,
      id: p.id,
      ...changed,
      created_at: p.createdAt,
      created_by: p.createdBy,
    })
    .onConflict((oc) => oc.columns(["workspace_id", "id"]).doUpdateSet(changed))
    .execute();
}

/** Deletes a project; returns whether it existed. */
export async function coproductionProjectDelete(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("coproduction_projects")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The ids of the projects whose evaluation holds a value map (a value map in use is kept). */
export async function coproductionProjectsUsingValueMap(
  db: Db,
  workspaceId: number,
  valueMapId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom("coproduction_projects")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("value_map_id", "=", valueMapId)
    .orderBy("id")
    .execute();
  return rows.map((r) => r.id);
}
