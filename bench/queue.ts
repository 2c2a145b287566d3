/**
 * The job queue on PostgreSQL (issue 15): 1,000 small jobs (--quick: 200), two `partnerscope
 * worker` processes with 4 jobs at once each, one killed with SIGKILL when half are done. Timed:
 * enqueueing, and from the workers' start to the last job done (the kill and the retries after a
 * 2 s lease included). Counted: jobs done, lost (not done) and duplicated (more than one effect
 * row), and the killed worker's jobs finished by the other. Needs PostgreSQL:
 *   PARTNERSCOPE_BENCH_DATABASE_URL=postgres://… npx tsx bench/queue.ts [--quick]
 * (or PARTNERSCOPE_TEST_DATABASE_URL); THE DATABASE IS EMPTIED. Without one it reports unavailable.
 */
import { sql } from "kysely";
import {
  contextOf,
  jobEnqueue,
  jobQueueStart,
  jobQueueStop,
  workspaceAdd,
} from "../src/services/index.ts";
import { openStore } from "../src/store/index.ts";
import {
  effectsCreate,
  postgresReset,
  queueCounts,
  workerStart,
} from "../test/store/job-queue-kit.ts";
import { printTable } from "./protocol.ts";

const url =
  process.env.PARTNERSCOPE_BENCH_DATABASE_URL ?? process.env.PARTNERSCOPE_TEST_DATABASE_URL;
const jobs = process.argv.includes("--quick") ? 200 : 1000;
const SLEEP_MS = 20;

async function main(): Promise<number> {
  if (!url) {
    console.log(
      "queue: unavailable (set PARTNERSCOPE_BENCH_DATABASE_URL to an empty PostgreSQL database)",
    );
    return 0;
  }
  await postgresReset(url);
  const store = await openStore({ databaseUrl: url });
  const ctx = contextOf(store);
  await effectsCreate(store);
  await workspaceAdd(ctx, { slug: "bench", name: "Queue bench" });
  await jobQueueStart(ctx, { work: false, leaseMs: 2000 });
  let t = performance.now();
  for (let i = 0; i < jobs; i++)
    await jobEnqueue(ctx, {
      kind: "test-effect",
      workspace: "bench",
      input: { sleepMs: SLEEP_MS },
    });
  const enqueueSeconds = (performance.now() - t) / 1000;

  const [a, b] = await Promise.all([workerStart(url, 4), workerStart(url, 4)]);
  t = performance.now();
  try {
    while ((await queueCounts(store)).done < jobs / 2) await new Promise((r) => setTimeout(r, 20));
    await a.stop("SIGKILL");
    const killedAt = (performance.now() - t) / 1000;
    const { rows } = await sql<{
      id: string;
    }>`select id from jobs where state = 'running' and worker = ${a.worker}`.execute(store.db);
    const deadline = performance.now() + 120_000;
    while ((await queueCounts(store)).done < jobs && performance.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    const allSeconds = (performance.now() - t) / 1000;
    const counts = await queueCounts(store);
    const retried = await sql<{
      n: string;
    }>`select count(*) as n from jobs where attempts = 2 and worker = ${b.worker} and state = 'done'`.execute(
      store.db,
    );
    const duplicated = counts.effects - counts.distinctEffects;
    const lost = jobs - counts.distinctEffects;
    printTable([
      ["measure", "value"],
      ["jobs", String(jobs)],
      ["enqueue (one by one, from this process)", `${enqueueSeconds.toFixed(2)} s`],
      ["worker A killed (SIGKILL) at", `${killedAt.toFixed(2)} s, holding ${rows.length} jobs`],
      ["all done after workers started", `${allSeconds.toFixed(2)} s`],
      ["jobs done / effect rows", `${counts.done} / ${counts.effects}`],
      ["lost / duplicated", `${lost} / ${duplicated}`],
      ["finished by worker B in a second attempt", String(retried.rows[0]!.n)],
    ]);
    return lost === 0 && duplicated === 0 && counts.done === jobs ? 0 : 1;
  } finally {
    await a.stop("SIGKILL");
    await b.stop("SIGTERM");
    await jobQueueStop(store);
    await store.close();
  }
}

process.exit(await main());
