import { jobsQueued } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { jobRunDelivery, type RunnerSettings } from "./runner.ts";

/** Where jobs go once stored: sent to a queue, stopped on shutdown. */
export interface JobBackend {
  send: (id: string) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * The SQLite queue: job ids in memory, at most `concurrency` run at once in this process (each
 * kind does its CPU work on worker threads). Jobs still queued in the database are loaded at start,
 * so a restart picks them up again.
 */
export async function localQueueStart(
  ctx: ServiceContext,
  settings: RunnerSettings,
  concurrency: number,
  running: Map<string, AbortController>,
): Promise<JobBackend> {
  const pending: string[] = [];
  const active = new Set<Promise<void>>();
  let stopped = false;
  const pump = () => {
    while (!stopped && active.size < concurrency && pending.length > 0) {
      const id = pending.shift()!;
      const work: Promise<void> = jobRunDelivery(ctx, id, settings, running)
        .then(() => {})
        .catch((error: unknown) => console.error(`job ${id}:`, error))
        .finally(() => {
          active.delete(work);
          pump();
        });
      active.add(work);
    }
  };
  pending.push(...(await jobsQueued(ctx.store.db)));
  pump();
  return {
    async send(id) {
      if (!pending.includes(id)) pending.push(id);
      pump();
    },
    async stop() {
      stopped = true;
      for (const controller of running.values()) controller.abort();
      await Promise.all(active);
    },
  };
}
