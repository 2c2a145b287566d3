import { afterAll, describe, expect, it } from "vitest";
import {
  contextOf,
  jobEnqueue,
  jobQueueStart,
  jobQueueStop,
  workspaceAdd,
} from "../../src/services/index.ts";
import { openStore, type Store } from "../../src/store/index.ts";
import { POSTGRES_URL } from "./dialects.ts";
import {
  effectsCreate,
  postgresReset,
  queueCounts,
  type WorkerChild,
  workerStart,
} from "./job-queue-kit.ts";

const JOBS = 200;
const children: WorkerChild[] = [];
let store: Store | null = null;

afterAll(async () => {
  for (const child of children) await child.stop("SIGKILL");
  if (store) {
    await jobQueueStop(store);
    await store.close();
  }
});

// The queue test: two `partnerscope worker` processes share the jobs of one PostgreSQL
// database; one is killed with SIGKILL half way; every job must still take effect exactly once
// (its effect row is written in the transaction that marks it done, fenced by its attempt).
describe.skipIf(!POSTGRES_URL)("the job queue when a worker is killed (PostgreSQL)", () => {
  it("runs every job exactly once: the killed worker's jobs are retried by the other", async () => {
    const url = POSTGRES_URL as string;
    await postgresReset(url);
    store = await openStore({ databaseUrl: url });
    const ctx = contextOf(store);
    await effectsCreate(store);
    await workspaceAdd(ctx, { slug: "queue", name: "Queue test" });
    // This process only enqueues; the two children do the work.
    await jobQueueStart(ctx, { work: false });
    const ids: string[] = [];
    for (let i = 0; i < JOBS; i++)
      ids.push(
        (
          await jobEnqueue(ctx, {
            kind: "test-effect",
            workspace: "queue",
            input: { sleepMs: 100 },
          })
        ).id,
      );
    const a = await workerStart(url, 4);
    const b = await workerStart(url, 4);
    children.push(a, b);

    const until = Date.now() + 40_000;
    while ((await queueCounts(store)).done < JOBS / 2 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50));
    await a.stop("SIGKILL");
    // What the killed worker left: jobs it held, still marked running under its name.
    const orphaned = await store.db
      .selectFrom("jobs")
      .select("id")
      .where("state", "=", "running")
      .where("worker", "=", a.worker)
      .execute();
    expect(orphaned.length).toBeGreaterThan(0);

    while ((await queueCounts(store)).done < JOBS && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    const counts = await queueCounts(store);
    expect(counts).toEqual({ done: JOBS, other: 0, effects: JOBS, distinctEffects: JOBS });
    // Each orphaned job was run again, by the surviving worker, in a second attempt.
    const retried = await store.db
      .selectFrom("jobs")
      .select(["worker", "attempts", "state"])
      .where(
        "id",
        "in",
        orphaned.map((o) => o.id),
      )
      .execute();
    for (const job of retried)
      expect(job).toEqual({ worker: b.worker, attempts: 2, state: "done" });
    // Both workers did part of the work.
    const byWorker = await queueCounts(store, a.worker);
    expect(byWorker.effects).toBeGreaterThan(0);
    expect(byWorker.effects).toBeLessThan(JOBS);
    expect(ids).toHaveLength(JOBS);
  }, 60_000);
});
