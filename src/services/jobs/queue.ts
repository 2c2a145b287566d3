import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Store } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { bossQueueStart } from "./boss-queue.ts";
import type { JobKind } from "./kinds.ts";
import { localQueueStart } from "./local-queue.ts";
import { PRODUCTION_JOB_KINDS } from "./production-kinds.ts";
import type { RunnerSettings } from "./runner.ts";
import { jobsSweep, type SweepResult } from "./sweep.ts";

/** How a process takes part in the queue. Defaults: works jobs, 2 at once, 60 s lease. */
export interface JobQueueOptions {
  /** Run jobs in this process (false: only enqueue, for a PostgreSQL server beside workers). */
  work?: boolean;
  concurrency?: number;
  /** A running job without a heartbeat for this long has lost its worker. */
  leaseMs?: number;
  /** How often this process looks for such jobs (default a quarter of the lease). */
  sweepMs?: number;
  /** PostgreSQL: how often an idle worker polls (at least 0.5 s). */
  pollingSeconds?: number;
  /** Kinds beyond the product's (test-only kinds, registered behind an explicit guard). */
  extraKinds?: JobKind[];
}

/** This process's view of the queue of one store. */
export interface JobQueue {
  settings: RunnerSettings;
  /** Hands a stored job to the queue. */
  send: (id: string) => Promise<void>;
  /** Aborts a job running in this process at once (others see the cancel at their next beat). */
  abort: (id: string) => void;
  /** Re-queues or fails jobs whose worker stopped; runs at start and every `sweepMs`. */
  sweep: () => Promise<SweepResult>;
  stop: () => Promise<void>;
}

const queues = new WeakMap<Store, Promise<JobQueue>>();

function settingsOf(options: JobQueueOptions): RunnerSettings {
  const leaseMs = options.leaseMs ?? 60_000;
  const kinds = [...PRODUCTION_JOB_KINDS, ...(options.extraKinds ?? [])];
  return {
    worker: `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    kinds: new Map(kinds.map((k) => [k.name, k])),
    leaseMs,
    beatMs: Math.min(500, leaseMs / 4),
    stopping: false,
  };
}

// Sweeps every `ms` until stopped; a store closed without stopping its queue (a test's) ends it quietly.
function sweepEvery(ms: number, sweep: () => Promise<SweepResult>) {
  const timer = setInterval(
    () =>
      void sweep().catch((error: unknown) => {
        if (error instanceof Error && /destroyed/.test(error.message)) clearInterval(timer);
        else console.error("job sweep:", error);
      }),
    ms,
  );
  timer.unref();
  return () => clearInterval(timer);
}

async function queueCreate(ctx: ServiceContext, options: JobQueueOptions): Promise<JobQueue> {
  const settings = settingsOf(options);
  const running = new Map<string, AbortController>();
  const work = options.work ?? true;
  const concurrency = options.concurrency ?? 2;
  const pollingSeconds = options.pollingSeconds ?? 1;
  const backend =
    ctx.store.adapter.name === "postgres"
      ? await bossQueueStart(ctx, settings, { work, concurrency, pollingSeconds }, running)
      : await localQueueStart(ctx, settings, work ? concurrency : 0, running);
  const sweep = () => jobsSweep(ctx, settings.leaseMs, backend.send);
  await sweep();
  const sweepStop = sweepEvery(options.sweepMs ?? settings.leaseMs / 4, sweep);
  return {
    settings,
    send: backend.send,
    abort: (id) => running.get(id)?.abort(),
    sweep,
    async stop() {
      sweepStop();
      settings.stopping = true;
      await backend.stop();
    },
  };
}

/**
 * Starts this process's part in the queue of `ctx`'s store, once: later calls (and `jobEnqueue`,
 * which starts it with the defaults when no one has) get the same queue. At start it re-queues or
 * fails jobs left running by a stopped process, and reloads queued ones (SQLite).
 */
export function jobQueueStart(
  ctx: ServiceContext,
  options: JobQueueOptions = {},
): Promise<JobQueue> {
  let queue = queues.get(ctx.store);
  if (!queue) {
    queue = queueCreate(ctx, options);
    queues.set(ctx.store, queue);
    queue.catch(() => queues.delete(ctx.store));
  }
  return queue;
}

/** Stops the queue of `store` in this process: its running jobs are aborted and put back in the queue. */
export async function jobQueueStop(store: Store): Promise<void> {
  const queue = queues.get(store);
  if (!queue) return;
  queues.delete(store);
  await (await queue).stop();
}
