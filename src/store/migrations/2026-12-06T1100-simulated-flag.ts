import type { Kysely } from "kysely";

/**
 * A workspace made from a simulation run carries `simulated` = 1, so every place that shows it
 * (workspace lists, top bar, sector page) can say its data is simulated, whatever it is named.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("workspaces")
    .addColumn("simulated", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
}

/** Removes the marker. */
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("workspaces").dropColumn("simulated").execute();
}
