import { createReadStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import {
  contextOf,
  jobCancel,
  jobGet,
  jobQueueStart,
  tokenIssue,
} from "../../src/services/index.ts";
import { standardImport } from "../../src/services/interop/standard-import.ts";
import { importJobStart } from "../../src/services/jobs/import-job.ts";
import { importJobKind } from "../../src/services/jobs/import-kind.ts";
import { JobAborted } from "../../src/services/jobs/kinds.ts";
import {
  closeAll,
  contents,
  dialectsIn,
  LIMIT,
  LLOYDS,
  open,
  orphanInsert,
  POWER,
  reopen,
  request,
  SMALL,
  storedPieces,
  untilState,
} from "./import-jobs-kit.ts";

// Imports as jobs (decision 0022): the same report and rows as the request's import, cancel,
// a restart, and the API.

const dir = mkdtempSync(join(tmpdir(), "partnerscope-import-jobs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(dialectsIn(dir))("imports as jobs on $name", (dialect) => {
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

  it("goes back to the queue with its upload when its server stops, and completes after the restart", async () => {
    await dialect.reset();
    let { store, ctx } = await open(dialect.url);
    const all = request({ onInvalid: "import-all", filename: "lloyds.json" });
    const job = await importJobStart(ctx, "job-ws", all, createReadStream(LLOYDS), LIMIT);
    expect((await untilState(ctx, job.id, ["running", "done", "failed"])).status).toBe("running");
    await closeAll(store);

    store = await reopen(dialect.url);
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
