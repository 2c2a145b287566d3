import { randomBytes } from "node:crypto";
import type { ExchangeDocument } from "../../shared/index.ts";
import {
  mergeCreate,
  mergeGet,
  mergeMarkUndone,
  mergesAll,
  organisationDelete,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { exchangeExport } from "../exchange.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { RESOURCES, type ResourceName } from "../resources.ts";
import { workspaceRequire } from "../workspaces.ts";
import { storedEntitiesOf } from "./import-plan.ts";
import { documentWithAliases } from "./organisation-aliases.ts";
import { stableJsonOf } from "./stable-json.ts";

type Image = Partial<Record<ResourceName, { id: string }[]>>;
const COLLECTIONS = Object.keys(RESOURCES) as ResourceName[];

/** The entities that name organisation `id` (or are it), as a partial document. */
function touching(doc: ExchangeDocument, id: string): ExchangeDocument {
  return {
    ...doc,
    organisations: doc.organisations.filter((o) => o.id === id),
    partnerships: doc.partnerships.filter(
      (p) => p.commissioner === id || p.members.some((m) => m.organisation === id),
    ),
    events: doc.events.filter((e) => e.organisations.includes(id)),
    contracts: doc.contracts.filter(
      (c) => c.commissioner === id || c.providers.some((p) => p.organisation === id),
    ),
    evidence: doc.evidence.filter((e) => e.organisation === id),
  };
}

/** Writes an image's entities in dependency order inside `trx`. */
async function imageWrite(
  ctx: ServiceContext,
  trx: Parameters<typeof organisationDelete>[0],
  workspaceId: number,
  image: Image,
) {
  for (const c of COLLECTIONS)
    await RESOURCES[c].upsert(trx, ctx.store.adapter, workspaceId, (image[c] ?? []) as never[]);
}

/**
 * Merges organisation `id` into `into`: every membership, contract (as commissioner or provider),
 * event and evidence item moves to the survivor, which gains the merged one's names and
 * identifiers. Recorded with a before-image so `mergeUndo` can reverse it.
 */
export async function organisationMerge(
  ctx: ServiceContext,
  slug: string,
  id: string,
  into: string,
) {
  const ws = await workspaceRequire(ctx, slug);
  if (id === into)
    throw invalid("An organisation cannot be merged into itself", [
      { path: "$.into", message: "must be another organisation" },
    ]);
  const doc = await exchangeExport(ctx, slug);
  const merged = doc.organisations.find((o) => o.id === id);
  const survivor = doc.organisations.find((o) => o.id === into);
  if (!merged) throw notFound(`There is no organisation '${id}' in '${slug}'`);
  if (!survivor) throw notFound(`There is no organisation '${into}' in '${slug}'`);
  const before = touching(doc, id);
  before.organisations = [merged, survivor];
  const { document: after } = documentWithAliases(before, new Map([[id, into]]));
  const mergeId = `m-${ctx.now().toISOString().replace(/[-:.]/g, "")}-${randomBytes(3).toString("hex")}`;
  const moved =
    before.partnerships.length +
    before.events.length +
    before.contracts.length +
    before.evidence.length;
  const imageOf = (d: ExchangeDocument): Image =>
    Object.fromEntries(COLLECTIONS.map((c) => [c, d[c]]));
  await ctx.store.db.transaction().execute(async (trx) => {
    await imageWrite(ctx, trx, ws.id, imageOf(after));
    await organisationDelete(trx, ws.id, id);
    await mergeCreate(trx, ws.id, {
      id: mergeId,
      survivorId: into,
      mergedId: id,
      createdAt: ctx.now().toISOString(),
      before: JSON.stringify(imageOf(before)),
      after: JSON.stringify(imageOf(after)),
      undoneAt: null,
    });
    await workspaceTouch(trx, ws.id);
    const extra = { merge: mergeId, into, moved };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "merge", "organisations", id, undefined, undefined, extra),
    );
  });
  return { merge: mergeId, survivor: after.organisations[0]!, moved };
}

/** Reverses a merge: the merged organisation and everything the merge moved are restored. */
export async function mergeUndo(ctx: ServiceContext, slug: string, mergeId: string) {
  const ws = await workspaceRequire(ctx, slug);
  const merge = await mergeGet(ctx.store.db, ws.id, mergeId);
  if (!merge) throw notFound(`There is no merge '${mergeId}' in '${slug}'`);
  if (merge.undoneAt) throw conflict(`Merge '${mergeId}' was already undone`);
  const after = JSON.parse(merge.after) as Image;
  const stored = await storedEntitiesOf(ctx.store.db, ws.id);
  const edited = COLLECTIONS.flatMap((c) =>
    (after[c] ?? [])
      .filter((e) => {
        const now = stored[c].get(e.id);
        return !now || stableJsonOf(now) !== stableJsonOf(e);
      })
      .map((e) => ({ path: `${c}/${e.id}`, message: "was edited after the merge" })),
  );
  if (stored.organisations.has(merge.mergedId))
    edited.push({ path: `organisations/${merge.mergedId}`, message: "exists again" });
  if (edited.length) throw conflict(`Later edits depend on merge '${mergeId}'`, edited);
  await ctx.store.db.transaction().execute(async (trx) => {
    await imageWrite(ctx, trx, ws.id, JSON.parse(merge.before) as Image);
    await mergeMarkUndone(trx, ws.id, mergeId, ctx.now().toISOString());
    await workspaceTouch(trx, ws.id);
    const extra = { merge: mergeId, into: merge.survivorId };
    await auditWrite(
      ctx,
      trx,
      auditEntry(
        ctx,
        ws.id,
        "unmerge",
        "organisations",
        merge.mergedId,
        undefined,
        undefined,
        extra,
      ),
    );
  });
  return { merge: mergeId, restored: merge.mergedId };
}

/**
 * The merges of a workspace, newest first, without their images but with both organisations'
 * names as they were before the merge (people undo a merge by name, not by id).
 */
export async function mergesList(ctx: ServiceContext, slug: string) {
  const ws = await workspaceRequire(ctx, slug);
  const merges = await mergesAll(ctx.store.db, ws.id);
  return merges.map(({ before, after: _a, ...m }) => {
    const orgs = (JSON.parse(before) as { organisations?: { id: string; name: string }[] })
      .organisations;
    const nameOf = (id: string) => orgs?.find((o) => o.id === id)?.name ?? id;
    return { ...m, survivorName: nameOf(m.survivorId), mergedName: nameOf(m.mergedId) };
  });
}
