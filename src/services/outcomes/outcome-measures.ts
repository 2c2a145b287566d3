import { measuresSummary, pairedChange, voiceGauge } from "../../engine/outcomes/index.ts";
import type { Problem } from "../../shared/index.ts";
import { problemsOf } from "../../shared/index.ts";
import type { OutcomeSummary } from "../../shared/outcome-views.ts";
import type { OutcomeFramework } from "../../shared/outcomes.ts";
import { type Measure, measureSchema } from "../../shared/outcomes.ts";
import {
  type OutcomeMeasureRecord,
  outcomeMeasurePairs,
  outcomeMeasureSeries,
  outcomeMeasuresAdd,
  workspaceTouch,
} from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { outcomeFrameworkRequire } from "./outcome-checks.ts";

/** The most measures one request adds: the same as a spreadsheet import's rows. */
export const MEASURES_MAX = 100_000;

/** Problems with a measure's indicator: one the framework does not have. */
function indicatorProblems(f: OutcomeFramework, m: Measure, path: string): Problem[] {
  const known = f.outcomes.some((o) => o.indicators.some((i) => i.id === m.indicator));
  return known
    ? []
    : [{ path, message: `there is no indicator "${m.indicator}" in outcome framework '${f.id}'` }];
}

/** Checks rows of measures against the schema and the framework; every problem, named by `where`. */
export function measuresCheck(
  f: OutcomeFramework,
  rows: readonly unknown[],
  where: (index: number, field: string) => string,
): { measures: Measure[]; problems: Problem[] } {
  const measures: Measure[] = [];
  const problems: Problem[] = [];
  rows.forEach((row, i) => {
    const parsed = measureSchema.safeParse(row);
    if (!parsed.success) {
      for (const p of problemsOf(parsed.error, row))
        problems.push({
          path: where(i, p.path.replace(/^\$\.?/, "") || "row"),
          message: p.message,
        });
      return;
    }
    problems.push(...indicatorProblems(f, parsed.data, where(i, "indicator")));
    measures.push(parsed.data);
  });
  return { measures, problems };
}

const recordOf = (m: Measure): OutcomeMeasureRecord => ({
  indicator: m.indicator,
  date: m.date,
  value: m.value,
  personCode: m.personCode ?? null,
  phase: m.phase ?? null,
  source: m.source,
});

/** Stores checked measures in one transaction with one audit entry counting them. */
export async function measuresStore(
  ctx: ServiceContext,
  slug: string,
  id: string,
  check: (f: OutcomeFramework) => { measures: Measure[]; problems: Problem[] },
  action: "create" | "import",
): Promise<{ added: number }> {
  const ws = await workspaceRequire(ctx, slug);
  return ctx.store.db.transaction().execute(async (trx) => {
    const f = await outcomeFrameworkRequire(trx, ws.id, slug, id);
    const { measures, problems } = check(f);
    if (problems.length)
      throw invalid(`No measures were added: ${problems.length} problem(s) found`, problems);
    const now = ctx.now().toISOString();
    await outcomeMeasuresAdd(trx, ws.id, id, measures.map(recordOf), now);
    await workspaceTouch(trx, ws.id);
    const counts = { measures: measures.length };
    const entry = auditEntry(ctx, ws.id, action, "outcome-measures", id, undefined, undefined, {
      counts,
    });
    await auditWrite(ctx, trx, entry);
    return { added: measures.length };
  });
}

/** Adds `{ measures: [...] }` to a framework, all or nothing; problems name `$.measures[i].field`. */
export async function outcomeMeasuresAddJson(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<{ added: number }> {
  const rows = (input as { measures?: unknown } | null)?.measures;
  if (!Array.isArray(rows) || rows.length === 0)
    throw invalid("No measures were sent", [
      { path: "$.measures", message: "must be a list of at least one measure" },
    ]);
  if (rows.length > MEASURES_MAX)
    throw invalid("Too many measures", [
      { path: "$.measures", message: `has ${rows.length} rows; at most ${MEASURES_MAX} a request` },
    ]);
  const where = (i: number, field: string) =>
    `$.measures[${i}]${field === "row" ? "" : `.${field}`}`;
  return measuresStore(ctx, slug, id, (f) => measuresCheck(f, rows, where), "create");
}

/** A framework's summary: the gauge, each indicator over time, and paired change per indicator. */
export async function outcomeFrameworkSummary(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<OutcomeSummary> {
  const ws = await workspaceRequire(ctx, slug);
  const f = await outcomeFrameworkRequire(ctx.store.db, ws.id, slug, id);
  // The store means each date (a few rows instead of every measure); pairs need each person's rows.
  const series = await outcomeMeasureSeries(ctx.store.db, ws.id, id);
  const pairs = await outcomeMeasurePairs(ctx.store.db, ws.id, id);
  const indicators = f.outcomes.flatMap((o) => o.indicators);
  const byIndicator = new Map<string, typeof pairs>();
  for (const m of pairs) {
    const list = byIndicator.get(m.indicator);
    if (list) list.push(m);
    else byIndicator.set(m.indicator, [m]);
  }
  return {
    gauge: voiceGauge(f.outcomes),
    indicators: measuresSummary(f.outcomes, series),
    // Each indicator's measures apart (in entry order): the engine reads only those it is given.
    pairedChange: indicators.map((ind) => pairedChange(ind, byIndicator.get(ind.id) ?? [])),
  };
}
