import { randomUUID } from "node:crypto";
import { isRoleAtLeast } from "../shared/access.ts";
import type { JobList, JobStatus, JobView } from "../shared/jobs.ts";
import {
  type JobRecord,
  jobCancelSet,
  jobFind,
  jobInsert,
  jobsOfWorkspace,
} from "../store/index.ts";
import type { ServiceContext } from "./context.ts";
import { forbidden, notFound } from "./errors.ts";
import { jobQueueStart } from "./jobs/queue.ts";
import { roleIn } from "./people/actor.ts";
import { workspaceRequire } from "./workspaces.ts";

export type { JobView } from "../shared/jobs.ts";
export type { JobKind, JobProgress } from "./jobs/kinds.ts";
export { type JobQueueOptions, jobQueueStart, jobQueueStop } from "./jobs/queue.ts";

/** How many attempts a job gets when its worker stops under it (errors in the job are final). */
export const JOB_MAX_ATTEMPTS = 3;

/** Most jobs one list answers. */
export const JOB_LIST_LIMIT = 200;

function viewOf(row: JobRecord, withResult: boolean): JobView {
  const total = row.progress_total > 0 ? row.progress_total : 1;
  return {
    id: row.id,
    kind: row.kind,
    workspace: row.workspace,
    status: row.state,
    progress: Math.min(1, Math.max(0, row.progress_done / total)),
    done: row.progress_done,
    total: row.progress_total,
    message: row.message,
    owner: row.owner,
    ownerName: row.owner_name,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    ...(withResult && row.result !== null ? { result: JSON.parse(row.result) } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
  };
}

async function rowRequire(ctx: ServiceContext, id: string): Promise<JobRecord> {
  const row = await jobFind(ctx.store.db, id);
  if (!row) throw notFound(`There is no job '${id}'`);
  return row;
}

/**
 * Stores a job of `kind` on `workspace`, owned by the acting person, and hands it to the queue
 * (starting this process's part in it if no one has); returns it queued. Validate before calling.
 */
export async function jobEnqueue(
  ctx: ServiceContext,
  job: { kind: string; workspace: string; input: unknown; maxAttempts?: number },
): Promise<JobView> {
  const ws = await workspaceRequire(ctx, job.workspace);
  const id = randomUUID();
  await jobInsert(ctx.store.db, {
    id,
    workspace_id: ws.id,
    kind: job.kind,
    owner: ctx.actor().userId,
    state: "queued",
    message: "Waiting to start",
    input: JSON.stringify(job.input),
    max_attempts: job.maxAttempts ?? JOB_MAX_ATTEMPTS,
    created_at: ctx.now().toISOString(),
  });
  await (await jobQueueStart(ctx)).send(id);
  return viewOf(await rowRequire(ctx, id), false);
}

/** A job's state, progress and (once done) result, as kept in the database. */
export async function jobGet(ctx: ServiceContext, id: string): Promise<JobView> {
  return viewOf(await rowRequire(ctx, id), true);
}

/** The slug of the workspace a job works on (only its members may follow it). */
export async function jobWorkspace(ctx: ServiceContext, id: string): Promise<string> {
  return (await rowRequire(ctx, id)).workspace;
}

/** A workspace's jobs, newest first, optionally of one owner or state (results left out). */
export async function jobsList(
  ctx: ServiceContext,
  slug: string,
  filter: { owner?: string | undefined; state?: JobStatus | undefined } = {},
): Promise<JobList> {
  const ws = await workspaceRequire(ctx, slug);
  const rows = await jobsOfWorkspace(ctx.store.db, ws.id, { ...filter, limit: JOB_LIST_LIMIT });
  return { items: rows.map((row) => viewOf(row, false)) };
}

/**
 * Cancels a queued or running job: its state becomes 'cancelled' at once and its worker stops at
 * its next progress check. Only the person who started it, or an editor or owner, may; a finished
 * job is left as it is.
 */
export async function jobCancel(ctx: ServiceContext, id: string): Promise<JobView> {
  const row = await rowRequire(ctx, id);
  const actor = ctx.actor();
  if (actor.userId === null || actor.userId !== row.owner) {
    const role = await roleIn(ctx, actor, row.workspace_id);
    if (!role || !isRoleAtLeast(role, "editor"))
      throw forbidden("Only the person who started this job, or an editor, may cancel it");
  }
  if (await jobCancelSet(ctx.store.db, id, ctx.now().toISOString()))
    (await jobQueueStart(ctx)).abort(id);
  return jobGet(ctx, id);
}
