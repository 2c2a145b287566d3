import { compareAcross } from "../../engine/health/compare.ts";
import type { AssessmentCompare, CompareBy } from "../../shared/health-views.ts";
import { assessmentsAll } from "../../store/repositories/assessments.ts";
import { partnershipsAll } from "../../store/repositories/partnerships.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import { workspaceRequire } from "../workspaces.ts";
import { instrumentResolve } from "./instruments.ts";
import { assessmentResults } from "./results.ts";

export { COMPARE_BY, type CompareBy } from "../../shared/health-views.ts";

/**
 * Compares the assessments on one instrument across partnerships grouped by origin (mandated or
 * voluntary — the paper's hypothesis that imposed partnerships fare worse), form or stage: each
 * assessment's latest wave with answers, as the current actor may see it.
 */
export async function assessmentsCompare(
  ctx: ServiceContext,
  slug: string,
  instrument: string,
  by: CompareBy,
): Promise<AssessmentCompare> {
  const ws = await workspaceRequire(ctx, slug);
  const found = await instrumentResolve(ctx.store.db, ws.id, instrument);
  if (!found)
    throw invalid("Nothing to compare", [
      { path: "$.instrument", message: `there is no instrument "${instrument}"` },
    ]);
  const [assessments, partnerships] = await Promise.all([
    assessmentsAll(ctx.store.db, ws.id),
    partnershipsAll(ctx.store.db, ws.id),
  ]);
  const groupOf = new Map(partnerships.map((p) => [p.id, String(p[by])]));
  const items = [];
  for (const a of assessments.filter((x) => x.instrument.id === instrument)) {
    const result = await assessmentResults(ctx, slug, a.id);
    const latest = [...result.waves].reverse().find((w) => w.respondents > 0);
    if (!latest) continue;
    items.push({
      group: (a.partnership && groupOf.get(a.partnership)) || "unknown",
      respondents: latest.respondents,
      dimensions: Object.fromEntries(latest.dimensions.map((d) => [d.id, d.mean])),
    });
  }
  return {
    instrument,
    by,
    groups: compareAcross(
      items,
      found.dimensions.map((d) => d.id),
    ),
  };
}
