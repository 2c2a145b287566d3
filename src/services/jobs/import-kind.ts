import { rm } from "node:fs/promises";
import { basename, join } from "node:path";
import type { Kysely } from "kysely";
import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import type { ImportMapping } from "../../engine/interop/sheet-mapping.ts";
import { type Database, jobFileDelete, jobFilesPrune, jobFinish } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { DomainError } from "../errors.ts";
import type { ImportPhase } from "../interop/json-file-reader.ts";
import {
  type StandardImportKind,
  type StandardImportResult,
  standardImport,
} from "../interop/standard-import.ts";
import { tempDirCreate } from "../interop/temp-dirs.ts";
import type { Actor } from "../people/actor.ts";
import { type StoredUpload, UPLOAD_ORPHAN_MS, uploadRestore } from "./import-upload.ts";
import { abortCheck, JobAborted, type JobKind, type JobProgress } from "./kinds.ts";

/** Who queued an import, as kept with the job (never a session or token secret). */
export interface ImportJobActor {
  kind: "user" | "token" | "cli";
  userId: string | null;
  email: string | null;
}

/** The stored input of an import job: the import's options, its stored file, and who queued it. */
export interface ImportJobInput {
  workspace: string;
  kind: StandardImportKind;
  filename: string;
  dryRun: boolean;
  onInvalid: InvalidRecordPolicy;
  mapping: ImportMapping | null;
  upload: StoredUpload;
  actor: ImportJobActor;
}

/** The import writes as the person who queued it: their name goes in the audit log. */
function actorOf(a: ImportJobActor): Actor {
  if (a.kind === "user" && a.userId !== null)
    return { kind: "user", userId: a.userId, email: a.email, sessionHash: "" };
  if (a.kind === "token")
    return { ...a, kind: "token", tokenHash: "", workspaceId: null, role: "owner" };
  return { kind: "cli", userId: null, email: null };
}

const megabytes = (bytes: number) =>
  (bytes / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 1 });

/** Progress in plain words: checking the file fills the first half of the bar, writing it the second. */
function reporter(progress: JobProgress, signal: AbortSignal) {
  return (read: number, total: number, records: number, phase?: ImportPhase) => {
    abortCheck(signal);
    const part = total > 0 ? Math.min(1, read / total) : 1;
    const writing = phase === "writing";
    const what = writing ? "Writing" : "Checking the file";
    const count = `${records.toLocaleString("en-GB")} record${records === 1 ? "" : "s"}`;
    progress(
      writing ? 0.5 + part / 2 : part / 2,
      `${what}: ${megabytes(read)} of ${megabytes(total)} MB, ${count}`,
    );
  };
}

/** A refused import's message with the problems that name where (line, path), for the job's error. */
function failureOf(error: unknown): Error {
  if (!(error instanceof DomainError) || error.problems.length === 0)
    return error instanceof Error ? error : new Error(String(error));
  const shown = error.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
  const more = error.problems.length - shown.length;
  return new Error(`${error.message}. ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`);
}

/**
 * An import as a job (decision 0022): the uploaded file, kept in the database, is written to a
 * local temporary file and imported by the same code as the import route — all or nothing, the
 * same report. Cancel is checked at every progress step and before the commit (the import is
 * rolled back); the job's end is recorded inside the import's own transaction, fenced by the
 * attempt, so the rows and the result commit together or not at all. The stored file goes when
 * the job ends (a job aborted because its process stops keeps it for its next attempt).
 */
export const importJobKind: JobKind = {
  name: "import",
  async run(ctx, raw, progress, signal, job) {
    const input = raw as ImportJobInput;
    const orphanBefore = new Date(ctx.now().getTime() - UPLOAD_ORPHAN_MS).toISOString();
    await jobFilesPrune(ctx.store.db, orphanBefore);
    const dir = await tempDirCreate("partnerscope-upload-");
    const path = join(dir, basename(input.filename).replace(/[^A-Za-z0-9._-]/g, "_") || "upload");
    const acting: ServiceContext = { ...ctx, actor: () => actorOf(input.actor) };
    progress(0, "Reading the uploaded file");
    try {
      await uploadRestore(ctx.store.db, job.id, input.upload, path, signal);
      const result = await standardImport(acting, input.workspace, input.kind, path, {
        dryRun: input.dryRun,
        onInvalid: input.onInvalid,
        mapping: input.mapping,
        onProgress: reporter(progress, signal),
        onWrite: async () => abortCheck(signal),
        beforeCommit: (trx, result) => finishInside(ctx, trx, job, result, signal),
      });
      await jobFileDelete(ctx.store.db, job.id);
      return result;
    } catch (error) {
      // A failure is final: the file goes. An abort (cancel, or this process stopping) leaves it to
      // the sweep, which removes it once the job has ended and keeps it for a job sent back.
      if (!signal.aborted && !(error instanceof JobAborted))
        await jobFileDelete(ctx.store.db, job.id);
      throw failureOf(error);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

/** Ends the job, and removes its file, inside the import's transaction: not ours any more, rolled back. */
async function finishInside(
  ctx: ServiceContext,
  trx: Kysely<Database>,
  job: { id: string; attempt: number },
  result: StandardImportResult,
  signal: AbortSignal,
): Promise<void> {
  abortCheck(signal);
  const outcome = { state: "done" as const, result: JSON.stringify(result), message: "Done" };
  if (!(await jobFinish(trx, job.id, job.attempt, ctx.now().toISOString(), outcome)))
    throw new JobAborted("The job was cancelled or taken over by another worker");
  await jobFileDelete(trx, job.id);
}
