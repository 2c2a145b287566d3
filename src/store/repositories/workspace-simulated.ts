import type { Kysely } from "kysely";
import type { Database } from "../schema.ts";

type Db = Kysely<Database>;

/** Marks a workspace as holding simulated data (or not). */
export async function workspaceSimulatedSet(db: Db, id: number, simulated: boolean): Promise<void> {
  await db
    .updateTable("workspaces")
    .set({ simulated: simulated ? 1 : 0 })
    .where("id", "=", id)
    .execute();
}

/** The keys of the workspaces that hold simulated data. */
export async function workspacesSimulated(db: Db): Promise<Set<number>> {
  const rows = await db.selectFrom("workspaces").select("id").where("simulated", "=", 1).execute();
  return new Set(rows.map((r) => r.id));
}
