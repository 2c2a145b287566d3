import { SIX_PRINCIPLES } from "../../engine/health/instruments/six-principles.ts";
import { workspaceBySlug, workspaceTouch } from "../../store/index.ts";
import { responseInsert, waveInsert } from "../../store/repositories/assessment-waves.ts";
import { assessmentDelete, assessmentInsert } from "../../store/repositories/assessments.ts";
import type { ServiceContext } from "../context.ts";
import { demoHealthCasesLoad } from "./health-demo-cases.ts";

/** The demo assessment's id. */
export const DEMO_ASSESSMENT = "demo-association-health";

const [A, B] = ["demo-org-a", "demo-org-b"];
const DIMENSIONS = SIX_PRINCIPLES.dimensions.map((d) => d.id);

// Illustrative, not data from the study: each partner's typical score per principle (need,
// purpose, commitment, trust, arrangements, learning) in each wave. The two charities read their
// culture differently: B trusts less and feels less ownership; by the second wave the gap narrows.
const TYPICAL: Record<string, Record<string, number[]>> = {
  "wave-2009": { [A]: [5, 4, 4, 4, 4, 3], [B]: [4, 3, 2, 2, 3, 3] },
  "wave-2010": { [A]: [5, 4, 4, 4, 4, 4], [B]: [4, 4, 3, 3, 3, 3] },
};
// Four respondents per partner, spread around the typical score, so the three-respondent rule
// lets others see each partner's aggregate.
const SPREAD = [0, 1, -1, 0];

/** One respondent's answers: every item scores the typical value plus their spread, within 1–5. */
function answersOf(typical: number[], spread: number): Record<string, number> {
  const answers: Record<string, number> = {};
  for (const item of SIX_PRINCIPLES.items) {
    const score = Math.min(5, Math.max(1, typical[DIMENSIONS.indexOf(item.dimension)]! + spread));
    answers[item.id] = item.reverse ? 6 - score : score;
  }
  return answers;
}

/**
 * Loads an illustrative six-principle assessment of the Association (two partners, two waves,
 * four respondents each), replacing an earlier copy, then the procurement group's and the Work
 * Programme chain's (health-demo-cases.ts); the demo's own load logs it.
 */
export async function demoHealthLoad(ctx: ServiceContext, slug: string): Promise<string[]> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) return [];
  const at = "2010-09-30T00:00:00.000Z";
  await ctx.store.db.transaction().execute(async (trx) => {
    await assessmentDelete(trx, ws.id, DEMO_ASSESSMENT);
    await assessmentInsert(trx, ws.id, {
      id: DEMO_ASSESSMENT,
      name: "The Association: partnership health (illustrative)",
      partnership: "demo-p-association",
      partners: [A, B],
      instrument: { id: SIX_PRINCIPLES.id, version: SIX_PRINCIPLES.version },
      minGroupSize: 3,
      createdAt: at,
      updatedAt: at,
      createdBy: null,
    });
    for (const [wave, date] of [
      ["wave-2009", "2009-09-30"],
      ["wave-2010", "2010-09-30"],
    ] as const) {
      const closed = `${date}T00:00:00.000Z`;
      await waveInsert(trx, ws.id, DEMO_ASSESSMENT, {
        id: wave,
        date,
        state: "closed",
        openedAt: closed,
        closedAt: closed,
      });
      for (const partner of [A, B])
        for (const [k, spread] of SPREAD.entries())
          await responseInsert(trx, ws.id, DEMO_ASSESSMENT, {
            id: `${wave}-${partner}-${k + 1}`,
            wave,
            organisation: partner,
            answers: answersOf(TYPICAL[wave]![partner]!, spread),
            ratings: null,
            createdAt: closed,
          });
    }
    await workspaceTouch(trx, ws.id);
  });
  return [DEMO_ASSESSMENT, ...(await demoHealthCasesLoad(ctx, slug))];
}
