import type { Kysely, Selectable } from "kysely";
import type { Database, JobTable } from "../schema.ts";

// Finding jobs again after a worker stopped, putting them back, and pruning old ones (decision 0021).

type Db = Kysely<Database>;

/**
 * Puts attempt `attempt` back in the queue without counting it (its process is shutting down);
 * false when the job was no longer that attempt's.
 */
export async function jobRelease(db: Db, id: string, attempt: number): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set((eb) => ({
      state: "queued",
      attempts: eb("attempts", "-", 1),
      worker: null,
      message: "Queued again: the process running it was stopped",
    }))
    .where("id", "=", id)
    .where("state", "=", "running")
    .where("attempts", "=", attempt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Running jobs whose heartbeat is older than `staleBefore`: their worker has stopped. */
export async function jobsStale(db: Db, staleBefore: string): Promise<Selectable<JobTable>[]> {
  return db
    .selectFrom("jobs")
    .selectAll()
    .where("state", "=", "running")
    .where("heartbeat_at", "<", staleBefore)
    .orderBy("created_at")
    .execute();
}

/**
 * Puts a stale job back in the queue (attempts remain) or fails it with `reason` (none remain);
 * only if it is still the same stale attempt, so two sweeping processes cannot both act on it.
 */
export async function jobRecover(
  db: Db,
  job: Pick<JobTable, "id" | "max_attempts"> & { attempts: number },
  staleBefore: string,
  now: string,
  reason: string,
): Promise<"queued" | "failed" | null> {
  const requeue = job.attempts < job.max_attempts;
  const result = await db
    .updateTable("jobs")
    .set(
      requeue
        ? { state: "queued", message: `Queued again: ${reason}`, worker: null }
        : { state: "failed", message: "Failed", error: reason, finished_at: now },
    )
    .where("id", "=", job.id)
    .where("state", "=", "running")
    .where("attempts", "=", job.attempts)
    .where("heartbeat_at", "<", staleBefore)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return requeue ? "queued" : "failed";
}

/** Deletes finished jobs (done, failed, cancelled) that ended before `before`; returns how many. */
export async function jobsPrune(db: Db, before: string): Promise<number> {
  const result = await db
    .deleteFrom("jobs")
    .where("state", "in", ["done", "failed", "cancelled"])
    .where("finished_at", "<", before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Ids of queued jobs, oldest first (a local queue reloads them at start-up). */
export async function jobsQueued(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom("jobs")
    .select("id")
    .where("state", "=", "queued")
    .orderBy("created_at")
    .execute();
  return rows.map((r) => r.id);
}
