/**
 * 200 respondents answering a form at once through the public answering route, on a real server
 * (SQLite file store, and PostgreSQL when PARTNERSCOPE_BENCH_DATABASE_URL is set: a scratch
 * database, each run adds a workspace). The load client (bench/forms-load-client.ts) runs in its
 * own process on loopback; each respondent has its own address (X-Forwarded-For, the server
 * trusting loopback as its reverse proxy) and sends one answer every 1.5 s, each with a unique
 * submission id — 1 in 10 resent after its acknowledgement, 1 in 20 sent as two copies at once.
 * The shared link is made with maxPerMinute 10,000 (the highest a link takes; the default 120
 * would refuse most answers): 200 × 40 a minute = 8,000 stay under it and under the route's 60
 * a minute per address. Reports p50/p95/p99 of every request, errors by status, then counts the
 * stored submissions: lost (acknowledged, not stored) and duplicated (one id stored twice, or a
 * submission with more than its one measure). Target (issue 13): p95 < 200 ms, none lost or
 * duplicated. Before the timed run the server takes 100 answers through another link (not
 * counted), as a server in use would be warm.
 *   npx tsx bench/forms-load.ts [--quick] [--seconds=30] [--clients=200] [--interval=1500]
 */
import { execFile } from "node:child_process";
import { buildApp } from "../src/api/app.ts";
import { formLinkAdd } from "../src/services/outcomes/form-links.ts";
import { BENCH_FORM, formsBenchOpen } from "./forms-setup.ts";

const quick = process.argv.includes("--quick");
const arg = (name: string, fallback: number) => {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found ? Number(found.slice(name.length + 3)) : fallback;
};
const SECONDS = arg("seconds", quick ? 8 : 30);
const CLIENTS = arg("clients", 200);
const INTERVAL = arg("interval", 1500);

interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  statuses: Record<string, number>;
  created: number;
  duplicates: number;
  resent: number;
  raced: number;
  acked: string[];
}

function load(port: number, token: string): Promise<LoadResult> {
  const config = JSON.stringify({
    port,
    token,
    clients: CLIENTS,
    durationMs: SECONDS * 1000,
    intervalMs: INTERVAL,
    resendEvery: 10,
    raceEvery: 20,
  });
  return new Promise((resolve, reject) => {
    execFile(
      "node_modules/.bin/tsx",
      ["bench/forms-load-client.ts", config],
      { maxBuffer: 256 * 1024 * 1024 },
      (error, stdout) =>
        error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!)),
    );
  });
}

/** A warm server, as one in use would be: 100 answers through another link, not counted. */
async function warmUp(app: Awaited<ReturnType<typeof buildApp>>, token: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const values = { consent: "yes", submission_id: `warm-up-${i}`, confidence: "3" };
    const res = await app.inject({
      method: "POST",
      url: `/r/${token}/answers`,
      headers: { "x-forwarded-for": `10.255.${i}.1` },
      payload: { values },
    });
    if (res.statusCode !== 201) throw new Error(`warm-up answer: ${res.statusCode} ${res.body}`);
  }
}

/** Runs the load against one store and checks what it stored. */
async function run(name: string, url?: string): Promise<boolean> {
  const bench = await formsBenchOpen(url);
  const { ctx, slug, workspaceId } = bench;
  try {
    const { secret, link } = await formLinkAdd(ctx, slug, BENCH_FORM.id, {
      kind: "shared",
      maxPerMinute: 10_000,
    });
    const app = await buildApp({ ctx, trustProxy: "127.0.0.1" });
    await warmUp(app, (await formLinkAdd(ctx, slug, BENCH_FORM.id, { kind: "shared" })).secret);
    await app.listen({ host: "127.0.0.1", port: 0 });
    const port = (app.server.address() as { port: number }).port;
    const r = await load(port, secret);
    await app.close();
    const rows = await ctx.store.db
      .selectFrom("form_submissions")
      .leftJoin("outcome_measures", "outcome_measures.form_submission_id", "form_submissions.id")
      .select(["form_submissions.client_id as clientId", "outcome_measures.id as measure"])
      .where("form_submissions.workspace_id", "=", workspaceId)
      .where("form_submissions.link_id", "=", link.id)
      .execute();
    const stored = new Map<string, number>();
    for (const row of rows) stored.set(row.clientId, (stored.get(row.clientId) ?? 0) + 1);
    const lost = r.acked.filter((id) => !stored.has(id)).length;
    const duplicated = [...stored.values()].filter((n) => n !== 1).length;
    const unacked = stored.size - r.acked.filter((id) => stored.has(id)).length;
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(
      `${name}: ${CLIENTS} respondents × ${SECONDS} s, one answer each ${INTERVAL} ms: ${r.requests} requests (${r.rps.toFixed(0)}/s)`,
    );
    console.log(
      `  latency p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}, max ${ms(r.max)} (target p95 < 200 ms: ${r.p95 < 200 ? "met" : "MISSED"})`,
    );
    console.log(
      `  answers: ${r.created} stored (201), ${r.duplicates} acknowledged as already stored (200; ${r.resent} resent after acknowledgement, ${r.raced} sent as two copies at once)`,
    );
    console.log(`  errors: ${r.errors} ${JSON.stringify(r.statuses)}`);
    console.log(
      `  counted after: ${stored.size} submissions stored; ${lost} lost (acknowledged, not stored); ${duplicated} duplicated; ${unacked} stored without an acknowledgement`,
    );
    return r.p95 < 200 && lost === 0 && duplicated === 0 && r.errors === 0;
  } finally {
    await bench.done();
  }
}

const pg = process.env.PARTNERSCOPE_BENCH_DATABASE_URL;
const sqliteOk = await run("SQLite (file)");
if (!pg) console.log("PostgreSQL: unavailable (set PARTNERSCOPE_BENCH_DATABASE_URL)");
const pgOk = pg ? await run("PostgreSQL", pg) : true;
if (!sqliteOk || !pgOk) console.log("Target missed (see above).");
