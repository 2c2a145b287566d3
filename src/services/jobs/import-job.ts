import { randomUUID } from "node:crypto";
import type { InvalidRecordPolicy } from "../../engine/interop/import-options.ts";
import type { ImportMapping } from "../../engine/interop/sheet-mapping.ts";
import type { ImportJob } from "../../shared/interop-views.ts";
import { jobFileDelete, jobInsert } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import type { StandardImportKind } from "../interop/standard-import.ts";
import { JOB_MAX_ATTEMPTS, jobGet, jobQueueStart } from "../jobs.ts";
import type { Actor } from "../people/actor.ts";
import { workspaceRequire } from "../workspaces.ts";
import type { ImportJobActor, ImportJobInput } from "./import-kind.ts";
import { uploadStore } from "./import-upload.ts";

/** What an import job is asked to do: the import route's options and the file's name. */
export interface ImportJobRequest {
  kind: StandardImportKind;
  filename: string;
  dryRun: boolean;
  onInvalid: InvalidRecordPolicy;
  mapping: ImportMapping | null;
}

/** Who queued the job, without any secret (a session's or token's hash is never stored with it). */
function actorKept(actor: Actor): ImportJobActor {
  if (actor.kind === "user" || actor.kind === "token")
    return { kind: actor.kind, userId: actor.userId, email: actor.email };
  return { kind: "cli", userId: null, email: null };
}

/**
 * Queues an import of `body` into the existing workspace `slug` as a job (decision 0022): the file
 * is stored in the database first, piece by piece, and the job is queued only once it is whole, so
 * any worker can run it and a restart loses neither. Returns the job, queued.
 */
export async function importJobStart(
  ctx: ServiceContext,
  slug: string,
  request: ImportJobRequest,
  body: AsyncIterable<Uint8Array | string>,
  limit: number,
  expected?: number,
): Promise<ImportJob> {
  const ws = await workspaceRequire(ctx, slug);
  const id = randomUUID();
  const upload = await uploadStore(ctx, id, body, limit, expected);
  const input: ImportJobInput = {
    workspace: slug,
    ...request,
    upload,
    actor: actorKept(ctx.actor()),
  };
  try {
    await jobInsert(ctx.store.db, {
      id,
      workspace_id: ws.id,
      kind: "import",
      owner: ctx.actor().userId,
      state: "queued",
      message: "Waiting to start",
      input: JSON.stringify(input),
      max_attempts: JOB_MAX_ATTEMPTS,
      created_at: ctx.now().toISOString(),
    });
  } catch (error) {
    await jobFileDelete(ctx.store.db, id);
    throw error;
  }
  await (await jobQueueStart(ctx)).send(id);
  // Its result, once there is one, is what `standardImport` answered: the import's report.
  return (await jobGet(ctx, id)) as ImportJob;
}
