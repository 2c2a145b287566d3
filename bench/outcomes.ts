/**
 * Measures summary over 100,000 measures (10,000 with --quick): one framework (on the demo's Association) with four
 * indicators, half the measures before/after pairs of 25,000 people on one indicator. Times
 * `GET …/outcome-frameworks/:id/summary` through the app (server time, no network), reporting
 * p50 and p95 of 20 requests. Target (issue 13): under 200 ms. SQLite, and PostgreSQL when
 * PARTNERSCOPE_BENCH_DATABASE_URL is set.
 *   npx tsx bench/outcomes.ts [--quick]
 */
import { buildApp } from "../src/api/app.ts";
import {
  contextOf,
  demoLoad,
  outcomeFrameworkCreate,
  outcomeFrameworkRemove,
  outcomeMeasuresAddJson,
  tokenIssue,
} from "../src/services/index.ts";
import { openStore } from "../src/store/index.ts";

const quick = process.argv.includes("--quick");
const n = quick ? 10_000 : 100_000;
const indicators = ["wellbeing", "confidence", "visits", "referrals"];

/** Fills a fresh store with the workspace, the framework and n measures; times the summary. */
async function run(name: string, databaseUrl: string): Promise<void> {
  const store = await openStore({ databaseUrl });
  const ctx = contextOf(store);
  try {
    await demoLoad(ctx, "bench");
    // A PostgreSQL database may hold an earlier run: start from no framework.
    await outcomeFrameworkRemove(ctx, "bench", "f").catch(() => undefined);
    await outcomeFrameworkCreate(ctx, "bench", {
      id: "f",
      title: "Bench",
      partnership: "demo-p-association",
      involvement: "involve",
      outcomes: indicators.map((id) => ({
        id: `o-${id}`,
        title: id,
        setBy: "users",
        indicators: [
          { id, name: id, unit: "n", baseline: 10, target: 20, direction: "higher_is_better" },
        ],
      })),
    });
    const measures = Array.from({ length: n }, (_, i) => {
      const paired = i < n / 2;
      const person = Math.floor(i / 2);
      return paired
        ? {
            indicator: "wellbeing",
            date: i % 2 ? "2026-06-30" : "2026-01-31",
            value: 14 + (i % 21),
            personCode: `P${person}`,
            phase: i % 2 ? "after" : "before",
          }
        : {
            indicator: indicators[1 + (i % 3)],
            date: `2026-${String(1 + (i % 12)).padStart(2, "0")}-15`,
            value: i % 37,
          };
    });
    let t = performance.now();
    for (let i = 0; i < n; i += 20_000)
      await outcomeMeasuresAddJson(ctx, "bench", "f", { measures: measures.slice(i, i + 20_000) });
    console.log(
      `${name}: stored ${n.toLocaleString("en")} measures in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    const app = await buildApp({ ctx });
    const headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "bench")}` };
    const url = "/api/v1/workspaces/bench/outcome-frameworks/f/summary";
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      t = performance.now();
      const res = await app.inject({ url, headers });
      if (res.statusCode !== 200)
        throw new Error(`summary answered ${res.statusCode}: ${res.body}`);
      if (i > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const p = (q: number) =>
      times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(0);
    console.log(
      `${name}: summary of ${n.toLocaleString("en")} measures p50 ${p(0.5)} ms, p95 ${p(0.95)} ms (target < 200 ms)`,
    );
    await app.close();
  } finally {
    await store.close();
  }
}

await run("SQLite", ":memory:");
const pg = process.env.PARTNERSCOPE_BENCH_DATABASE_URL;
if (pg) await run("PostgreSQL", pg);
