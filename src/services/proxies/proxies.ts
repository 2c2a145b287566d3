import { entityId, type Problem, problemsOf } from "../../shared/index.ts";
import { type ProxyInput, proxyInputSchema, type StoredProxy } from "../../shared/proxies.ts";
import { workspaceTouch } from "../../store/index.ts";
import { proxiesAll, proxyDelete, proxyGet, proxyPut } from "../../store/repositories/proxies.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";

const COLLECTION = "proxies";

/** Parses a proxy from untrusted input; problems are named by JSON path (or by `where`). */
export function proxyParse(input: unknown, where = (path: string) => path): ProxyInput {
  const parsed = proxyInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = problemsOf(parsed.error, input).map((p) => ({ ...p, path: where(p.path) }));
  throw invalid("The proxy is not valid", problems);
}

/** Checks a proxy id from untrusted input, naming `path`. */
export function proxyIdParse(input: unknown, path = "$.id"): string {
  const parsed = entityId.safeParse(input);
  if (parsed.success) return parsed.data;
  const message = parsed.error.issues[0]?.message ?? "is not valid";
  throw invalid("The proxy's id is not valid", [{ path, message }]);
}

/** Every proxy of the workspace's library. */
export async function proxiesList(ctx: ServiceContext, slug: string): Promise<StoredProxy[]> {
  const ws = await workspaceRequire(ctx, slug);
  return proxiesAll(ctx.store.db, ws.id);
}

/** One proxy, or a not-found error naming it. */
export async function proxyDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<StoredProxy> {
  const ws = await workspaceRequire(ctx, slug);
  const found = await proxyGet(ctx.store.db, ws.id, id);
  if (!found) throw notFound(`There is no proxy '${id}' in workspace '${slug}'`);
  return found;
}

/**
 * Stores new proxies (one, or an import's many) in one transaction, all or nothing: an id already
 * in the library is refused, naming where it was given.
 */
export async function proxiesAdd(
  ctx: ServiceContext,
  slug: string,
  items: { id: string; proxy: ProxyInput; where: string }[],
  source: "api" | "import",
): Promise<StoredProxy[]> {
  const ws = await workspaceRequire(ctx, slug);
  const now = ctx.now().toISOString();
  const createdBy = ctx.actor().userId ?? null;
  await ctx.store.db.transaction().execute(async (trx) => {
    const taken: Problem[] = [];
    for (const item of items)
      if (await proxyGet(trx, ws.id, item.id))
        taken.push({ path: item.where, message: `"${item.id}" is already in the library` });
    if (taken.length) throw conflict("A proxy with that id already exists", taken);
    for (const { id, proxy } of items)
      await proxyPut(trx, ws.id, { id, ...proxy, createdAt: now, updatedAt: now, createdBy });
    await workspaceTouch(trx, ws.id);
    const entries = items.map(({ id, proxy }) =>
      auditEntry(ctx, ws.id, "create", COLLECTION, id, undefined, proxy, { source }),
    );
    await auditWrite(ctx, trx, ...entries);
  });
  const stored = await proxiesAll(ctx.store.db, ws.id);
  const added = new Set(items.map((i) => i.id));
  return stored.filter((p) => added.has(p.id));
}

/** Creates one proxy from `{ id, name, value, unit, currency, year, source, confidence, notes }`. */
export async function proxyCreate(
  ctx: ServiceContext,
  slug: string,
  input: { id?: unknown } & Record<string, unknown>,
): Promise<StoredProxy> {
  const id = proxyIdParse(input.id);
  const { id: _, ...rest } = input;
  const [added] = await proxiesAdd(
    ctx,
    slug,
    [{ id, proxy: proxyParse(rest), where: "$.id" }],
    "api",
  );
  return added!;
}

/** Replaces a proxy's fields, with an audit entry of before and after. */
export async function proxyUpdate(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<StoredProxy> {
  const ws = await workspaceRequire(ctx, slug);
  const { id: _, ...rest } = (input ?? {}) as Record<string, unknown>;
  const proxy = proxyParse(rest);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await proxyGet(trx, ws.id, id);
    if (!found) throw notFound(`There is no proxy '${id}' in workspace '${slug}'`);
    await proxyPut(trx, ws.id, { ...found, ...proxy, updatedAt: ctx.now().toISOString() });
    await workspaceTouch(trx, ws.id);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "update", COLLECTION, id, found, proxy));
  });
  return proxyDetail(ctx, slug, id);
}

/** Deletes a proxy (value maps keep the copies taken from it). */
export async function proxyRemove(ctx: ServiceContext, slug: string, id: string): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const found = await proxyGet(trx, ws.id, id);
    if (!found || !(await proxyDelete(trx, ws.id, id)))
      throw notFound(`There is no proxy '${id}' in workspace '${slug}'`);
    await workspaceTouch(trx, ws.id);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", COLLECTION, id, found));
  });
}
