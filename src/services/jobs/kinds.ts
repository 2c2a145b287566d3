import type { Kysely } from "kysely";
import type { Database } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";

/**
 * Reports progress from inside a job: a fraction 0–1 and a message in plain words, and the counts
 * behind the fraction when there are any (runs done out of runs).
 */
export type JobProgress = (
  fraction: number,
  message: string,
  counts?: { done: number; total: number },
) => void;

/** A kind of job a worker knows how to run. */
export interface JobKind {
  name: string;
  /**
   * Runs the job from its stored input; stops soon after `signal` aborts (cancel). `job` names the
   * attempt, for a kind that fences its own writes by it (an import ends its job in its transaction).
   */
  run: (
    ctx: ServiceContext,
    input: unknown,
    progress: JobProgress,
    signal: AbortSignal,
    job: { id: string; attempt: number },
  ) => Promise<unknown>;
  /**
   * Writes the job's lasting effect, if it has one beyond its result, in the same transaction that
   * marks it done: a retried job's effect is then recorded once or not at all.
   */
  persist?: (db: Kysely<Database>, jobId: string, result: unknown, worker: string) => Promise<void>;
}

/** Thrown by a job's work when its signal was aborted. */
export class JobAborted extends Error {}

/** Throws `JobAborted` once `signal` is aborted: the check a job makes between steps. */
export function abortCheck(signal: AbortSignal): void {
  if (signal.aborted) throw new JobAborted("The job was cancelled");
}
