import { CompiledQuery } from "kysely";
import PgBoss from "pg-boss";
import type { ServiceContext } from "../context.ts";
import type { JobBackend } from "./local-queue.ts";
import { jobRunDelivery, type RunnerSettings } from "./runner.ts";

/** The one pg-boss queue every partnerscope job goes through (the job's kind is in its row). */
export const BOSS_QUEUE = "partnerscope-jobs";

/** How pg-boss is driven: whether this process works jobs, how many at once, how often it polls. */
export interface BossOptions {
  work: boolean;
  concurrency: number;
  pollingSeconds: number;
}

// A delivery whose handler outlives this is failed by pg-boss; our own row is unaffected, and
// recovery of a stopped worker is by heartbeat (sweep.ts), so this only bounds pg-boss's books.
const DELIVERY_EXPIRE_SECONDS = 4 * 60 * 60;

/**
 * The PostgreSQL queue: pg-boss (its own `pgboss` schema, on the store's connection pool) carries
 * job ids between processes; any number of processes (`partnerscope worker`, servers) fetch with
 * SKIP LOCKED, each running up to `concurrency` jobs. Redelivery after a worker stops is ours: the
 * sweep sends the id again, and the attempt number fences the stopped worker's writes.
 */
export async function bossQueueStart(
  ctx: ServiceContext,
  settings: RunnerSettings,
  options: BossOptions,
  running: Map<string, AbortController>,
): Promise<JobBackend> {
  const db = ctx.store.db;
  const boss = new PgBoss({
    db: {
      executeSql: async (text, values) => db.executeQuery(CompiledQuery.raw(text, values ?? [])),
    },
    schedule: false,
    supervise: options.work,
  });
  boss.on("error", (error) => console.error("job queue:", error.message));
  await boss.start();
  await boss.createQueue(BOSS_QUEUE);
  if (options.work)
    for (let i = 0; i < options.concurrency; i++)
      await boss.work<{ jobId: string }>(
        BOSS_QUEUE,
        { batchSize: 1, pollingIntervalSeconds: options.pollingSeconds },
        async ([delivery]) => {
          if (delivery) await jobRunDelivery(ctx, delivery.data.jobId, settings, running);
        },
      );
  return {
    async send(id) {
      await boss.send(
        BOSS_QUEUE,
        { jobId: id },
        { retryLimit: 0, expireInSeconds: DELIVERY_EXPIRE_SECONDS },
      );
    },
    async stop() {
      for (const controller of running.values()) controller.abort();
      await boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
    },
  };
}
