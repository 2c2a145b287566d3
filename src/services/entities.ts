import { referencesOf } from "../engine/exchange/index.ts";
import type { CodedEvidence } from "../shared/codebook.ts";
import { type Problem, problemsOf } from "../shared/index.ts";
import { organisationIdsExisting, type Page, workspaceTouch } from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { conflict, invalid, notFound } from "./errors.ts";
import { evidenceReferenceProblems } from "./evidence/evidence-queries.ts";
import { auditEntry } from "./people/audit.ts";
import { auditWrite } from "./people/audit-write.ts";
import { documentWith, RESOURCES, type ResourceName } from "./resources.ts";
import { workspaceRequire } from "./workspaces.ts";

/** What a caller asks of a list: text, filters, sort and a page. */
export interface EntityListInput {
  q?: string | undefined;
  sort?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  filters?: Record<string, string | undefined>;
}

/** A page of one resource in a workspace. */
export async function entitiesList(
  ctx: ServiceContext,
  slug: string,
  resource: ResourceName,
  input: EntityListInput,
): Promise<Page<unknown>> {
  const ws = await workspaceRequire(ctx, slug);
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  const offset = Math.max(input.offset ?? 0, 0);
  return RESOURCES[resource].list(ctx.store.db, ws.id, {
    q: input.q?.trim() || undefined,
    sort: input.sort,
    limit,
    offset,
    filters: input.filters ?? {},
  });
}

/** One entity by id, or a not-found error naming it. */
export async function entityGet(
  ctx: ServiceContext,
  slug: string,
  resource: ResourceName,
  id: string,
): Promise<unknown> {
  const ws = await workspaceRequire(ctx, slug);
  const spec = RESOURCES[resource];
  const found = await spec.get(ctx.store.db, ws.id, id);
  if (!found) throw notFound(`There is no ${spec.singular} '${id}' in workspace '${slug}'`);
  return found;
}

/** References in `entity` to organisations or partnerships the workspace does not have. */
async function danglingReferences(
  ctx: ServiceContext,
  workspaceId: number,
  resource: ResourceName,
  entity: unknown,
): Promise<Problem[]> {
  const refs = referencesOf(documentWith(resource, [entity]));
  const orgIds = refs.filter((r) => r.kind === "organisation").map((r) => r.id);
  const existingOrgs = await organisationIdsExisting(ctx.store.db, workspaceId, orgIds);
  const problems: Problem[] = [];
  for (const ref of refs) {
    const exists =
      ref.kind === "organisation"
        ? existingOrgs.has(ref.id)
        : (await RESOURCES.partnerships.get(ctx.store.db, workspaceId, ref.id)) !== null;
    if (!exists)
      problems.push({
        // The document path starts $.<collection>[0]; for one entity the entity is the root.
        path: ref.path.replace(/^\$\.\w+\[0\]/, "$"),
        message: `refers to ${ref.kind} "${ref.id}", which does not exist in this workspace`,
      });
  }
  return problems;
}

/** Validates and writes one entity (create when `existingId` is null, else replace it). */
export async function entitySave(
  ctx: ServiceContext,
  slug: string,
  resource: ResourceName,
  input: unknown,
  existingId: string | null,
): Promise<unknown> {
  const ws = await workspaceRequire(ctx, slug);
  const spec = RESOURCES[resource];
  const body =
    existingId !== null && input && typeof input === "object" && !("id" in input)
      ? { ...input, id: existingId }
      : input;
  const parsed = spec.schema.safeParse(body);
  if (!parsed.success) throw invalid(`The ${spec.singular} is not valid`, problemsOf(parsed.error));
  const entity = parsed.data;
  if (existingId !== null && entity.id !== existingId)
    throw invalid(`The ${spec.singular}'s id cannot be changed`, [
      { path: "$.id", message: `must be "${existingId}" (the id in the address)` },
    ]);
  return ctx.store.db.transaction().execute(async (trx) => {
    const current = await spec.get(trx, ws.id, entity.id);
    if (existingId === null && current)
      throw conflict(
        `${/^[aeiou]/.test(spec.singular) ? "An" : "A"} ${spec.singular} with id '${entity.id}' already exists`,
        [{ path: "$.id", message: `"${entity.id}" is already used` }],
      );
    if (existingId !== null && !current)
      throw notFound(`There is no ${spec.singular} '${existingId}' in workspace '${slug}'`);
    const dangling = await danglingReferences(
      { ...ctx, store: { ...ctx.store, db: trx } },
      ws.id,
      resource,
      entity,
    );
    // Evidence also names codes, an appraisal and an outcome framework (src/services/evidence).
    if (resource === "evidence")
      dangling.push(...(await evidenceReferenceProblems(trx, ws.id, entity as CodedEvidence)));
    if (dangling.length)
      throw conflict(`The ${spec.singular} refers to something that does not exist`, dangling);
    await spec.upsert(trx, ctx.store.adapter, ws.id, [entity as never]);
    await workspaceTouch(trx, ws.id);
    const [action, before] = current ? ["update", current] : ["create", undefined];
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, action, resource, entity.id, before, entity));
    return entity;
  });
}

/** Deletes one entity; a conflict when other entities still refer to it. */
export async function entityDelete(
  ctx: ServiceContext,
  slug: string,
  resource: ResourceName,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  const spec = RESOURCES[resource];
  try {
    const deleted = await ctx.store.db.transaction().execute(async (trx) => {
      const before = await spec.get(trx, ws.id, id);
      const removed = await spec.remove(trx, ws.id, id);
      if (removed) await workspaceTouch(trx, ws.id);
      if (removed && before)
        await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", resource, id, before));
      return removed;
    });
    if (!deleted) throw notFound(`There is no ${spec.singular} '${id}' in workspace '${slug}'`);
  } catch (error) {
    if (ctx.store.adapter.constraintOf(error) === "foreign_key")
      throw conflict(
        `The ${spec.singular} '${id}' is still referred to by memberships, events, contracts or evidence; remove those references first`,
      );
    throw error;
  }
}
