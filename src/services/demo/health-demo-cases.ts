import { type SeededRandom, seededRandom } from "../../engine/graph/seeded-random.ts";
import { LEVELS_OF_COLLABORATION } from "../../engine/health/instruments/levels-of-collaboration.ts";
import { PARTNERSHIP_ANALYSIS } from "../../engine/health/instruments/partnership-analysis.ts";
import type { Instrument } from "../../shared/instruments.ts";
import { workspaceBySlug, workspaceTouch } from "../../store/index.ts";
import { responseInsert, waveInsert } from "../../store/repositories/assessment-waves.ts";
import { assessmentDelete, assessmentInsert } from "../../store/repositories/assessments.ts";
import type { ServiceContext } from "../context.ts";

/** The demo's Northern Ireland procurement group assessment. */
export const DEMO_NI_ASSESSMENT = "demo-ni-pg1-health";
/** The demo's Work Programme levels-of-collaboration assessment. */
export const DEMO_WP_ASSESSMENT = "demo-wp-p1-levels";

/** The seed of the illustrative answers: the same answers on every load. */
const SEED = 20_100_630;

// Illustrative, not data from the study. Procurement Group 1: members whose schemes won
// allocations under the group's framework, and members who got none, typical score per stage of
// the partnership analysis (need, choosing, working, planning, doing, barriers, reviewing).
const ALLOCATED = ["demo-ni-ha01", "demo-ni-ha02", "demo-ni-ha03"];
const UNALLOCATED = ["demo-ni-ha08", "demo-ni-ha09", "demo-ni-ha10"];
const NI_TYPICAL = { allocated: [4, 4, 4, 4, 4, 3, 4], unallocated: [3, 3, 2, 2, 2, 2, 3] };

// Work Programme area X: each rater's typical level (0–5) for each ratee. The prime sees a close
// working relationship with TSO4 (4) that TSO4, a small tier-2 specialist, does not (1).
const PRIME = "demo-prime-1";
const WP_PARTNERS = [PRIME, "demo-tso1", "demo-tso2", "demo-threshold", "demo-tso4", "demo-ha1"];
const WP_TYPICAL: Record<string, number[]> = {
  [PRIME]: [0, 4, 3, 3, 4, 2],
  "demo-tso1": [4, 0, 3, 2, 3, 2],
  "demo-tso2": [2, 3, 0, 1, 1, 1],
  "demo-threshold": [2, 2, 1, 0, 1, 3],
  "demo-tso4": [1, 3, 1, 1, 0, 1],
  "demo-ha1": [1, 2, 1, 3, 1, 0],
};

/**
 * Each respondent's offset from the typical value: a seeded order of a set that sums to zero, so
 * respondents differ while the partner's mean is exactly the typical value (never clipped: every
 * typical value is at least 1 from the scale's ends).
 */
function spreadsOf(rng: SeededRandom, respondents: number): number[] {
  const set = respondents === 4 ? [-1, 0, 0, 1] : [-1, 0, 1];
  for (let i = set.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    [set[i], set[j]] = [set[j]!, set[i]!];
  }
  return set;
}

/** A demo assessment: one closed wave of answers, each respondent's answers or ratings given. */
interface DemoCase {
  id: string;
  name: string;
  partnership: string;
  instrument: Instrument;
  partners: string[];
  wave: { id: string; date: string };
  responses: {
    partner: string;
    answers: Record<string, number>;
    ratings: Record<string, number> | null;
  }[];
}

function niCase(rng: SeededRandom): DemoCase {
  const dims = PARTNERSHIP_ANALYSIS.dimensions.map((d) => d.id);
  const responses: DemoCase["responses"] = [];
  for (const partner of [...ALLOCATED, ...UNALLOCATED]) {
    const typical = ALLOCATED.includes(partner) ? NI_TYPICAL.allocated : NI_TYPICAL.unallocated;
    const answers: Record<string, number>[] = [{}, {}, {}, {}];
    for (const item of PARTNERSHIP_ANALYSIS.items) {
      const spreads = spreadsOf(rng, 4);
      const t = typical[dims.indexOf(item.dimension)]!;
      spreads.forEach((s, k) => {
        answers[k]![item.id] = t + s;
      });
    }
    for (const a of answers) responses.push({ partner, answers: a, ratings: null });
  }
  return {
    id: DEMO_NI_ASSESSMENT,
    name: "Procurement Group 1: members with and without allocations (illustrative)",
    partnership: "demo-p-ni-pg1",
    instrument: PARTNERSHIP_ANALYSIS,
    partners: [...ALLOCATED, ...UNALLOCATED],
    wave: { id: "wave-2010", date: "2010-06-30" },
    responses,
  };
}

function wpCase(rng: SeededRandom): DemoCase {
  const responses: DemoCase["responses"] = [];
  for (const rater of WP_PARTNERS) {
    const ratings: Record<string, number>[] = [{}, {}, {}];
    WP_PARTNERS.forEach((ratee, j) => {
      if (ratee === rater) return;
      const spreads = spreadsOf(rng, 3);
      spreads.forEach((s, k) => {
        ratings[k]![ratee] = WP_TYPICAL[rater]![j]! + s;
      });
    });
    for (const r of ratings) responses.push({ partner: rater, answers: {}, ratings: r });
  }
  return {
    id: DEMO_WP_ASSESSMENT,
    name: "Work Programme area X: levels of collaboration (illustrative)",
    partnership: "demo-p-wp-p1",
    instrument: LEVELS_OF_COLLABORATION,
    partners: WP_PARTNERS,
    wave: { id: "wave-2012", date: "2012-06-30" },
    responses,
  };
}

/**
 * Loads two illustrative assessments, replacing earlier copies: Procurement Group 1's members with
 * and without allocations (partnership analysis, four respondents each), and the Work Programme
 * chain's pairwise levels of collaboration (three respondents each), where the prime and TSO4
 * see their relationship differently. Answers are generated from a fixed seed.
 */
export async function demoHealthCasesLoad(ctx: ServiceContext, slug: string): Promise<string[]> {
  const ws = await workspaceBySlug(ctx.store.db, slug);
  if (!ws) return [];
  const rng = seededRandom(SEED);
  const cases = [niCase(rng), wpCase(rng)];
  await ctx.store.db.transaction().execute(async (trx) => {
    for (const c of cases) {
      const at = `${c.wave.date}T00:00:00.000Z`;
      await assessmentDelete(trx, ws.id, c.id);
      await assessmentInsert(trx, ws.id, {
        id: c.id,
        name: c.name,
        partnership: c.partnership,
        partners: c.partners,
        instrument: { id: c.instrument.id, version: c.instrument.version },
        minGroupSize: 3,
        createdAt: at,
        updatedAt: at,
        createdBy: null,
      });
      await waveInsert(trx, ws.id, c.id, {
        ...c.wave,
        state: "closed",
        openedAt: at,
        closedAt: at,
      });
      for (const [k, r] of c.responses.entries())
        await responseInsert(trx, ws.id, c.id, {
          id: `${c.wave.id}-${r.partner}-${k + 1}`,
          wave: c.wave.id,
          organisation: r.partner,
          answers: r.answers,
          ratings: r.ratings,
          createdAt: at,
        });
    }
    await workspaceTouch(trx, ws.id);
  });
  return cases.map((c) => c.id);
}
