import type { Kysely } from "kysely";
import type { Workspace } from "../../shared/index.ts";
import type { Database } from "../schema.ts";
import { codebookSeedDefault } from "./codebook.ts";

type Db = Kysely<Database>;

/** A stored workspace: its key for scoping rows, slug and name. */
export interface WorkspaceRecord extends Workspace {
  id: number;
}

/** Every workspace, by slug. */
export async function workspacesAll(db: Db): Promise<WorkspaceRecord[]> {
  return db.selectFrom("workspaces").select(["id", "slug", "name"]).orderBy("slug").execute();
}

/** The workspace with this slug, or null. */
export async function workspaceBySlug(db: Db, slug: string): Promise<WorkspaceRecord | null> {
  const row = await db
    .selectFrom("workspaces")
    .select(["id", "slug", "name"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  return row ?? null;
}

/** The workspace with this key, or null. */
export async function workspaceById(db: Db, id: number): Promise<WorkspaceRecord | null> {
  const row = await db
    .selectFrom("workspaces")
    .select(["id", "slug", "name"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ?? null;
}

/** Creates a workspace; `now` is an ISO timestamp. */
export async function workspaceCreate(
  db: Db,
  workspace: Workspace,
  now: string,
): Promise<WorkspaceRecord> {
  const row = await db
    .insertInto("workspaces")
    .values({ slug: workspace.slug, name: workspace.name, created_at: now })
    .returning(["id", "slug", "name"])
    .executeTakeFirstOrThrow();
  await codebookSeedDefault(db, row.id);
  return row;
}

/** Renames a workspace. */
export async function workspaceRename(db: Db, id: number, name: string): Promise<void> {
  await db.updateTable("workspaces").set({ name }).where("id", "=", id).execute();
}

/** Deletes a workspace and everything in it. */
export async function workspaceDelete(db: Db, id: number): Promise<void> {
  await workspaceClear(db, id);
  await db.deleteFrom("workspaces").where("id", "=", id).execute();
}

/** Empties a workspace (keeps the workspace itself). */
export async function workspaceClear(db: Db, id: number): Promise<void> {
  // Appraisals are not part of the exchange document: keep them, but let their partnership go.
  await db
    .updateTable("appraisals")
    .set({ partnership_id: null })
    .where("workspace_id", "=", id)
    .execute();
  // Supply-chain models likewise outlive a replacing import, without their partnership and contract.
  await db
    .updateTable("pbr_models")
    .set({ partnership_id: null, contract_id: null })
    .where("workspace_id", "=", id)
    .execute();
  // Outcome frameworks too (measures kept); their supply chain survives, so that link stays.
  await db
    .updateTable("outcome_frameworks")
    .set({ partnership_id: null, contract_id: null })
    .where("workspace_id", "=", id)
    .execute();
  // Co-production projects too (stages, proposals and value map kept).
  await db
    .updateTable("coproduction_projects")
    .set({ partnership_id: null })
    .where("workspace_id", "=", id)
    .execute();
  // Assessments keep their waves and answers (partners are organisation ids, as a model's providers).
  await db
    .updateTable("assessments")
    .set({ partnership_id: null })
    .where("workspace_id", "=", id)
    .execute();
  for (const table of [
    "evidence",
    "contract_providers",
    "contracts",
    "event_organisations",
    "events",
    "memberships",
    "partnerships",
    "organisations",
  ] as const)
    await db.deleteFrom(table).where("workspace_id", "=", id).execute();
}

/** Raises the workspace's revision: call inside every transaction that changes its contents. */
export async function workspaceTouch(db: Db, id: number): Promise<void> {
  await db
    .updateTable("workspaces")
    .set((eb) => ({ revision: eb("revision", "+", 1) }))
    .where("id", "=", id)
    .execute();
}

/** The workspace's current revision (0 when it does not exist). */
export async function workspaceRevision(db: Db, id: number): Promise<number> {
  const row = await db
    .selectFrom("workspaces")
    .select("revision")
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(row?.revision ?? 0);
}

/** The ids of a workspace's organisations or partnerships, without reading the rows themselves. */
export async function workspaceIdsOf(
  db: Db,
  id: number,
  table: "organisations" | "partnerships",
): Promise<Set<string>> {
  const rows = await db.selectFrom(table).select("id").where("workspace_id", "=", id).execute();
  return new Set(rows.map((r) => r.id));
}
