import { basename } from "node:path";
import type { Kysely } from "kysely";
import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import type { ImportMapping } from "../../engine/interop/sheet-mapping.ts";
import type { ValidationReport } from "../../engine/interop/validation-report.ts";
import { type Database, mergesAll, workspaceBySlug } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import type { ImportOptions } from "../exchange.ts";
import type { IdsByCollection } from "./import-plan.ts";
import { importSourceOf } from "./import-source.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { type StreamedWritten, streamedWrite } from "./streamed-write.ts";

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
  /** Told as the file is validated (pass 1) and written (pass 2): bytes, file size, records, pass. */
  onProgress?: ImportProgress;
  /** Told before each collection is written. */
  onWrite?: ImportOptions["onProgress"];
  /**
   * Runs last inside the import's transaction, with the result the import will answer (not on a
   * dry run, nor when nothing changed); a throw rolls the whole import back.
   */
  beforeCommit?: (trx: Kysely<Database>, result: StandardImportResult) => Promise<void>;
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
  /** Ids created and changed per collection: all of them, up to 100,000 per collection. */
  created: IdsByCollection;
  changed: IdsByCollection;
  /** How many were created and changed per collection (every one, however many). */
  totals: { created: Record<string, number>; changed: Record<string, number> };
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
 * Imports an OCDS, 360Giving or spreadsheet file into workspace `slug`. Pass 1 streams the file and
 * builds the validation report (records set aside in a temporary file); when the policy lets it go
 * on, pass 2 maps the records in chunks and writes them inside ONE transaction with an import batch
 * and the provenance of every record — all or nothing, re-importing changes nothing, and the batch
 * can be undone. Memory stays flat however large the file is.
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
  const source = await importSourceOf(kind, path, {
    db: ctx.store.db,
    workspaceId: existing?.id ?? null,
    mapping: options.mapping ?? null,
    onInvalid,
    onProgress: options.onProgress ?? (() => {}),
  });
  try {
    const stop = !source.report.valid && onInvalid === "stop";
    if (stop && !options.dryRun)
      throw invalid(
        `${basename(path)} has ${source.report.errors.length} kind(s) of invalid record; nothing was imported (choose to import the valid records to go on)`,
        problemsOfReport(source.report),
      );
    const resultOf = (written: StreamedWritten): StandardImportResult => ({
      workspace: slug,
      kind,
      sourceFile: basename(path),
      dryRun: options.dryRun === true,
      report: source.report,
      ...written,
    });
    const { beforeCommit } = options;
    const written = await streamedWrite(ctx, source, {
      slug,
      kind,
      path,
      workspace: existing,
      aliases: await aliasesOf(ctx, existing?.id ?? null),
      dryRun: options.dryRun === true,
      mapNothing: stop,
      onProgress: options.onProgress,
      onWrite: options.onWrite,
      beforeCommit: beforeCommit && ((trx, w) => beforeCommit(trx, resultOf(w))),
    });
    return resultOf(written);
  } finally {
    source.close();
  }
}
