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
 * A nap that `wake` ends early; a wake while no nap is under way ends the next one at once, so a
 * slot freed while the loop was fetching is not missed.
 */
function wakerNew() {
  let woken = false;
  let resolveNap: (() => void) | null = null;
  return {
    wake() {
      woken = true;
      resolveNap?.();
    },
    async nap(ms: number) {
      if (!woken)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          resolveNap = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      resolveNap = null;
      woken = false;
    },
  };
}

type Delivery = PgBoss.Job<{ jobId: string }>;

// Runs one delivery's job, then completes the delivery; a job put back by a stopping process is
// failed as a delivery instead, so pg-boss offers it again at once.
async function deliveryRun(
  ctx: ServiceContext,
  boss: PgBoss,
  settings: RunnerSettings,
  running: Map<string, AbortController>,
  delivery: Delivery,
): Promise<void> {
  try {
    const outcome = await jobRunDelivery(ctx, delivery.data.jobId, settings, running);
    if (outcome === "released") await boss.fail(BOSS_QUEUE, delivery.id);
    else await boss.complete(BOSS_QUEUE, delivery.id);
  } catch (error) {
    console.error(`job ${delivery.data.jobId}:`, error);
  }
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
  const waker = wakerNew();
  const deliver = (delivery: Delivery) => {
    const work: Promise<void> = deliveryRun(ctx, boss, settings, running, delivery).finally(() => {
      active.delete(work);
      waker.wake();
    });
    active.add(work);
  };
  const done = (async () => {
    while (!stopping) {
      const free = options.concurrency - active.size;
      const deliveries =
        free > 0
          ? await boss.fetch<{ jobId: string }>(BOSS_QUEUE, { batchSize: free }).catch((error) => {
              console.error("job queue fetch:", error);
              return [] as Delivery[];
            })
          : [];
      for (const delivery of deliveries) deliver(delivery);
      if (deliveries.length === 0 || deliveries.length === free)
        await waker.nap(deliveries.length === 0 ? options.pollingSeconds * 1000 : 60_000);
    }
    await Promise.all(active);
  })();
  return {
    async stop() {
      stopping = true;
      waker.wake();
      await done;
    },
  };
}
