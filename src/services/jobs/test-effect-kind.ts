import { sql } from "kysely";
import type { JobKind } from "./kinds.ts";
import { abortCheck } from "./kinds.ts";

/** The environment switch that adds `testEffectKind` to a worker; never set in production. */
export const TEST_JOB_KINDS_ENV = "PARTNERSCOPE_TEST_JOB_KINDS";

/** The table the kill-a-worker test and the queue bench create; nothing else writes it. */
export const TEST_EFFECT_TABLE = "job_test_effects";

/**
 * A job kind for the kill-a-worker test and the queue bench only (registered by `partnerscope
 * worker` when PARTNERSCOPE_TEST_JOB_KINDS=1, never among the production kinds): it waits
 * `sleepMs` in small steps, then records one effect row in the transaction that marks it done, so
 * a test can count that every job took effect exactly once, whichever worker ran it.
 */
export const testEffectKind: JobKind = {
  name: "test-effect",
  async run(_ctx, input, progress, signal) {
    const { sleepMs } = input as { sleepMs: number };
    const steps = 5;
    for (let i = 1; i <= steps; i++) {
      abortCheck(signal);
      await new Promise((resolve) => setTimeout(resolve, sleepMs / steps));
      progress(i / steps, `${i} of ${steps} steps`, { done: i, total: steps });
    }
    return { slept: sleepMs };
  },
  async persist(db, jobId, _result, worker) {
    await sql`insert into ${sql.table(TEST_EFFECT_TABLE)} (job_id, worker) values (${jobId}, ${worker})`.execute(
      db,
    );
  },
};
