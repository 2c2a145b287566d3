import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  contextOf,
  jobCancel,
  jobEnqueue,
  jobGet,
  jobQueueStart,
  jobQueueStop,
  jobsList,
  type ServiceContext,
  workspaceAdd,
} from "../../src/services/index.ts";
import { openStore, type Store, userCreate } from "../../src/store/index.ts";
import { POSTGRES_URL } from "./dialects.ts";
import { postgresReset } from "./job-queue-kit.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store that can be closed and opened again on the same data: what a restart does. */
const DIALECTS = [
  {
    name: "sqlite",
    url: `sqlite:${join(dir, "jobs")}`,
    reset: async () => rmSync(join(dir, "jobs"), { recursive: true, force: true }),
  },
  ...(POSTGRES_URL
    ? [{ name: "postgres", url: POSTGRES_URL, reset: () => postgresReset(POSTGRES_URL as string) }]
    : []),
];

function storeOpen(url: string): Promise<Store> {
  return url.startsWith("sqlite:")
    ? openStore({ dataDir: url.slice(7) })
    : openStore({ databaseUrl: url });
}

async function untilState(ctx: ServiceContext, id: string, states: string[], ms = 20_000) {
  const until = Date.now() + ms;
  for (;;) {
    const job = await jobGet(ctx, id);
    if (states.includes(job.status) || Date.now() > until) return job;
    await new Promise((r) => setTimeout(r, 50));
  }
}

const small = { preset: "ni-procurement-2008", runs: 3, seed: 7 };

async function closeAll(store: Store) {
  await jobQueueStop(store);
  await store.close();
}

/** Rows as a process that died mid-job leaves them: running, last heartbeat long ago. */
async function orphanInsert(store: Store, id: string, attempts: number, heartbeat: string) {
  const ws = await store.db.selectFrom("workspaces").select("id").executeTakeFirstOrThrow();
  await store.db
    .insertInto("jobs")
    .values({
      id,
      workspace_id: ws.id,
      kind: "simulation",
      owner: null,
      state: "running",
      message: "Running",
      input: JSON.stringify(small),
      attempts,
      max_attempts: 3,
      worker: "dead-host:4242:00000000",
      created_at: "2026-01-01T00:00:00.000Z",
      started_at: "2026-01-01T00:00:00.000Z",
      heartbeat_at: heartbeat,
    })
    .execute();
}

describe.each(DIALECTS)("jobs in the database on $name", (dialect) => {
  it("keeps a job's owner, progress and result across a restart", async () => {
    await dialect.reset();
    let store = await storeOpen(dialect.url);
    await userCreate(store.db, {
      id: "u-ana",
      email: "ana@example.org",
      email_key: "ana@example.org",
      name: "Ana Analyst",
      password_hash: null,
      oidc_issuer: null,
      oidc_subject: null,
      created_at: "2026-01-01T00:00:00.000Z",
    });
    const actor = { kind: "user" as const, userId: "u-ana", email: null, sessionHash: "h" };
    let ctx = contextOf(
      store,
      () => new Date(),
      () => actor,
    );
    await workspaceAdd(ctx, { slug: "jobs-ws", name: "Jobs" });
    const queued = await jobEnqueue(ctx, {
      kind: "simulation",
      workspace: "jobs-ws",
      input: small,
    });
    expect(queued).toMatchObject({ owner: "u-ana", ownerName: "Ana Analyst", kind: "simulation" });
    // SQLite's in-process queue may have claimed it already; PostgreSQL's waits for a poll.
    expect(["queued", "running"]).toContain(queued.status);
    const done = await untilState(ctx, queued.id, ["done", "failed"]);
    expect(done).toMatchObject({ status: "done", progress: 1, attempts: 1 });
    expect((done.result as { runs: number }).runs).toBe(3);
    await closeAll(store);

    store = await storeOpen(dialect.url);
    ctx = contextOf(store);
    const again = await jobGet(ctx, queued.id);
    expect(again.result).toEqual(done.result);
    const list = await jobsList(ctx, "jobs-ws");
    expect(list.items.map((j) => [j.id, j.ownerName, j.status])).toEqual([
      [queued.id, "Ana Analyst", "done"],
    ]);
    expect(list.items[0]).not.toHaveProperty("result");
    await closeAll(store);
  });

  it("at start-up re-queues a dead process's job, or fails it naming why when no attempts remain", async () => {
    await dialect.reset();
    const store = await storeOpen(dialect.url);
    const ctx = contextOf(store);
    await workspaceAdd(ctx, { slug: "jobs-ws", name: "Jobs" });
    const long = "2026-01-01T00:00:05.000Z";
    await orphanInsert(store, "00000000-0000-4000-8000-000000000001", 1, long);
    await orphanInsert(store, "00000000-0000-4000-8000-000000000002", 3, long);
    // A job whose worker is alive (heartbeat now) is not taken from it.
    await orphanInsert(store, "00000000-0000-4000-8000-000000000003", 1, new Date().toISOString());
    await jobQueueStart(ctx, { leaseMs: 60_000 });

    const retried = await untilState(ctx, "00000000-0000-4000-8000-000000000001", [
      "done",
      "failed",
    ]);
    expect(retried).toMatchObject({ status: "done", attempts: 2 });
    expect((retried.result as { runs: number }).runs).toBe(3);
    const failed = await jobGet(ctx, "00000000-0000-4000-8000-000000000002");
    expect(failed.status).toBe("failed");
    expect(failed.error).toContain("its worker (dead-host:4242:00000000) stopped");
    expect(failed.error).toContain("gave up after 3 attempts");
    const live = await jobGet(ctx, "00000000-0000-4000-8000-000000000003");
    expect(live).toMatchObject({ status: "running", attempts: 1 });
    await closeAll(store);
  });

  it("cancels a running job: the state stays cancelled and no result is written", async () => {
    await dialect.reset();
    const store = await storeOpen(dialect.url);
    const ctx = contextOf(store);
    await workspaceAdd(ctx, { slug: "jobs-ws", name: "Jobs" });
    const input = { preset: "england-housing-2002", runs: 400, seed: 1 };
    const job = await jobEnqueue(ctx, { kind: "simulation", workspace: "jobs-ws", input });
    const running = await untilState(ctx, job.id, ["running", "done", "failed"]);
    expect(running.status).toBe("running");
    // Progress reaches the row while it runs: runs done out of 400, in chunks of 20.
    let seen = running;
    for (let i = 0; i < 200 && seen.done === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = await jobGet(ctx, job.id);
    }
    expect(seen.total).toBe(400);
    expect(seen.done % 20).toBe(0);
    expect(seen.done).toBeGreaterThan(0);
    expect(seen.message).toBe(`${seen.done} of 400 runs done`);
    expect(seen.progress).toBeCloseTo(seen.done / 400, 10);
    expect((await jobCancel(ctx, job.id)).status).toBe("cancelled");
    await new Promise((r) => setTimeout(r, 1500));
    const after = await jobGet(ctx, job.id);
    expect(after).toMatchObject({ status: "cancelled", message: "Cancelled" });
    expect(after.result).toBeUndefined();
    await closeAll(store);
  });

  it("puts a running job back in the queue when its process stops, and runs it at the next start", async () => {
    await dialect.reset();
    let store = await storeOpen(dialect.url);
    let ctx = contextOf(store);
    await workspaceAdd(ctx, { slug: "jobs-ws", name: "Jobs" });
    const input = { preset: "england-housing-2002", runs: 400, seed: 1 };
    const job = await jobEnqueue(ctx, { kind: "simulation", workspace: "jobs-ws", input });
    expect((await untilState(ctx, job.id, ["running", "done", "failed"])).status).toBe("running");
    await closeAll(store);

    store = await storeOpen(dialect.url);
    ctx = contextOf(store);
    const parked = await jobGet(ctx, job.id);
    expect(parked).toMatchObject({ status: "queued", attempts: 0 });
    expect(parked.message).toContain("stopped");
    // Picked up at once, not a lease (60 s) later.
    await jobQueueStart(ctx);
    const again = await untilState(ctx, job.id, ["running", "done", "failed"], 10_000);
    expect(again).toMatchObject({ status: "running", attempts: 1 });
    await jobCancel(ctx, job.id);
    await closeAll(store);
  });
});
