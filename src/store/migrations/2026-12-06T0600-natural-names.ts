import type { Kysely } from "kysely";
import { naturalKey, partnershipSearchText } from "../repositories/natural-key.ts";

/**
 * Natural name order and wider search: organisations and partnerships get `sort_name` (a key whose
 * plain order puts "HA2" before "HA10" on both dialects) and partnerships get `search_text`
 * (name and description), filled in for the rows already stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ["organisations", "partnerships"])
    await db.schema
      .alterTable(table)
      .addColumn("sort_name", "text", (c) => c.notNull().defaultTo(""))
      .execute();
  await db.schema
    .alterTable("partnerships")
    .addColumn("search_text", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  const organisations = await db
    .selectFrom("organisations")
    .select(["workspace_id", "id", "name"])
    .execute();
  for (const o of organisations)
    await db
      .updateTable("organisations")
      .set({ sort_name: naturalKey(o.name) })
      .where("workspace_id", "=", o.workspace_id)
      .where("id", "=", o.id)
      .execute();
  const partnerships = await db
    .selectFrom("partnerships")
    .select(["workspace_id", "id", "name", "data"])
    .execute();
  for (const p of partnerships)
    await db
      .updateTable("partnerships")
      .set({
        sort_name: naturalKey(p.name),
        search_text: partnershipSearchText(p.name, JSON.parse(p.data).description),
      })
      .where("workspace_id", "=", p.workspace_id)
      .where("id", "=", p.id)
      .execute();
}

/** Removes the natural-order and search columns. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("partnerships").dropColumn("search_text").execute();
  for (const table of ["organisations", "partnerships"])
    await db.schema.alterTable(table).dropColumn("sort_name").execute();
}
