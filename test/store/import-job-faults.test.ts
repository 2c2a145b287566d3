import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jobGet, jobQueueStart } from "../../src/services/index.ts";
import { importJobStart } from "../../src/services/jobs/import-job.ts";
import { importJobKind } from "../../src/services/jobs/import-kind.ts";
import {
  closeAll,
  contents,
  dialectsIn,
  LIMIT,
  LLOYDS,
  open,
  orphanInsert,
  POWER,
  request,
  storedPieces,
  untilState,
} from "./import-jobs-kit.ts";

// Import jobs when things go wrong (decision 0022): a dead worker, a job taken over, a bad file.

const dir = mkdtempSync(join(tmpdir(), "partnerscope-import-job-faults-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(dialectsIn(dir))("import jobs going wrong on $name", (dialect) => {
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
});
