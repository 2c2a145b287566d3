import { createReadStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import {
  contextOf,
  jobCancel,
  jobGet,
  jobQueueStart,
  jobQueueStop,
  type ServiceContext,
  tokenIssue,
  workspaceAdd,
} from "../../src/services/index.ts";
import { standardImport } from "../../src/services/interop/standard-import.ts";
import { importJobStart } from "../../src/services/jobs/import-job.ts";
import { type ImportJobInput, importJobKind } from "../../src/services/jobs/import-kind.ts";
import { uploadStore } from "../../src/services/jobs/import-upload.ts";
import { JobAborted } from "../../src/services/jobs/kinds.ts";
import { openStore, type Store, userCreate } from "../../src/store/index.ts";
import { POSTGRES_URL } from "./dialects.ts";
import { postgresReset } from "./job-queue-kit.ts";

const dir = mkdtempSync(join(tmpdir(), "partnerscope-import-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GRANTS = new URL("../fixtures/360giving/grantnav-test-data/", import.meta.url).pathname;
/** 870 valid grants in 1,476,606 bytes: two pieces of the stored upload. */
const POWER = join(GRANTS, "a002400000nO46WAAS.json");
/** 4,116 grants, three kinds of invalid record (see the fixtures' README). */
const LLOYDS = join(GRANTS, "a002400000OiDBQAA3.json");
/** Five valid grants (Esmée Fairbairn Foundation). */
const SMALL = join(GRANTS, "grantnav-20180903134856.json");
const LIMIT = 500 * 1024 * 1024;

const DIALECTS = [
  {
    name: "sqlite",
    url: `sqlite:${join(dir, "data")}`,
    reset: async () => rmSync(join(dir, "data"), { recursive: true, force: true }),
  },
  ...(POSTGRES_URL
    ? [{ name: "postgres", url: POSTGRES_URL, reset: () => postgresReset(POSTGRES_URL as string) }]
    : []),
];

const request = (over: Partial<Parameters<typeof importJobStart>[2]> = {}) => ({
  kind: "360giving" as const,
  filename: "power.json",
  dryRun: false,
  onInvalid: "import-valid" as const,
  mapping: null,
  ...over,
});

async function untilState(ctx: ServiceContext, id: string, states: string[], ms = 60_000) {
  const until = Date.now() + ms;
  for (;;) {
    const job = await jobGet(ctx, id);
    if (states.includes(job.status) || Date.now() > until) return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function open(url: string): Promise<{ store: Store; ctx: ServiceContext }> {
  const store = url.startsWith("sqlite:")
    ? await openStore({ dataDir: url.slice(7) })
    : await openStore({ databaseUrl: url });
  await userCreate(store.db, {
    id: "u-ivy",
    email: "ivy@example.org",
    email_key: "ivy@example.org",
    name: "Ivy Importer",
    password_hash: null,
    oidc_issuer: null,
    oidc_subject: null,
    created_at: "2026-01-01T00:00:00.000Z",
  });
  const actor = {
    kind: "user" as const,
    userId: "u-ivy",
    email: "ivy@example.org",
    sessionHash: "h",
  };
  const ctx = contextOf(
    store,
    () => new Date(),
    () => actor,
  );
  for (const slug of ["sync-ws", "job-ws"]) await workspaceAdd(ctx, { slug, name: slug });
  return { store, ctx };
}

/** What a workspace holds: organisation and grant (contract) ids, and its import batches. */
async function contents(store: Store, slug: string) {
  const ws = await store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", slug)
    .executeTakeFirstOrThrow();
  const ids = (table: "organisations" | "contracts") =>
    store.db
      .selectFrom(table)
      .select("id")
      .where("workspace_id", "=", ws.id)
      .orderBy("id")
      .execute()
      .then((rows) => rows.map((r) => r.id));
  const batches = await store.db
    .selectFrom("import_batches")
    .select("id")
    .where("workspace_id", "=", ws.id)
    .execute();
  return { organisations: await ids("organisations"), contracts: await ids("contracts"), batches };
}

const storedPieces = async (store: Store) =>
  Number(
    (
      await store.db
        .selectFrom("job_files")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

async function closeAll(store: Store) {
  await jobQueueStop(store);
  await store.close();
}

describe.each(DIALECTS)("imports as jobs on $name", (dialect) => {
  it("gives the synchronous import's report and rows, and deletes the stored upload", async () => {
    await dialect.reset();
    const { store, ctx } = await open(dialect.url);
    const sync = await standardImport(ctx, "sync-ws", "360giving", POWER, {
      onInvalid: "import-valid",
    });
    const queued = await importJobStart(ctx, "job-ws", request(), createReadStream(POWER), LIMIT);
    expect(queued).toMatchObject({ kind: "import", workspace: "job-ws", owner: "u-ivy" });
    const done = await untilState(ctx, queued.id, ["done", "failed", "cancelled"]);
    expect(done).toMatchObject({ status: "done", progress: 1, attempts: 1, message: "Done" });
    const result = done.result as typeof sync;
    // The same report, counts and ids; only the workspace and the batch's id differ.
    expect(result.batch).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{6}$/);
    expect({ ...result, workspace: "-", batch: "-", sourceFile: "-" }).toEqual({
      ...sync,
      workspace: "-",
      batch: "-",
      sourceFile: "-",
    });
    expect(result.sourceFile).toBe("power.json");
    expect(result.report.records).toBe(870);
    const [a, b] = [await contents(store, "sync-ws"), await contents(store, "job-ws")];
    expect(b.contracts).toEqual(a.contracts);
    expect(b.organisations).toEqual(a.organisations);
    expect(b.contracts).toHaveLength(870);
    expect(b.batches.map((x) => x.id)).toEqual([result.batch]);
    // The audit entry names the person who queued the job, not the worker.
    const audit = await store.db
      .selectFrom("audit_log")
      .select(["actor_kind", "actor_id"])
      .where("record_id", "=", result.batch)
      .execute();
    expect(audit).toEqual([{ actor_kind: "user", actor_id: "u-ivy" }]);
    expect(await storedPieces(store)).toBe(0);
    await closeAll(store);
  }, 120_000);

  it("writes nothing when cancelled, while checking the file or while writing it", async () => {
    await dialect.reset();
    const { store, ctx } = await open(dialect.url);
    // 'import-all': every one of the 4,116 grants would be written, problems and all.
    const all = request({ onInvalid: "import-all", filename: "lloyds.json" });
    const job = await importJobStart(ctx, "job-ws", all, createReadStream(LLOYDS), LIMIT);
    const running = await untilState(ctx, job.id, ["running", "done", "failed"]);
    expect(running.status).toBe("running");
    expect((await jobCancel(ctx, job.id)).status).toBe("cancelled");
    await new Promise((r) => setTimeout(r, 1500));
    expect(await jobGet(ctx, job.id)).toMatchObject({ status: "cancelled", message: "Cancelled" });
    expect(await contents(store, "job-ws")).toEqual({
      organisations: [],
      contracts: [],
      batches: [],
    });
    // The sweep removes the cancelled job's stored upload.
    await (await jobQueueStart(ctx)).sweep();
    expect(await storedPieces(store)).toBe(0);

    // Cancelled in the write pass, inside the import's transaction: rolled back whole.
    const id = "00000000-0000-4000-8000-00000000c0de";
    const input = await orphanInsert(store, ctx, id, 1, new Date().toISOString(), POWER);
    const controller = new AbortController();
    const messages: string[] = [];
    const progress = (_f: number, message: string) => {
      messages.push(message);
      if (message.startsWith("Writing")) controller.abort();
    };
    await expect(
      importJobKind.run(ctx, input, progress, controller.signal, { id, attempt: 1 }),
    ).rejects.toBeInstanceOf(JobAborted);
    expect(messages.some((m) => /^Checking the file: 1\.5 of 1\.5 MB, 870 records$/.test(m))).toBe(
      true,
    );
    expect(await contents(store, "job-ws")).toEqual({
      organisations: [],
      contracts: [],
      batches: [],
    });
    expect((await jobGet(ctx, id)).status).toBe("running");
    await closeAll(store);
  }, 120_000);

  it("runs again, or fails naming why, a job whose worker died; its upload is kept, then removed", async () => {
    await dialect.reset();
    const { store, ctx } = await open(dialect.url);
    const long = "2026-01-01T00:00:05.000Z";
    const retried = "00000000-0000-4000-8000-00000000a001";
    const given = "00000000-0000-4000-8000-00000000a003";
    // Out of attempts: failed by the start-up sweep, which also removes its stored upload.
    await orphanInsert(store, ctx, given, 3, long, POWER);
    expect(await storedPieces(store)).toBe(2);
    const queue = await jobQueueStart(ctx, { leaseMs: 60_000 });
    const failed = await jobGet(ctx, given);
    expect(failed.status).toBe("failed");
    expect(failed.error).toContain("its worker (dead-host:4242:00000000) stopped");
    expect(failed.error).toContain("gave up after 3 attempts");
    expect(await storedPieces(store)).toBe(0);
    // Attempts left: sent again by the sweep and run from the upload it kept.
    await orphanInsert(store, ctx, retried, 1, long, POWER);
    expect((await queue.sweep()).requeued).toEqual([retried]);
    const again = await untilState(ctx, retried, ["done", "failed"]);
    expect(again).toMatchObject({ status: "done", attempts: 2 });
    expect((again.result as { report: { records: number } }).report.records).toBe(870);
    expect((await contents(store, "job-ws")).contracts).toHaveLength(870);
    expect(await storedPieces(store)).toBe(0);
    await closeAll(store);
  }, 120_000);

  it("goes back to the queue with its upload when its server stops, and completes after the restart", async () => {
    await dialect.reset();
    let { store, ctx } = await open(dialect.url);
    const all = request({ onInvalid: "import-all", filename: "lloyds.json" });
    const job = await importJobStart(ctx, "job-ws", all, createReadStream(LLOYDS), LIMIT);
    expect((await untilState(ctx, job.id, ["running", "done", "failed"])).status).toBe("running");
    await closeAll(store);

    store = await openStore(
      dialect.url.startsWith("sqlite:")
        ? { dataDir: dialect.url.slice(7) }
        : { databaseUrl: dialect.url },
    );
    ctx = contextOf(store);
    expect(await jobGet(ctx, job.id)).toMatchObject({ status: "queued", attempts: 0 });
    expect(await contents(store, "job-ws")).toEqual({
      organisations: [],
      contracts: [],
      batches: [],
    });
    // 3,568,548 bytes: four pieces, kept for the next attempt.
    expect(await storedPieces(store)).toBe(4);
    await jobQueueStart(ctx);
    const done = await untilState(ctx, job.id, ["done", "failed", "cancelled"]);
    expect(done).toMatchObject({ status: "done", attempts: 1 });
    expect((await contents(store, "job-ws")).contracts).toHaveLength(4116);
    expect(await storedPieces(store)).toBe(0);
    await closeAll(store);
  }, 120_000);

  it("writes nothing from an attempt whose job was taken over meanwhile (fenced in the import's transaction)", async () => {
    await dialect.reset();
    const { store, ctx } = await open(dialect.url);
    const id = "00000000-0000-4000-8000-00000000b002";
    const input = await orphanInsert(store, ctx, id, 2, new Date().toISOString(), POWER);
    // This worker holds attempt 1; the row says attempt 2 is another worker's now.
    const signal = new AbortController().signal;
    const run = importJobKind.run(ctx, input, () => {}, signal, { id, attempt: 1 });
    await expect(run).rejects.toThrow("The job was cancelled or taken over by another worker");
    expect(await contents(store, "job-ws")).toEqual({
      organisations: [],
      contracts: [],
      batches: [],
    });
    expect(await jobGet(ctx, id)).toMatchObject({ status: "running", attempts: 2 });
    // The upload stays for the attempt that holds the job.
    expect(await storedPieces(store)).toBe(2);
    await closeAll(store);
  }, 120_000);

  it("fails a bad file's job naming the problem's line or path, and writes nothing", async () => {
    await dialect.reset();
    const { store, ctx } = await open(dialect.url);
    // Over the limit after one stored piece (1 MiB): refused, naming the body, and nothing kept.
    const tooLarge = importJobStart(ctx, "job-ws", request(), createReadStream(POWER), 1_200_000);
    await expect(tooLarge).rejects.toMatchObject({
      code: "invalid",
      problems: [{ path: "body", message: "more than 1200000 bytes" }],
    });
    expect(await storedPieces(store)).toBe(0);
    // A body that ends before the length its request announced (a connection closed early).
    const cut = importJobStart(ctx, "job-ws", request(), createReadStream(POWER), LIMIT, 2_000_000);
    await expect(cut).rejects.toMatchObject({
      code: "invalid",
      message: "The upload ended after 1476606 of 2000000 bytes; nothing was kept",
    });
    expect(await storedPieces(store)).toBe(0);
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"grants": [\n  {"id": "360G-x",\n  "title": }\n]}\n');
    const job = await importJobStart(ctx, "job-ws", request(), createReadStream(broken), LIMIT);
    const failed = await untilState(ctx, job.id, ["done", "failed"]);
    expect(failed.status).toBe("failed");
    expect(failed.error).toMatch(/line 3, column/);
    // Invalid records under 'stop': the first rule named with the path of an example.
    const lloyds = await importJobStart(
      ctx,
      "job-ws",
      request({ onInvalid: "stop", filename: "lloyds.json" }),
      createReadStream(LLOYDS),
      LIMIT,
    );
    const refused = await untilState(ctx, lloyds.id, ["done", "failed"]);
    expect(refused.status).toBe("failed");
    expect(refused.error).toContain("has 3 kind(s) of invalid record; nothing was imported");
    expect(refused.error).toMatch(
      /lloyds\.json has 3 kind\(s\).*grants\[0\] \(360G-LBFEW-114001\)\.fromOpenCall: "Y": fromOpenCall must be "Yes" or "No" \(4116 records/,
    );
    expect(refused.error).toContain("grants[395] (360G-LBFEW-115444): description is required");
    expect(await contents(store, "job-ws")).toEqual({
      organisations: [],
      contracts: [],
      batches: [],
    });
    expect(await storedPieces(store)).toBe(0);
    await closeAll(store);
  }, 120_000);

  it("answers 202 with the job at POST …/import-jobs, and the report at GET /api/v1/jobs/:id", async () => {
    await dialect.reset();
    const { store, ctx } = await open(dialect.url);
    const app = await buildApp({ ctx });
    const headers = {
      authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}`,
      "content-type": "application/json",
    };
    const url = "/api/v1/workspaces/job-ws/import-jobs?kind=360giving&filename=esmee.json";
    const start = await app.inject({ method: "POST", url, headers, payload: readFileSync(SMALL) });
    expect(start.statusCode).toBe(202);
    const { job } = start.json();
    expect(job).toMatchObject({ kind: "import", workspace: "job-ws" });
    let seen = job;
    for (let i = 0; i < 600 && (seen.status === "queued" || seen.status === "running"); i++) {
      await new Promise((r) => setTimeout(r, 50));
      seen = (await app.inject({ method: "GET", url: `/api/v1/jobs/${job.id}`, headers })).json();
    }
    expect(seen).toMatchObject({ status: "done", progress: 1 });
    expect(seen.result).toMatchObject({
      workspace: "job-ws",
      kind: "360giving",
      sourceFile: "esmee.json",
      dryRun: false,
      report: { valid: true, records: 5 },
      totals: { created: { contracts: 5 } },
    });
    const list = await app.inject({
      method: "GET",
      url: "/api/v1/workspaces/job-ws/jobs",
      headers,
    });
    expect(list.json().items.map((j: { id: string; kind: string }) => [j.id, j.kind])).toEqual([
      [job.id, "import"],
    ]);
    // A job imports into a workspace that exists; nothing is kept of a refused upload.
    const missing = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces/no-such-ws/import-jobs?kind=360giving",
      headers,
      payload: readFileSync(SMALL),
    });
    expect(missing.statusCode).toBe(404);
    const badMapping = await app.inject({
      method: "POST",
      url: `${url}&mapping=%7Bnot-json`,
      headers,
      payload: readFileSync(SMALL),
    });
    expect(badMapping.statusCode).toBe(400);
    expect(badMapping.json().error.problems[0].path).toBe("query.mapping");
    expect(await storedPieces(store)).toBe(0);
    await app.close();
    await closeAll(store);
  }, 120_000);
});

/** An import job as a process that died mid-job leaves it: running, its upload stored. */
async function orphanInsert(
  store: Store,
  ctx: ServiceContext,
  id: string,
  attempts: number,
  heartbeat: string,
  file: string,
): Promise<ImportJobInput> {
  const ws = await store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", "job-ws")
    .executeTakeFirstOrThrow();
  const upload = await uploadStore(ctx, id, createReadStream(file), LIMIT);
  const input: ImportJobInput = {
    workspace: "job-ws",
    ...request(),
    upload,
    actor: { kind: "user", userId: "u-ivy", email: null },
  };
  await store.db
    .insertInto("jobs")
    .values({
      id,
      workspace_id: ws.id,
      kind: "import",
      owner: "u-ivy",
      state: "running",
      message: "Running",
      input: JSON.stringify(input),
      attempts,
      max_attempts: 3,
      worker: "dead-host:4242:00000000",
      created_at: "2026-01-01T00:00:00.000Z",
      started_at: "2026-01-01T00:00:00.000Z",
      heartbeat_at: heartbeat,
    })
    .execute();
  return input;
}
