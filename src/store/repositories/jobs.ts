import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, JobTable } from "../schema.ts";

type Db = Kysely<Database>;

/** A stored job row with its owner's display name and its workspace's slug. */
export type JobRecord = Selectable<JobTable> & { owner_name: string | null; workspace: string };

/** The states a job passes through; the last three are final. */
export type JobState = JobTable["state"];

function withOwner(db: Db) {
  return db
    .selectFrom("jobs")
    .innerJoin("workspaces", "workspaces.id", "jobs.workspace_id")
    .leftJoin("users", "users.id", "jobs.owner")
    .selectAll("jobs")
    .select(["users.name as owner_name", "workspaces.slug as workspace"]);
}

/** Stores a new job. */
export async function jobInsert(db: Db, row: Insertable<JobTable>): Promise<void> {
  await db.insertInto("jobs").values(row).execute();
}

/** One job, or null. */
export async function jobFind(db: Db, id: string): Promise<JobRecord | null> {
  return (await withOwner(db).where("jobs.id", "=", id).executeTakeFirst()) ?? null;
}

/** A workspace's jobs, newest first, optionally of one owner or state. */
export async function jobsOfWorkspace(
  db: Db,
  workspaceId: number,
  filter: { owner?: string | undefined; state?: JobState | undefined; limit: number },
): Promise<JobRecord[]> {
  let query = withOwner(db).where("jobs.workspace_id", "=", workspaceId);
  if (filter.owner) query = query.where("jobs.owner", "=", filter.owner);
  if (filter.state) query = query.where("jobs.state", "=", filter.state);
  return query.orderBy("jobs.created_at", "desc").orderBy("jobs.id").limit(filter.limit).execute();
}

/**
 * Claims a job for `worker`: a queued job, or a running one whose heartbeat is older than
 * `staleBefore` (its worker stopped). Returns the attempt number now held, or null when the job is
 * finished, cancelled, held by a live worker, or out of attempts.
 */
export async function jobClaim(
  db: Db,
  id: string,
  worker: string,
  now: string,
  staleBefore: string,
): Promise<number | null> {
  const row = await db
    .updateTable("jobs")
    .set((eb) => ({
      state: "running",
      attempts: eb("attempts", "+", 1),
      worker,
      heartbeat_at: now,
      started_at: eb.fn.coalesce("started_at", eb.val(now)),
      message: "Running",
    }))
    .where("id", "=", id)
    .where((eb) => eb("attempts", "<", eb.ref("max_attempts")))
    .where((eb) =>
      eb.or([
        eb("state", "=", "queued"),
        eb.and([eb("state", "=", "running"), eb("heartbeat_at", "<", staleBefore)]),
      ]),
    )
    .returning("attempts")
    .executeTakeFirst();
  return row?.attempts ?? null;
}

/** Progress as stored: done out of total, and a message in plain words. */
export interface JobProgressRow {
  done: number;
  total: number;
  message: string;
}

/**
 * Refreshes the heartbeat (and progress) of attempt `attempt`; false when the job is no longer
 * that attempt's to run (cancelled, or taken over after its heartbeat went stale).
 */
export async function jobBeat(
  db: Db,
  id: string,
  attempt: number,
  now: string,
  progress: JobProgressRow | null,
): Promise<boolean> {
  const progressSet = progress
    ? { progress_done: progress.done, progress_total: progress.total, message: progress.message }
    : {};
  const result = await db
    .updateTable("jobs")
    .set({ heartbeat_at: now, ...progressSet })
    .where("id", "=", id)
    .where("state", "=", "running")
    .where("attempts", "=", attempt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** How a job ended. */
export type JobOutcome =
  | { state: "done"; result: string; message: string }
  | { state: "failed"; error: string; message: string };

/** Records the end of attempt `attempt`; false (nothing written) when it was no longer its to end. */
export async function jobFinish(
  db: Db,
  id: string,
  attempt: number,
  now: string,
  outcome: JobOutcome,
): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set({
      ...outcome,
      finished_at: now,
      heartbeat_at: now,
      ...(outcome.state === "done" ? { progress_done: 1, progress_total: 1 } : {}),
    })
    .where("id", "=", id)
    .where("state", "=", "running")
    .where("attempts", "=", attempt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Marks a queued or running job cancelled; false when it had already ended. */
export async function jobCancelSet(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set({ state: "cancelled", message: "Cancelled", finished_at: now })
    .where("id", "=", id)
    .where("state", "in", ["queued", "running"])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
