import { randomBytes } from "node:crypto";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Kysely } from "kysely";
import type { Organisation } from "../../shared/index.ts";
import {
  type Database,
  importBatchCountsSet,
  importBatchCreate,
  importBatchItemsAdd,
  importStoredOrganisations,
  provenanceInsert,
  type WorkspaceRecord,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { exchangeWrite, type ImportOptions, splitBy } from "../exchange.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceCreateNew } from "../workspace-create.ts";
import { type ChunkPlan, chunkPlanOf, createImportTally, type PlanTarget } from "./chunk-plan.ts";
import { breather, type PreparedChunk } from "./chunk-prepare.ts";
import type { ImportSource } from "./import-source.ts";
import type { ImportProgress } from "./json-file-reader.ts";
import { createOrganisationLedger } from "./organisation-ledger.ts";
import { provenanceRecordsOf } from "./provenance-records.ts";
import { createSeenIds } from "./seen-ids.ts";
import { yieldPoint } from "./yield-point.ts";

/** How pass 2 runs. */
export interface StreamedWriteOptions {
  slug: string;
  kind: string;
  path: string;
  workspace: WorkspaceRecord | null;
  /** Survivor of each organisation merged away (recorded merges). */
  aliases: ReadonlyMap<string, string>;
  dryRun: boolean;
  /** The file is invalid under `stop`: report it, map and write nothing. */
  mapNothing: boolean;
  onProgress?: ImportProgress | undefined;
  onWrite?: ImportOptions["onProgress"] | undefined;
  /**
   * Runs last inside the import's transaction with what it wrote (a job records its end there, so
   * the import and the job's result commit together); a throw rolls the whole import back.
   */
  beforeCommit?: ((trx: Kysely<Database>, written: StreamedWritten) => Promise<void>) | undefined;
}

/** What pass 2 wrote (or, on a dry run, would write). */
export type StreamedWritten = ReturnType<typeof writtenOf>;

/** Composes the write of one chunk; resolves to the function that sends it (see `held`). */
type WriteChunk = (plan: ChunkPlan, chunk: PreparedChunk) => Promise<() => Promise<void>>;

/** Thrown inside the transaction when nothing changed, so that not even a batch is recorded. */
const NOTHING_CHANGED = Symbol("nothing changed");

/** Runs pass 2: each chunk validated as exchange data, compared, then handed to `write`. */
async function eachChunk(
  source: ImportSource,
  target: PlanTarget,
  options: StreamedWriteOptions,
  state: ReturnType<typeof createWriteState>,
  write?: WriteChunk,
) {
  const known = {
    organisations: new Set([...source.known.organisations, ...options.aliases.values()]),
    partnerships: source.known.partnerships,
  };
  const storedOf = (ids: string[]) =>
    target.workspaceId === null
      ? Promise.resolve([])
      : importStoredOrganisations(target.db, target.workspaceId, ids);
  const ledger = createOrganisationLedger(storedOf);
  const written = createSeenIds();
  // The previous chunk's write, still under way while this chunk is mapped and validated: on
  // PostgreSQL the server writes on another core meanwhile (SQLite writes synchronously anyway).
  let writing: Promise<void> = Promise.resolve();
  const progress = () => {
    const size = Math.max(1, source.kept);
    options.onProgress?.(
      (state.records / size) * state.bytes,
      state.bytes,
      state.records,
      "writing",
    );
  };
  try {
    const alreadyValid = (o: Organisation) => ledger.isKnownSame(o);
    for await (const prepared of source.prepared(options.aliases, known, alreadyValid)) {
      const { valid, merged } = prepared;
      for (const m of merged) state.merged.set(m.id, m.into);
      await breather();
      // Planning reads what is stored, so it waits for the previous write unless the workspace is
      // new (then nothing is read and nothing this import writes is looked up again).
      if (target.workspaceId !== null) await writing;
      const plan = await chunkPlanOf(
        target,
        ledger,
        state.tally,
        written,
        valid,
        prepared.sameAsBefore,
      );
      await yieldPoint();
      // Composed while the previous chunk is still being written; sent once that one is done.
      const send = write ? await write(plan, prepared) : null;
      await writing;
      progress();
      state.count(prepared);
      writing = send ? send() : Promise.resolve();
      // Rejections are awaited above or below; this only stops Node calling one unhandled meanwhile.
      writing.catch(() => {});
    }
    await writing;
    progress();
    state.tally.addOrganisations(ledger);
    state.organisations = ledger.size();
  } finally {
    // Never leave a write running past this point: the transaction may be rolled back next.
    await writing.catch(() => {});
    ledger.close();
  }
}

function createWriteState(bytes: number) {
  const state = {
    tally: createImportTally(),
    merged: new Map<string, string>(),
    mapped: { ocids: 0, contracts: 0, partnerships: 0, events: 0 },
    records: 0,
    organisations: 0,
    bytes,
    count(chunk: PreparedChunk) {
      const { valid } = chunk;
      state.records += chunk.records;
      state.mapped.ocids += chunk.processes ?? 0;
      state.mapped.contracts += valid.contracts.length;
      state.mapped.partnerships += valid.partnerships.length;
      state.mapped.events += valid.events.length;
    },
  };
  return state;
}

/** Counts of the file and of what it maps to, in the order the readers always gave them. */
function countsOf(kind: string, source: ImportSource, state: ReturnType<typeof createWriteState>) {
  if (kind === "csv") return source.counts;
  const { ocids, contracts, partnerships, events } = state.mapped;
  const organisations = state.organisations;
  return kind === "ocds"
    ? { ...source.counts, ocids, organisations, contracts, partnerships, events }
    : { ...source.counts, imported: state.records, organisations, contracts, partnerships };
}

/** Pass 2 inside one transaction: the workspace (if new), the batch, then chunk after chunk. */
async function writeAll(
  ctx: ServiceContext,
  source: ImportSource,
  options: StreamedWriteOptions,
  state: ReturnType<typeof createWriteState>,
): Promise<string | null> {
  const batch = `${ctx.now().toISOString().replace(/[-:.]/g, "")}-${randomBytes(3).toString("hex")}`;
  const { adapter } = ctx.store;
  try {
    await ctx.store.db.transaction().execute(async (trx) => {
      const ws =
        options.workspace ??
        (await workspaceCreateNew(ctx, trx, { slug: options.slug, name: options.slug }));
      const header = {
        id: batch,
        kind: options.kind,
        sourceFile: basename(options.path),
        createdAt: ctx.now().toISOString(),
        counts: {},
      };
      await importBatchCreate(trx, adapter, ws.id, header, []);
      const target = { db: trx, workspaceId: options.workspace?.id ?? null };
      // SQLite writes synchronously: each collection is written between pauses for other work.
      const onWrite: ImportOptions["onProgress"] = async (name, count) => {
        await options.onWrite?.(name, count);
        await yieldPoint();
      };
      await eachChunk(source, target, options, state, (plan, chunk) =>
        adapter.held(trx, async () => {
          const { firstWrites } = plan;
          await exchangeWrite(trx, adapter, ws.id, plan.document, onWrite, firstWrites);
          const [fresh, rest] = splitBy(plan.items, firstWrites);
          await yieldPoint();
          await importBatchItemsAdd(trx, adapter, ws.id, batch, fresh, { fresh: true });
          await importBatchItemsAdd(trx, adapter, ws.id, batch, rest);
          await yieldPoint();
          const records = provenanceRecordsOf(
            chunk.provenance,
            chunk.valid,
            options.aliases,
            batch,
            plan.organisationsFirstMet,
          );
          await provenanceInsert(trx, adapter, ws.id, records);
        }),
      );
      if (state.tally.isEmpty()) throw NOTHING_CHANGED;
      const { totals, unchanged } = state.tally.result();
      const counts = { ...totals, unchanged, merged: state.merged.size };
      await importBatchCountsSet(trx, ws.id, batch, counts);
      await workspaceTouch(trx, ws.id);
      // One entry per batch with its counts, however many records it wrote.
      const extra = { kind: options.kind, sourceFile: header.sourceFile, counts };
      await auditWrite(
        ctx,
        trx,
        auditEntry(ctx, ws.id, "import", "imports", batch, undefined, undefined, extra),
      );
      await options.beforeCommit?.(trx, writtenOf(options.kind, source, state, batch));
    });
    return batch;
  } catch (error) {
    if (error === NOTHING_CHANGED) return null;
    throw error;
  }
}

/**
 * Pass 2 of a standard import: maps the records chunk by chunk and, unless this is a dry run,
 * writes them in one transaction (rolled back whole on any error, or when nothing changed).
 * @example const { batch, totals } = await streamedWrite(ctx, source, options);
 */
export async function streamedWrite(
  ctx: ServiceContext,
  source: ImportSource,
  options: StreamedWriteOptions,
) {
  const state = createWriteState((await stat(options.path)).size);
  let batch: string | null = null;
  if (options.mapNothing) {
    // Nothing is mapped: the report is the whole answer.
  } else if (options.dryRun) {
    const target = { db: ctx.store.db, workspaceId: options.workspace?.id ?? null };
    await eachChunk(source, target, options, state);
  } else batch = await writeAll(ctx, source, options, state);
  return writtenOf(options.kind, source, state, batch);
}

/** The batch, counts, ids and merges of pass 2, as `streamedWrite` answers them. */
function writtenOf(
  kind: string,
  source: ImportSource,
  state: ReturnType<typeof createWriteState>,
  batch: string | null,
) {
  const merged = [...state.merged].map(([id, into]) => ({ id, into }));
  return { batch, counts: countsOf(kind, source, state), ...state.tally.result(), merged };
}
