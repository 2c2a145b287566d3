import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextOf, workspaceAdd } from "../../src/services/index.ts";
import { JOB_RETENTION_MS, jobsSweep } from "../../src/services/jobs/sweep.ts";
import {
  jobBeat,
  jobCancelSet,
  jobClaim,
  jobFind,
  jobFinish,
  jobInsert,
  type Store,
} from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const PAST = "2026-01-01T00:00:00.000Z";
const NOW = "2026-01-01T00:01:00.000Z";
const FUTURE = "2027-01-01T00:00:00.000Z";

// The attempt number fences a worker's writes: once a job is claimed again (its first worker's
// heartbeat went stale) or cancelled, the earlier attempt can neither beat nor finish it.
describe.each(STORE_FACTORIES)("job attempts on $name", (factory) => {
  let store: Store;
  let wsId: number;
  beforeAll(async () => {
    store = await factory.open();
    await workspaceAdd(contextOf(store), { slug: "fence", name: "Fence" });
    wsId = (await store.db.selectFrom("workspaces").select("id").executeTakeFirstOrThrow()).id;
  });
  afterAll(() => store.close());

  async function insert(id: string, maxAttempts = 3) {
    await jobInsert(store.db, {
      id,
      workspace_id: wsId,
      kind: "simulation",
      owner: null,
      state: "queued",
      message: "Waiting to start",
      input: "{}",
      max_attempts: maxAttempts,
      created_at: PAST,
    });
  }

  it("lets only the latest attempt beat and finish", async () => {
    await insert("job-a");
    expect(await jobClaim(store.db, "job-a", "w1", PAST, PAST)).toBe(1);
    // Held by a live worker (heartbeat not older than the cut-off): no second claim.
    expect(await jobClaim(store.db, "job-a", "w2", NOW, PAST)).toBeNull();
    // Its heartbeat is stale by a later cut-off: the second worker takes it over.
    expect(await jobClaim(store.db, "job-a", "w2", NOW, FUTURE)).toBe(2);
    expect(await jobBeat(store.db, "job-a", 1, NOW, null)).toBe(false);
    const late = { state: "done" as const, result: '"late"', message: "Done" };
    expect(await jobFinish(store.db, "job-a", 1, NOW, late)).toBe(false);
    const done = { state: "done" as const, result: '"ok"', message: "Done" };
    expect(await jobFinish(store.db, "job-a", 2, NOW, done)).toBe(true);
    expect(await jobFind(store.db, "job-a")).toMatchObject({
      state: "done",
      result: '"ok"',
      attempts: 2,
      worker: "w2",
    });
    // A finished job is never claimed again.
    expect(await jobClaim(store.db, "job-a", "w3", NOW, FUTURE)).toBeNull();
  });

  it("refuses a claim beyond the attempts allowed, and any write after a cancel", async () => {
    await insert("job-b", 1);
    expect(await jobClaim(store.db, "job-b", "w1", PAST, PAST)).toBe(1);
    expect(await jobClaim(store.db, "job-b", "w2", NOW, FUTURE)).toBeNull();
    expect(await jobCancelSet(store.db, "job-b", NOW)).toBe(true);
    expect(await jobBeat(store.db, "job-b", 1, NOW, null)).toBe(false);
    const done = { state: "done" as const, result: "1", message: "Done" };
    expect(await jobFinish(store.db, "job-b", 1, NOW, done)).toBe(false);
    expect((await jobFind(store.db, "job-b"))?.state).toBe("cancelled");
    expect(await jobCancelSet(store.db, "job-b", NOW)).toBe(false);
  });

  it("prunes finished jobs a retention period after they ended, and nothing else", async () => {
    const now = Date.parse("2026-03-01T00:00:00.000Z");
    const at = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
    for (const [id, state, ended] of [
      ["old-done", "done", at(31)],
      ["old-failed", "failed", at(31)],
      ["recent-done", "done", at(29)],
      ["old-queued", "queued", null],
    ] as const) {
      await insert(id);
      await store.db
        .updateTable("jobs")
        .set({ state, finished_at: ended, created_at: at(40) })
        .where("id", "=", id)
        .execute();
    }
    expect(JOB_RETENTION_MS).toBe(30 * 86_400_000);
    const ctx = contextOf(store, () => new Date(now));
    const swept = await jobsSweep(ctx, 60_000, async () => {});
    // These two, and job-a and job-b above (finished on 1 January, 59 days before).
    expect(swept.pruned).toBe(4);
    const left = await store.db
      .selectFrom("jobs")
      .select("id")
      .where("id", "in", ["old-done", "old-failed", "recent-done", "old-queued"])
      .orderBy("id")
      .execute();
    expect(left.map((r) => r.id)).toEqual(["old-queued", "recent-done"]);
  });
});
