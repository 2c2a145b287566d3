import { type Kysely, sql } from "kysely";
import type { Database } from "../schema.ts";

type Db = Kysely<Database>;

/** Stores piece `seq` of the uploaded file of job `jobId`. */
export async function jobFilePieceAdd(
  db: Db,
  jobId: string,
  seq: number,
  bytes: Uint8Array,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto("job_files")
    .values({ job_id: jobId, seq, bytes, created_at: createdAt })
    .execute();
}

/** Piece `seq` of a job's file, or null when there is none (read one at a time: memory stays flat). */
export async function jobFilePiece(db: Db, jobId: string, seq: number): Promise<Buffer | null> {
  const row = await db
    .selectFrom("job_files")
    .select("bytes")
    .where("job_id", "=", jobId)
    .where("seq", "=", seq)
    .executeTakeFirst();
  return row ? Buffer.from(row.bytes) : null;
}

/** How many pieces, and bytes, a job's stored file has. */
export async function jobFileSize(
  db: Db,
  jobId: string,
): Promise<{ pieces: number; bytes: number }> {
  const row = await db
    .selectFrom("job_files")
    .select([
      sql<string | number>`count(*)`.as("pieces"),
      sql<string | number>`coalesce(sum(length(bytes)), 0)`.as("bytes"),
    ])
    .where("job_id", "=", jobId)
    .executeTakeFirstOrThrow();
  return { pieces: Number(row.pieces), bytes: Number(row.bytes) };
}

/** Deletes a job's stored file (all its pieces). */
export async function jobFileDelete(db: Db, jobId: string): Promise<void> {
  await db.deleteFrom("job_files").where("job_id", "=", jobId).execute();
}

/**
 * Deletes the stored files of jobs that have ended (done, failed, cancelled), and files without a
 * job stored before `orphanBefore` (an upload cut off, or a server that died before queueing it).
 * Returns how many pieces went.
 */
export async function jobFilesPrune(db: Db, orphanBefore: string): Promise<number> {
  const ended = db
    .selectFrom("jobs")
    .select("id")
    .where("state", "in", ["done", "failed", "cancelled"]);
  const result = await db
    .deleteFrom("job_files")
    .where((eb) =>
      eb.or([
        eb("job_id", "in", ended),
        eb.and([
          eb("created_at", "<", orphanBefore),
          eb.not(
            eb.exists(
              eb.selectFrom("jobs").select("id").whereRef("jobs.id", "=", "job_files.job_id"),
            ),
          ),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
