import PgBoss from "pg-boss";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  contextOf,
  jobEnqueue,
  jobQueueStart,
  jobQueueStop,
  workspaceAdd,
} from "../../src/services/index.ts";
import { BOSS_QUEUE } from "../../src/services/jobs/boss-queue.ts";
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

async function cleanUp() {
  for (const child of children.splice(0)) await child.stop("SIGKILL");
  if (store) {
    await jobQueueStop(store);
    await store.close();
    store = null;
  }
}
afterEach(cleanUp);
afterAll(cleanUp);

async function openEmpty(url: string) {
  await postgresReset(url);
  store = await openStore({ databaseUrl: url });
  const ctx = contextOf(store);
  await effectsCreate(store);
  await workspaceAdd(ctx, { slug: "queue", name: "Queue test" });
  // This process only enqueues (with the workers' lease); the children do the work.
  await jobQueueStart(ctx, { work: false, leaseMs: 2000 });
  return { store, ctx };
}

// The queue test: two `partnerscope worker` processes share the jobs of one PostgreSQL
// database; one is killed with SIGKILL half way; every job must still take effect exactly once
// (its effect row is written in the transaction that marks it done, fenced by its attempt).
describe.skipIf(!POSTGRES_URL)("the job queue when a worker is killed (PostgreSQL)", () => {
  it("runs every job exactly once: the killed worker's jobs are retried by the other", async () => {
    const url = POSTGRES_URL as string;
    const { store, ctx } = await openEmpty(url);
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

  it("runs a job whose delivery was fetched by a worker that died before claiming it", async () => {
    const url = POSTGRES_URL as string;
    const { store, ctx } = await openEmpty(url);
    const job = await jobEnqueue(ctx, {
      kind: "test-effect",
      workspace: "queue",
      input: { sleepMs: 10 },
    });
    // A worker that fetched the delivery and died before its claim: the row stays 'queued'.
    const thief = new PgBoss({ connectionString: url, supervise: false, schedule: false });
    await thief.start();
    expect(await thief.fetch(BOSS_QUEUE)).toHaveLength(1);
    await thief.stop({ graceful: false, wait: true });
    children.push(await workerStart(url, 1));
    const until = Date.now() + 30_000;
    while ((await queueCounts(store)).done < 1 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    const row = await store.db
      .selectFrom("jobs")
      .select(["state", "attempts"])
      .where("id", "=", job.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ state: "done", attempts: 1 });
    expect(await queueCounts(store)).toMatchObject({ effects: 1, distinctEffects: 1 });
  }, 45_000);
});
