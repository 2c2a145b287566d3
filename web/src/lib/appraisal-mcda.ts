/**
 * Multi-criteria ranking recomputed in the browser while weight sliders move. It mirrors the
 * engine's `mcdaOf` (src/engine/appraisal/mcda.ts): NPV scored 0–10 linearly between the worst and
 * best option, other criteria from each option's 0–10 scores, weights normalised to sum 1, ties to
 * the lower id. Computing here keeps sliders instant; the server stays the reference.
 */

/** What ranking needs of an option. */
export interface McdaInput {
  id: string;
  npv: number;
  scores?: Record<string, number> | undefined;
}

/** An option's weighted score (0–10) and rank (1 = best). */
export interface McdaRow {
  id: string;
  score: number;
  rank: number;
}

function npvScores(options: readonly McdaInput[]): number[] {
  const npvs = options.map((o) => o.npv);
  const min = Math.min(...npvs);
  const max = Math.max(...npvs);
  return npvs.map((v) => (max === min ? 10 : (10 * (v - min)) / (max - min)));
}

/**
 * Weighted scores and ranks for `weights` (criterion id → weight ≥ 0; 'npv' is computed).
 * @example mcdaRanking([{ id: "a", npv: 0 }, { id: "b", npv: 5 }], { npv: 1 })[1].rank // 1
 */
export function mcdaRanking(
  options: readonly McdaInput[],
  weights: Readonly<Record<string, number>>,
): McdaRow[] {
  const used = Object.keys(weights).length ? Object.entries(weights) : [["npv", 1] as const];
  const total = used.reduce((s, [, w]) => s + w, 0);
  const npv = npvScores(options);
  const scores = options.map((o, i) =>
    used.reduce((sum, [id, w]) => {
      const s = id === "npv" ? npv[i]! : (o.scores?.[id] ?? 0);
      // All weights at zero: nothing is preferred, every score is 0.
      return sum + (total === 0 ? 0 : (s * w) / total);
    }, 0),
  );
  const order = options
    .map((_, i) => i)
    .sort((a, b) => {
      // Scores within 1e-9 are a tie broken by id, as in the engine (SCORE_TIE): rounding must not rank.
      const gap = scores[b]! - scores[a]!;
      if (Math.abs(gap) > 1e-9) return gap;
      return options[a]!.id < options[b]!.id ? -1 : options[a]!.id > options[b]!.id ? 1 : 0;
    });
  return options.map((o, i) => ({ id: o.id, score: scores[i]!, rank: order.indexOf(i) + 1 }));
}

/** The id of the top-ranked option, or null when there are none. */
export function mcdaTop(rows: readonly McdaRow[]): string | null {
  return rows.find((r) => r.rank === 1)?.id ?? null;
}
