import type { Kysely } from "kysely";
import { SHIPPED_INSTRUMENTS, shippedInstrument } from "../../engine/health/instruments/index.ts";
import { instrumentCopy, instrumentNextVersion } from "../../engine/health/versions.ts";
import { isRoleAtLeast } from "../../shared/access.ts";
import type { InstrumentSummary } from "../../shared/health-views.ts";
import {
  type Instrument,
  instrumentCopySchema,
  instrumentSchema,
} from "../../shared/instruments.ts";
import { problemsOf } from "../../shared/problems.ts";
import { type Database, workspaceTouch } from "../../store/index.ts";
import {
  instrumentGet,
  instrumentInsert,
  instrumentsAll,
} from "../../store/repositories/instruments.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, forbidden, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { viewerOf } from "./assessment-access.ts";

export type { InstrumentSummary };

const summaryOf = (i: Instrument, shipped: boolean, versions: number[]): InstrumentSummary => ({
  id: i.id,
  name: i.name,
  kind: i.kind,
  shipped,
  versions,
  items: i.items.length,
  dimensions: i.dimensions.length,
});

/** The shipped instruments and the workspace's own (latest version of each). */
export async function instrumentsList(
  ctx: ServiceContext,
  slug: string,
): Promise<InstrumentSummary[]> {
  const ws = await workspaceRequire(ctx, slug);
  const rows = await instrumentsAll(ctx.store.db, ws.id);
  const own = new Map<string, { latest: Instrument; versions: number[] }>();
  for (const r of rows) {
    const entry = own.get(r.id) ?? { latest: r.document as Instrument, versions: [] };
    entry.versions.push(r.version);
    entry.latest = r.document as Instrument;
    own.set(r.id, entry);
  }
  return [
    ...SHIPPED_INSTRUMENTS.map((i) => summaryOf(i, true, [i.version])),
    ...[...own.values()].map((e) => summaryOf(e.latest, false, e.versions)),
  ];
}

/** An instrument version, shipped or the workspace's (the latest when `version` is omitted). */
export async function instrumentResolve(
  db: Kysely<Database>,
  workspaceId: number,
  id: string,
  version?: number,
): Promise<Instrument | null> {
  const shipped = shippedInstrument(id, version);
  if (shipped) return shipped;
  const stored = await instrumentGet(db, workspaceId, id, version);
  return stored ? (stored.document as Instrument) : null;
}

/** One instrument version, or 404. */
export async function instrumentDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
  version?: number,
): Promise<Instrument> {
  const ws = await workspaceRequire(ctx, slug);
  const found = await instrumentResolve(ctx.store.db, ws.id, id, version);
  if (!found)
    throw notFound(`There is no instrument '${id}'${version ? ` version ${version}` : ""}`);
  return found;
}

/** Copies an instrument (shipped or the workspace's) under a new id, as its version 1. */
export async function instrumentCopyCreate(
  ctx: ServiceContext,
  slug: string,
  input: unknown,
): Promise<Instrument> {
  const parsed = instrumentCopySchema.safeParse(input);
  if (!parsed.success) throw invalid("The copy is not valid", problemsOf(parsed.error, input));
  const { from, version, id, name } = parsed.data;
  const ws = await workspaceRequire(ctx, slug);
  const source = await instrumentResolve(ctx.store.db, ws.id, from, version);
  if (!source)
    throw invalid("The copy is not valid", [
      { path: "$.from", message: `there is no instrument "${from}"` },
    ]);
  const copy = instrumentCopy(source, id, name);
  await store(ctx, ws.id, copy, "create", { from: source.id, fromVersion: source.version });
  return copy;
}

/**
 * Saves an edited instrument of the workspace as its next version; earlier versions stay, so
 * waves answered on them are still scored as they were. Shipped instruments are copied first.
 */
export async function instrumentVersionAdd(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<Instrument> {
  const ws = await workspaceRequire(ctx, slug);
  if (shippedInstrument(id))
    throw conflict(`'${id}' is shipped with partnerscope and cannot be edited; copy it first`);
  const latest = await instrumentGet(ctx.store.db, ws.id, id);
  if (!latest) throw notFound(`There is no instrument '${id}' in this workspace`);
  await ownInstrumentCheck(ctx, ws.id, id);
  const body = { ...(input as object), id, version: latest.version + 1 };
  const parsed = instrumentSchema.safeParse(body);
  if (!parsed.success) throw invalid("The instrument is not valid", problemsOf(parsed.error, body));
  const next = instrumentNextVersion(parsed.data, latest.version);
  await store(ctx, ws.id, next, "update", { version: next.version });
  return next;
}

/** Analysts edit only the instruments they copied; editors and owners any. */
async function ownInstrumentCheck(ctx: ServiceContext, workspaceId: number, id: string) {
  const { role } = await viewerOf(ctx, workspaceId);
  if (role === null || isRoleAtLeast(role, "editor")) return;
  const first = await instrumentGet(ctx.store.db, workspaceId, id, 1);
  if (first?.createdBy && first.createdBy === ctx.actor().userId) return;
  throw forbidden(
    `As ${role} you may edit only instruments you copied; this needs the editor role`,
  );
}

async function store(
  ctx: ServiceContext,
  workspaceId: number,
  ins: Instrument,
  action: "create" | "update",
  extra: Record<string, unknown>,
) {
  await ctx.store.db.transaction().execute(async (trx) => {
    if (
      action === "create" &&
      (shippedInstrument(ins.id) || (await instrumentGet(trx, workspaceId, ins.id)))
    )
      throw conflict(`An instrument with id '${ins.id}' already exists`, [
        { path: "$.id", message: `"${ins.id}" is already used` },
      ]);
    await instrumentInsert(trx, workspaceId, {
      id: ins.id,
      version: ins.version,
      name: ins.name,
      document: ins,
      createdAt: ctx.now().toISOString(),
      createdBy: ctx.actor().userId,
    });
    await workspaceTouch(trx, workspaceId);
    const after = { name: ins.name, version: ins.version, items: ins.items.length };
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, workspaceId, action, "instruments", ins.id, undefined, after, extra),
    );
  });
}
