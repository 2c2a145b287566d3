import { problemsOf, type Workspace, workspaceSchema } from "../shared/index.ts";
import {
  memberPut,
  membersOf,
  userFirst,
  type WorkspaceRecord,
  workspaceBySlug,
  workspaceCreate,
  workspaceDelete,
  workspaceRename,
  workspacesAll,
  workspaceTouch,
} from "../store/index.ts";
import { workspacesSimulated } from "../store/repositories/workspace-simulated.ts";
import type { ServiceContext } from "./context.ts";
import { conflict, invalid, notFound } from "./errors.ts";
import { type Actor, roleIn } from "./people/actor.ts";
import { auditEntry } from "./people/audit.ts";
import { auditWrite } from "./people/audit-write.ts";

/** Every workspace people can open. */
export async function workspacesList(ctx: ServiceContext): Promise<Workspace[]> {
  const rows = await workspacesAll(ctx.store.db);
  return rows.map(({ slug, name }) => ({ slug, name }));
}

/** The workspace addressed by `slug`, or a not-found error naming it. */
export async function workspaceRequire(
  ctx: ServiceContext,
  slug: string,
): Promise<WorkspaceRecord> {
  const found = await workspaceBySlug(ctx.store.db, slug);
  if (!found) throw notFound(`There is no workspace '${slug}'`);
  return found;
}

/** Creates a workspace from untrusted input. */
export async function workspaceAdd(ctx: ServiceContext, input: unknown): Promise<Workspace> {
  const parsed = workspaceSchema.safeParse(input);
  if (!parsed.success) throw invalid("The workspace is not valid", problemsOf(parsed.error));
  if (await workspaceBySlug(ctx.store.db, parsed.data.slug))
    throw conflict(`A workspace '${parsed.data.slug}' already exists`);
  const row = await ctx.store.db.transaction().execute(async (trx) => {
    const created = await workspaceCreate(trx, parsed.data, ctx.now().toISOString());
    const after = { slug: created.slug, name: created.name };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, created.id, "create", "workspaces", created.slug, undefined, after),
    );
    return created;
  });
  return { slug: row.slug, name: row.name };
}

/** Renames a workspace (its slug stays: it is how the CLI and API address it). */
export async function workspaceUpdate(
  ctx: ServiceContext,
  slug: string,
  input: unknown,
): Promise<Workspace> {
  const ws = await workspaceRequire(ctx, slug);
  const parsed = workspaceSchema.safeParse({ ...(input as object), slug });
  if (!parsed.success) throw invalid("The workspace is not valid", problemsOf(parsed.error));
  await ctx.store.db.transaction().execute(async (trx) => {
    await workspaceRename(trx, ws.id, parsed.data.name);
    await workspaceTouch(trx, ws.id);
    const [before, after] = [{ name: ws.name }, { name: parsed.data.name }];
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "update", "workspaces", slug, before, after));
  });
  return parsed.data;
}

/** Deletes a workspace and everything in it, in one transaction. */
export async function workspaceRemove(ctx: ServiceContext, slug: string): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  // The audit log has no foreign key: the workspace's history, this entry included, stays.
  await ctx.store.db.transaction().execute(async (trx) => {
    await workspaceDelete(trx, ws.id);
    const before = { slug: ws.slug, name: ws.name };
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", "workspaces", slug, before));
  });
}

/** The workspaces `actor` is a member of (all of them for the CLI's operator); simulated ones say so. */
export async function workspacesOf(
  ctx: ServiceContext,
  actor: Actor,
): Promise<(Workspace & { simulated?: true })[]> {
  const all = await workspacesAll(ctx.store.db);
  const simulated = await workspacesSimulated(ctx.store.db);
  const mine: (Workspace & { simulated?: true })[] = [];
  for (const ws of all)
    if (await roleIn(ctx, actor, ws.id))
      mine.push({
        slug: ws.slug,
        name: ws.name,
        ...(simulated.has(ws.id) ? { simulated: true as const } : {}),
      });
  return mine;
}

/** Creates a workspace whose first owner is `actor` (when it is a person). */
export async function workspaceAddFor(
  ctx: ServiceContext,
  input: unknown,
  actor: Actor,
): Promise<Workspace> {
  const created = await workspaceAdd(ctx, input);
  await workspaceClaim(ctx, created.slug, actor);
  return created;
}

/**
 * Makes `actor` owner of workspace `slug` if it exists and has no members yet (an import that
 * created it); made by the operator (CLI, install token), the install's first owner owns it.
 */
export async function workspaceClaim(ctx: ServiceContext, slug: string, actor: Actor) {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws || (await membersOf(ctx.store.db, ws.id)).length > 0) return;
  const ownerId = actor.userId ?? (await userFirst(ctx.store.db))?.id;
  if (!ownerId) return;
  await memberPut(ctx.store.db, {
    workspace_id: ws.id,
    user_id: ownerId,
    role: "owner",
    organisation_id: null,
    created_at: ctx.now().toISOString(),
  });
}
