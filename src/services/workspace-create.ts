import type { Kysely } from "kysely";
import type { Workspace } from "../shared/index.ts";
import { type Database, type WorkspaceRecord, workspaceCreate } from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { conflict } from "./errors.ts";

/**
 * Creates a workspace on `db` (the caller's transaction). When another process created the same
 * slug after the caller looked (two imports into one new workspace at once), the store's raw
 * 'UNIQUE constraint failed: workspaces.slug' becomes a conflict in words; the caller's
 * transaction then rolls back, so nothing is written.
 */
export async function workspaceCreateNew(
  ctx: ServiceContext,
  db: Kysely<Database>,
  workspace: Workspace,
): Promise<WorkspaceRecord> {
  try {
    return await workspaceCreate(db, workspace, ctx.now().toISOString());
  } catch (error) {
    if (ctx.store.adapter.constraintOf(error) !== "unique") throw error;
    throw conflict(
      `A workspace named '${workspace.slug}' already exists: another import created it while this one was being checked, and nothing was written. Run it again to add to that workspace`,
    );
  }
}
