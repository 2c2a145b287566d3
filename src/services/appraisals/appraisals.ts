import type { AppraisalDocument } from "../../shared/index.ts";
import {
  type AppraisalRecord,
  appraisalDelete,
  appraisalGet,
  appraisalPut,
  appraisalsAll,
  appraisalVersionPut,
  appraisalVersionsOf,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import {
  appraisalDocumentOf,
  appraisalDocumentParse,
  appraisalIdParse,
  appraisalLinksCheck,
  appraisalRequire,
} from "./appraisal-checks.ts";

export * from "./appraisal-actuals.ts";
export * from "./appraisal-outputs.ts";

/** An appraisal with its latest document, the decided (frozen) version if any, and its versions. */
export interface AppraisalDetail extends AppraisalRecord {
  document: AppraisalDocument;
  decided: { version: number; option: string; document: AppraisalDocument } | null;
  versions: { version: number; createdAt: string }[];
}

/** Every appraisal in a workspace (without documents). */
export async function appraisalsList(
  ctx: ServiceContext,
  slug: string,
): Promise<AppraisalRecord[]> {
  const ws = await workspaceRequire(ctx, slug);
  return appraisalsAll(ctx.store.db, ws.id);
}

/** One appraisal with its latest and decided documents. */
export async function appraisalDetail(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<AppraisalDetail> {
  const ws = await workspaceRequire(ctx, slug);
  const db = ctx.store.db;
  const record = await appraisalRequire(db, ws.id, slug, id);
  const document = await appraisalDocumentOf(db, ws.id, id, record.latestVersion);
  const decided =
    record.decidedVersion === null || record.decidedOption === null
      ? null
      : {
          version: record.decidedVersion,
          option: record.decidedOption,
          document: await appraisalDocumentOf(db, ws.id, id, record.decidedVersion),
        };
  const versions = await appraisalVersionsOf(db, ws.id, id);
  return { ...record, document, decided, versions };
}

/** What the audit log keeps of an appraisal: its title and versions, never the whole document. */
function auditedOf(r: AppraisalRecord) {
  const { title, partnership, organisations, status, latestVersion } = r;
  return { title, partnership, organisations, status, latestVersion, ...decisionOf(r) };
}

function decisionOf(r: AppraisalRecord) {
  return { decidedVersion: r.decidedVersion, decidedOption: r.decidedOption };
}

function linksOf(doc: AppraisalDocument) {
  return {
    title: doc.title,
    partnership: doc.partnership ?? null,
    organisations: doc.organisations ?? [],
  };
}

/** Creates an appraisal from `{ id, document }`: version 1, a draft. */
export async function appraisalCreate(
  ctx: ServiceContext,
  slug: string,
  input: { id?: unknown; document?: unknown },
): Promise<AppraisalDetail> {
  const ws = await workspaceRequire(ctx, slug);
  const id = appraisalIdParse(input.id);
  const doc = appraisalDocumentParse(input.document);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await appraisalGet(trx, ws.id, id))
      throw conflict(`An appraisal with id '${id}' already exists`, [
        { path: "$.id", message: `"${id}" is already used` },
      ]);
    await appraisalLinksCheck(trx, ws.id, doc);
    const record: AppraisalRecord = {
      id,
      ...linksOf(doc),
      status: "draft",
      decidedVersion: null,
      decidedOption: null,
      latestVersion: 1,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.actor().userId,
    };
    await appraisalPut(trx, ws.id, record);
    await appraisalVersionPut(trx, ws.id, id, { version: 1, document: doc, createdAt: now });
    await workspaceTouch(trx, ws.id);
    const after = auditedOf(record);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "appraisals", id, undefined, after),
    );
  });
  return appraisalDetail(ctx, slug, id);
}

/**
 * Saves an edited document: it rewrites the current draft, or, when the latest version is the
 * decided one, opens a new draft version, so a decided version never changes.
 */
export async function appraisalUpdate(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: { document?: unknown },
): Promise<AppraisalDetail> {
  const ws = await workspaceRequire(ctx, slug);
  const doc = appraisalDocumentParse(input.document);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    const record = await appraisalRequire(trx, ws.id, slug, id);
    await appraisalLinksCheck(trx, ws.id, doc);
    const frozen = record.decidedVersion === record.latestVersion;
    const version = frozen ? record.latestVersion + 1 : record.latestVersion;
    await appraisalVersionPut(trx, ws.id, id, { version, document: doc, createdAt: now });
    const saved = { ...record, ...linksOf(doc), status: "draft" as const, updatedAt: now };
    await appraisalPut(trx, ws.id, saved);
    await workspaceTouch(trx, ws.id);
    const [before, after] = [auditedOf(record), { ...auditedOf(saved), latestVersion: version }];
    // A save that changes no field still rewrote the draft: `version` says which.
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "update", "appraisals", id, before, after, { version }),
    );
  });
  return appraisalDetail(ctx, slug, id);
}

/** Decides `option` on the latest version, freezing that version. */
export async function appraisalDecide(
  ctx: ServiceContext,
  slug: string,
  id: string,
  option: string,
): Promise<AppraisalDetail> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    const record = await appraisalRequire(trx, ws.id, slug, id);
    if (record.status === "decided")
      throw conflict(
        `Version ${record.latestVersion} is already decided ('${record.decidedOption}'); edit the appraisal to open a new version, then decide again`,
      );
    const doc = await appraisalDocumentOf(trx, ws.id, id, record.latestVersion);
    if (!doc.options.some((o) => o.id === option))
      throw invalid("There is no such option", [
        {
          path: "$.option",
          message: `"${option}" is not an option of version ${record.latestVersion}`,
        },
      ]);
    const now = ctx.now().toISOString();
    const decided = {
      ...record,
      status: "decided" as const,
      decidedVersion: record.latestVersion,
      decidedOption: option,
      updatedAt: now,
    };
    await appraisalPut(trx, ws.id, decided);
    await workspaceTouch(trx, ws.id);
    const [before, after] = [auditedOf(record), auditedOf(decided)];
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "decide", "appraisals", id, before, after));
  });
  return appraisalDetail(ctx, slug, id);
}

/** Deletes an appraisal with all its versions and actuals. */
export async function appraisalRemove(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<void> {
  const ws = await workspaceRequire(ctx, slug);
  const removed = await ctx.store.db.transaction().execute(async (trx) => {
    const record = await appraisalGet(trx, ws.id, id);
    const done = await appraisalDelete(trx, ws.id, id);
    if (done) await workspaceTouch(trx, ws.id);
    if (done && record) {
      const before = auditedOf(record);
      await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "delete", "appraisals", id, before));
    }
    return done;
  });
  if (!removed) throw notFound(`There is no appraisal '${id}' in workspace '${slug}'`);
}
