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

// A delivery is expired by pg-boss a lease after it was fetched and delivered again (up to this
// many times): the second delivery of a job whose worker is alive finds it claimed and does
// nothing, while one fetched by a worker that died before claiming it is not lost.
const DELIVERY_RETRIES = 1000;

/**
 * The PostgreSQL queue: pg-boss (its own `pgboss` schema, on the store's connection pool) carries
 * job ids between processes; any number of processes (`partnerscope worker`, servers) fetch with
 * SKIP LOCKED, each running up to `concurrency` jobs at once. A job whose worker stopped is sent
 * again by the sweep (heartbeat); a delivery fetched by a worker that stopped before claiming its
 * job is expired and redelivered by pg-boss; the attempt number fences a stopped worker's writes.
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
    // Expired deliveries are found at each maintenance: twice a lease.
    maintenanceIntervalSeconds: Math.max(1, Math.ceil(settings.leaseMs / 2000)),
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
        {
          retryLimit: DELIVERY_RETRIES,
          retryDelay: 0,
          expireInSeconds: Math.max(1, Math.ceil(settings.leaseMs / 1000)),
        },
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
