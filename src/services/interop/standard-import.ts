import { randomBytes } from "node:crypto";
import { basename } from "node:path";
import type { ImportProvenance } from "../../engine/interop/exchange-builder.ts";
import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import type { ImportMapping } from "../../engine/interop/sheet-mapping.ts";
import type { ValidationReport } from "../../engine/interop/validation-report.ts";
import type { ExchangeDocument } from "../../shared/index.ts";
import {
  importBatchCreate,
  mergesAll,
  provenanceInsert,
  workspaceBySlug,
  workspaceCreate,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { exchangeValidate, exchangeWrite, type ImportOptions } from "../exchange.ts";
import { type IdsByCollection, importPlanOf, storedEntitiesOf } from "./import-plan.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { documentWithAliases } from "./organisation-aliases.ts";
import { provenanceRecordsOf } from "./provenance-records.ts";
import { sourcePreviewOf } from "./source-preview.ts";

/** The standards a file can be imported from. */
export type StandardImportKind = "ocds" | "360giving" | "csv";
export const STANDARD_IMPORT_KINDS: readonly StandardImportKind[] = ["ocds", "360giving", "csv"];

/** How a standard import runs. */
export interface StandardImportOptions {
  /** Report what would happen; write nothing. */
  dryRun?: boolean;
  /** What to do with invalid records; `stop` (the default) imports nothing when any is invalid. */
  onInvalid?: InvalidRecordPolicy;
  /** Spreadsheets: the column mapping (docs/import-mapping.md); null guesses from the titles. */
  mapping?: ImportMapping | null;
  /** Told as the file is read: bytes read, file size, records so far. */
  onProgress?: ImportProgress;
  /** Told before each collection is written. */
  onWrite?: ImportOptions["onProgress"];
}

/** What an import did (or, on a dry run, would do). */
export interface StandardImportResult {
  workspace: string;
  kind: StandardImportKind;
  sourceFile: string;
  dryRun: boolean;
  /** The recorded batch; null on a dry run or when nothing changed. */
  batch: string | null;
  report: ValidationReport & { warnings: string[] };
  counts: Record<string, number>;
  created: IdsByCollection;
  changed: IdsByCollection;
  unchanged: number;
  /** Organisations in the file that recorded merges folded into their survivors. */
  merged: { id: string; into: string }[];
}

/** The grouped report as problems of a domain error (rule, count, first example). */
const problemsOfReport = (report: ValidationReport) =>
  report.errors.map((e) => ({
    path: e.examples[0] ?? e.rule,
    message: `${e.message} (${e.count} record${e.count === 1 ? "" : "s"}; rule ${e.rule})`,
  }));

/** Survivor of each organisation merged away by a merge not undone (chains followed). */
async function aliasesOf(ctx: ServiceContext, workspaceId: number | null) {
  const live =
    workspaceId === null
      ? []
      : (await mergesAll(ctx.store.db, workspaceId)).filter((m) => !m.undoneAt);
  const direct = new Map(live.map((m) => [m.mergedId, m.survivorId]));
  const follow = (id: string, hops = 0): string =>
    direct.has(id) && hops < 50 ? follow(direct.get(id)!, hops + 1) : id;
  return new Map([...direct.keys()].map((id) => [id, follow(id)]));
}

/**
 * Imports an OCDS, 360Giving or spreadsheet file into workspace `slug`: the validation report
 * first, then one transaction that writes what is new or changed (by id) with an import batch and
 * the provenance of every record, so re-importing changes nothing and the batch can be undone.
 * @example await standardImport(ctx, "grants", "360giving", "lloyds.json", { onInvalid: "import-valid" })
 */
export async function standardImport(
  ctx: ServiceContext,
  slug: string,
  kind: StandardImportKind,
  path: string,
  options: StandardImportOptions = {},
): Promise<StandardImportResult> {
  const onInvalid = options.onInvalid ?? "stop";
  const existing = await workspaceBySlug(ctx.store.db, slug);
  const stored = await storedEntitiesOf(ctx.store.db, existing?.id ?? null);
  const preview = await sourcePreviewOf(
    kind,
    path,
    stored,
    options.mapping ?? null,
    options.onProgress,
    onInvalid,
  );
  const base = {
    workspace: slug,
    kind,
    sourceFile: basename(path),
    dryRun: options.dryRun === true,
    report: preview.report,
    counts: preview.counts,
  };
  if (!preview.report.valid && onInvalid === "stop" && !options.dryRun)
    throw invalid(
      `${basename(path)} has ${preview.report.errors.length} kind(s) of invalid record; nothing was imported (choose to import the valid records to go on)`,
      problemsOfReport(preview.report),
    );
  const aliases = await aliasesOf(ctx, existing?.id ?? null);
  const { document, merged } = documentWithAliases(preview.document, aliases);
  const known = {
    organisations: new Set(stored.organisations.keys()),
    partnerships: new Set(stored.partnerships.keys()),
  };
  const valid = exchangeValidate(document, known);
  const plan = importPlanOf(stored, valid);
  const result = {
    ...base,
    batch: null,
    created: plan.created,
    changed: plan.changed,
    unchanged: plan.unchanged,
    merged,
  };
  if (options.dryRun || plan.items.length === 0) return result;
  const batch = `${ctx.now().toISOString().replace(/[-:.]/g, "")}-${randomBytes(3).toString("hex")}`;
  await ctx.store.db.transaction().execute(async (trx) => {
    const ws =
      existing ?? (await workspaceCreate(trx, { slug, name: slug }, ctx.now().toISOString()));
    await exchangeWrite(trx, ctx.store.adapter, ws.id, plan.document, options.onWrite);
    const counts = countsOf(plan, merged.length);
    await importBatchCreate(
      trx,
      ctx.store.adapter,
      ws.id,
      { id: batch, kind, sourceFile: base.sourceFile, createdAt: ctx.now().toISOString(), counts },
      plan.items,
    );
    const records = provenanceRecordsOf(
      preview.provenance as ImportProvenance,
      valid as ExchangeDocument,
      aliases,
      batch,
    );
    await provenanceInsert(trx, ctx.store.adapter, ws.id, records);
    await workspaceTouch(trx, ws.id);
  });
  return { ...result, batch };
}

function countsOf(plan: ReturnType<typeof importPlanOf>, merged: number) {
  const sizes = (ids: IdsByCollection) =>
    Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v.length]));
  return {
    created: sizes(plan.created),
    changed: sizes(plan.changed),
    unchanged: plan.unchanged,
    merged,
  };
}
