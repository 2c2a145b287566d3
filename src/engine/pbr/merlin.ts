import type { MerlinBand } from "../../shared/merlin.ts";
import {
  MERLIN_BANDS,
  MERLIN_ITEMS,
  MERLIN_PRINCIPLES,
  MERLIN_RELATIONS,
  type MerlinRelation,
} from "../../shared/merlin.ts";
import type { MerlinResult, MerlinScores } from "../../shared/pbr-results.ts";

export type { MerlinBand } from "../../shared/merlin.ts";
export { MERLIN_BANDS } from "../../shared/merlin.ts";
export type { MerlinPrincipleScore, MerlinResult, MerlinScores } from "../../shared/pbr-results.ts";

/** Respondent groups smaller than this are not shown separately, so answers stay confidential. */
export const MERLIN_MIN_GROUP = 3;

/** A response as scored: the relation and agreement 1–5 per answered item. */
export interface MerlinAnswers {
  relation: MerlinRelation;
  answers: Readonly<Record<string, number>>;
}

/**
 * The band of a percentage.
 * @example merlinBandOf(72.5) // "Good"
 */
export function merlinBandOf(percent: number): MerlinBand {
  return MERLIN_BANDS.find((b) => percent >= b.from)?.band ?? "Poor";
}

const principleOf = new Map(MERLIN_ITEMS.map((item) => [item.id, item.principle]));

// Percentage of the scale's range: agreement 1 → 0%, 5 → 100%, so 3 (neither) → 50%.
function percentOf(sum: number, count: number): number | null {
  return count > 0 ? ((sum - count) / (4 * count)) * 100 : null;
}

/** The scores of one group of responses, or only its size when `withheld`. */
export function scoresOf(responses: readonly MerlinAnswers[], withheld: boolean): MerlinScores {
  if (withheld) return { respondents: responses.length, withheld, overall: null, principles: null };
  const sums = new Map<string, { sum: number; count: number }>();
  let sum = 0;
  let count = 0;
  for (const r of responses)
    for (const [item, value] of Object.entries(r.answers)) {
      const principle = principleOf.get(item);
      if (!principle) continue;
      const s = sums.get(principle) ?? { sum: 0, count: 0 };
      sums.set(principle, { sum: s.sum + value, count: s.count + 1 });
      sum += value;
      count++;
    }
  const banded = (percent: number | null) => ({
    percent,
    band: percent === null ? null : merlinBandOf(percent),
  });
  const principles = MERLIN_PRINCIPLES.map((p) => {
    const s = sums.get(p.id) ?? { sum: 0, count: 0 };
    return { id: p.id, name: p.name, answers: s.count, ...banded(percentOf(s.sum, s.count)) };
  });
  return {
    respondents: responses.length,
    withheld,
    overall: banded(percentOf(sum, count)),
    principles,
  };
}

// Which relations to withhold: those under the minimum, and — when exactly one non-empty group is
// withheld — the smallest shown group too, so nobody can subtract the shown groups from the total.
function withheldRelations(counts: Map<MerlinRelation, number>): Set<MerlinRelation> {
  const small = MERLIN_RELATIONS.filter(
    (r) => (counts.get(r) ?? 0) > 0 && counts.get(r)! < MERLIN_MIN_GROUP,
  );
  const out = new Set<MerlinRelation>(
    MERLIN_RELATIONS.filter((r) => (counts.get(r) ?? 0) < MERLIN_MIN_GROUP),
  );
  if (small.length !== 1) return out;
  const shown = MERLIN_RELATIONS.filter((r) => !out.has(r)).sort(
    (a, b) => counts.get(a)! - counts.get(b)!,
  );
  if (shown.length > 0) out.add(shown[0]!);
  return out;
}

/**
 * Scores a Merlin-style partner survey: per principle, the percentage of the 1–5 agreement range
 * reached (mean − 1) ÷ 4, with our own bands; by relation only for groups of at least 3.
 * @example merlinScoresOf([{ relation: "present", answers: { "design-1": 5 } }]).withheld // true
 */
export function merlinScoresOf(responses: readonly MerlinAnswers[]): MerlinResult {
  const counts = new Map<MerlinRelation, number>();
  for (const r of responses) counts.set(r.relation, (counts.get(r.relation) ?? 0) + 1);
  const hidden = withheldRelations(counts);
  return {
    ...scoresOf(responses, responses.length < MERLIN_MIN_GROUP),
    byRelation: MERLIN_RELATIONS.map((relation) => ({
      relation,
      ...scoresOf(
        responses.filter((r) => r.relation === relation),
        hidden.has(relation),
      ),
    })),
    assumptions: merlinAssumptions(),
  };
}

function merlinAssumptions(): string[] {
  return [
    "Each statement is answered on a 1–5 agreement scale; a principle's score is (mean answer − 1) ÷ 4 as a percentage, so 'neither' (3) scores 50%.",
    "Bands are partnerscope's own, not the Merlin Standard's: Excellent ≥ 80%, Good ≥ 60%, Needs improvement ≥ 40%, Poor below.",
    `Answers are confidential: no names are stored, and a group of fewer than ${MERLIN_MIN_GROUP} respondents is not shown on its own (nor, if only one group is held back, the next smallest group, so it cannot be worked out from the total).`,
    "The statements are partnerscope's own paraphrase of each principle, not the Standard's assessment questions.",
  ];
}
