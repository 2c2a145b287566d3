import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store, userCreate } from "../store/index.ts";
import { contextOf, type ServiceContext } from "./context.ts";
import { DomainError } from "./errors.ts";
import { jobCancel, jobEnqueue, jobGet, jobQueueStart, jobQueueStop, jobsList } from "./jobs.ts";
import type { Actor } from "./people/actor.ts";
import { memberSet } from "./people/members.ts";
import { workspaceAdd } from "./workspaces.ts";

const user = (userId: string): Actor => ({ kind: "user", userId, email: null, sessionHash: "h" });
let store: Store;
let acting: Actor = user("u-ann");
let ctx: ServiceContext;

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  // A clock one millisecond on at each reading: two jobs queued in the same millisecond have no
  // "newer" one (the list orders by time, then id), which made the order test fail half the time.
  let tick = Date.parse("2026-06-01T09:00:00.000Z");
  ctx = contextOf(
    store,
    () => new Date(tick++),
    () => acting,
  );
  // This process only enqueues: the jobs stay queued, so each state can be looked at.
  await jobQueueStart(ctx, { work: false });
  const operator = contextOf(store);
  await workspaceAdd(operator, { slug: "ws", name: "Workspace" });
  for (const [id, role] of [
    ["u-ann", "analyst"],
    ["u-bob", "analyst"],
    ["u-eve", "editor"],
  ] as const) {
    const at = "2026-01-01T00:00:00.000Z";
    await userCreate(store.db, {
      id,
      email: null,
      email_key: null,
      name: id.slice(2),
      password_hash: null,
      oidc_issuer: null,
      oidc_subject: null,
      created_at: at,
    });
    await memberSet(operator, "ws", id, { role });
  }
});
afterAll(async () => {
  await jobQueueStop(store);
  await store.close();
});

describe("jobs", () => {
  it("stores a queued job owned by the person acting, listed newest first", async () => {
    acting = user("u-ann");
    const first = await jobEnqueue(ctx, { kind: "simulation", workspace: "ws", input: { a: 1 } });
    const second = await jobEnqueue(ctx, { kind: "simulation", workspace: "ws", input: { a: 2 } });
    expect(first).toMatchObject({
      status: "queued",
      owner: "u-ann",
      ownerName: "ann",
      progress: 0,
      attempts: 0,
      maxAttempts: 3,
      message: "Waiting to start",
    });
    const ids = (await jobsList(ctx, "ws")).items.map((j) => j.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect((await jobsList(ctx, "ws", { owner: "u-bob" })).items).toEqual([]);
  });

  it("lets the owner or an editor cancel, and refuses another analyst", async () => {
    acting = user("u-ann");
    const mine = await jobEnqueue(ctx, { kind: "simulation", workspace: "ws", input: {} });
    const other = await jobEnqueue(ctx, { kind: "simulation", workspace: "ws", input: {} });
    acting = user("u-bob");
    await expect(jobCancel(ctx, mine.id)).rejects.toThrow(/Only the person who started/);
    acting = user("u-ann");
    expect((await jobCancel(ctx, mine.id)).status).toBe("cancelled");
    acting = user("u-eve");
    expect((await jobCancel(ctx, other.id)).status).toBe("cancelled");
    // Cancelling again leaves a finished job as it is.
    expect((await jobCancel(ctx, other.id)).finishedAt).not.toBeNull();
  });

  it("answers not found for an unknown job", async () => {
    await expect(jobGet(ctx, "00000000-0000-4000-8000-000000000000")).rejects.toThrow(DomainError);
  });
});
