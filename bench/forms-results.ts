/**
 * A form's results over 100,000 submissions (10,000 with --quick): each answers the scale, the
 * scored single choice and the number, one in ten the free text too (330,000 answer rows in all),
 * stored by direct inserts in one transaction (then ANALYZE), half 'before' and half 'after', from 60,000
 * respondent codes. The answering route keeps the form's running tallies (`form_tallies`) answer by
 * answer; stored directly, they are recounted once here (as the migration does for answers stored
 * before it), timed apart. Times the results service call (`formResults`, server time without
 * HTTP), all respondents and grouped by phase, by the protocol (first run apart, median of 5). Target
 * (issue 13): under 200 ms. SQLite (file), and PostgreSQL when PARTNERSCOPE_BENCH_DATABASE_URL is
 * set (a scratch database: each run adds a workspace).
 *   npx tsx bench/forms-results.ts [--quick]
 */
import { type Kysely, sql } from "kysely";
import { formResults } from "../src/services/outcomes/form-results.ts";
import { formTalliesRebuild } from "../src/store/repositories/form-speed.ts";
import type { Database } from "../src/store/schema.ts";
import { BENCH_FORM, formsBenchOpen } from "./forms-setup.ts";
import { measureAsync, showTiming } from "./protocol.ts";

const quick = process.argv.includes("--quick");
const N = quick ? 10_000 : 100_000;
const CHUNK = 1_000;

/** Stores n submissions with their answers in one transaction. */
async function fill(db: Kysely<Database>, workspaceId: number, slug: string, n: number) {
  let answers = 0;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < n; start += CHUNK) {
      const subs = [];
      const rows = [];
      for (let i = start; i < Math.min(n, start + CHUNK); i++) {
        const id = `${slug}-${i}`;
        subs.push({
          id,
          workspace_id: workspaceId,
          form_id: BENCH_FORM.id,
          client_id: id,
          link_id: null,
          link_kind: i % 7 ? "shared" : "interview",
          respondent_code: `R-${(i % 60_000).toString(36).toUpperCase()}`,
          researcher: i % 7 ? null : `researcher ${i % 3}`,
          phase: i % 2 ? "after" : "before",
          language: "en",
          easy_read: 0,
          created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        });
        rows.push(
          { submission_id: id, question_id: "confidence", value: JSON.stringify(1 + (i % 5)) },
          { submission_id: id, question_id: "helped", value: JSON.stringify(i % 3 ? "yes" : "no") },
          { submission_id: id, question_id: "visits", value: JSON.stringify(i % 12) },
        );
        if (i % 10 === 0)
          rows.push({ submission_id: id, question_id: "story", value: JSON.stringify("Helped.") });
      }
      await trx.insertInto("form_submissions").values(subs).execute();
      await trx.insertInto("form_answers").values(rows).execute();
      answers += rows.length;
    }
  });
  return answers;
}

async function run(name: string, url?: string): Promise<void> {
  const bench = await formsBenchOpen(url);
  const { ctx, slug, workspaceId } = bench;
  try {
    const t = performance.now();
    const answers = await fill(ctx.store.db, workspaceId, slug, N);
    const filled = ((performance.now() - t) / 1000).toFixed(1);
    const r = performance.now();
    await formTalliesRebuild(ctx.store.db, workspaceId, BENCH_FORM.id);
    const recounted = ((performance.now() - r) / 1000).toFixed(2);
    // The planner's statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE would have them.
    await sql`analyze`.execute(ctx.store.db);
    console.log(
      `${name}: ${N.toLocaleString("en")} submissions, ${answers.toLocaleString("en")} answers stored in ${filled} s; tallies recounted once in ${recounted} s`,
    );
    for (const by of [null, "phase"] as const) {
      const { timing, value } = await measureAsync(() => formResults(ctx, slug, BENCH_FORM.id, by));
      const ms = timing.median * 1000;
      const mean = value.overall.questions.find((q) => q.id === "confidence")?.mean;
      console.log(
        `  results${by ? ` by ${by}` : ""}: ${showTiming(timing)} s, first ${timing.first.toFixed(3)} s; ${value.overall.respondents} respondents, mean confidence ${mean?.toFixed(3)} (target < 200 ms: ${ms < 200 ? "met" : "MISSED"})`,
      );
    }
  } finally {
    await bench.done();
  }
}

await run("SQLite (file)");
const pg = process.env.PARTNERSCOPE_BENCH_DATABASE_URL;
if (pg) await run("PostgreSQL", pg);
else console.log("PostgreSQL: unavailable (set PARTNERSCOPE_BENCH_DATABASE_URL)");
