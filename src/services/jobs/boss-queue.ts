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

// A delivery not completed within this is expired by pg-boss; our own row is unaffected, and
// recovery of a stopped worker is by heartbeat (sweep.ts), so this only bounds pg-boss's books.
const DELIVERY_EXPIRE_SECONDS = 4 * 60 * 60;

/**
 * The PostgreSQL queue: pg-boss (its own `pgboss` schema, on the store's connection pool) carries
 * job ids between processes; any number of processes (`partnerscope worker`, servers) fetch with
 * SKIP LOCKED, each running up to `concurrency` jobs at once. Redelivery after a worker stops is ours: the
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
  const loop = options.work ? fetchLoop(ctx, boss, settings, options, running) : null;
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
      await loop?.stop();
      await boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
    },
  };
}

/**
 * Keeps up to `concurrency` deliveries running: fetches as many as there are free slots (pg-boss
 * fetches with SKIP LOCKED), completes each delivery when its job ends, and waits for a free slot
 * or the polling interval otherwise.
 */
function fetchLoop(
  ctx: ServiceContext,
  boss: PgBoss,
  settings: RunnerSettings,
  options: BossOptions,
  running: Map<string, AbortController>,
) {
  const active = new Set<Promise<void>>();
  let stopping = false;
  // A slot freed while the loop was fetching must not be missed: `woken` remembers it.
  let woken = false;
  let resolveNap: (() => void) | null = null;
  const wake = () => {
    woken = true;
    resolveNap?.();
  };
  const nap = async (ms: number) => {
    if (woken) {
      woken = false;
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      resolveNap = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    resolveNap = null;
    woken = false;
  };
  const deliver = (delivery: PgBoss.Job<{ jobId: string }>) => {
    const work: Promise<void> = jobRunDelivery(ctx, delivery.data.jobId, settings, running)
      .then(() => boss.complete(BOSS_QUEUE, delivery.id))
      .catch((error: unknown) => console.error(`job ${delivery.data.jobId}:`, error))
      .finally(() => {
        active.delete(work);
        wake();
      });
    active.add(work);
  };
  const done = (async () => {
    while (!stopping) {
      const free = options.concurrency - active.size;
      const deliveries =
        free > 0
          ? await boss
              .fetch<{ jobId: string }>(BOSS_QUEUE, { batchSize: free })
              .catch((error: unknown) => {
                console.error("job queue fetch:", error);
                return [];
              })
          : [];
      for (const delivery of deliveries) deliver(delivery);
      if (deliveries.length === 0 || deliveries.length === free)
        await nap(deliveries.length === 0 ? options.pollingSeconds * 1000 : 60_000);
    }
    await Promise.all(active);
  })();
  return {
    async stop() {
      stopping = true;
      wake();
      await done;
    },
  };
}
