import { problemsOf, type Workspace, workspaceSchema } from "../shared/index.ts";
import {
  type WorkspaceRecord,
  workspaceBySlug,
  workspaceCreate,
  workspacesAll,
} from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { conflict, invalid, notFound } from "./errors.ts";

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
  const row = await workspaceCreate(ctx.store.db, parsed.data, ctx.now().toISOString());
  return { slug: row.slug, name: row.name };
}

/** The workspace with `slug`, created with `name` when it does not exist yet. */
export async function workspaceEnsure(
  ctx: ServiceContext,
  slug: string,
  name: string,
): Promise<WorkspaceRecord> {
  const found = await workspaceBySlug(ctx.store.db, slug);
  if (found) return found;
  const parsed = workspaceSchema.safeParse({ slug, name });
  if (!parsed.success) throw invalid("The workspace is not valid", problemsOf(parsed.error));
  return workspaceCreate(ctx.store.db, parsed.data, ctx.now().toISOString());
}
