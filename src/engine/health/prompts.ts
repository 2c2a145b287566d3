import type { DiscussionPrompt, WaveResult } from "../../shared/health-results.ts";

export type { DiscussionPrompt };

/** How many prompts of each kind, and from what size a gap or pairwise difference counts. */
export interface PromptOptions {
  gaps: number;
  lows: number;
  pairs: number;
  /** Smallest gap between partner means worth raising (scale points). */
  minGap: number;
  /** Smallest pairwise difference worth raising (scale points). */
  minPairDifference: number;
}

/** Three gaps, two lowest dimensions, two pairs; gaps from 0.5 points, pairs from 2 levels. */
export const DEFAULT_PROMPT_OPTIONS: PromptOptions = {
  gaps: 3,
  lows: 2,
  pairs: 2,
  minGap: 0.5,
  minPairDifference: 2,
};

const one = (x: number) => x.toFixed(1);

/**
 * Discussion prompts for one wave as the viewer may see it: the widest gaps between partners'
 * means (widest first, ties by dimension id), the lowest dimensions over everyone (lowest first),
 * and the most lopsided pairwise ratings (largest |difference| first, ties by a then b). Only
 * shown aggregates are used, so a withheld partner never appears.
 */
export function discussionPrompts(
  wave: WaveResult,
  names: Readonly<Record<string, string>>,
  scaleMax: number,
  options: PromptOptions = DEFAULT_PROMPT_OPTIONS,
): DiscussionPrompt[] {
  const name = (p: string) => names[p] ?? p;
  const dim = new Map(wave.dimensions.map((d) => [d.id, d]));
  const gaps = wave.dimensions
    .flatMap((d) => {
      const shown = Object.entries(d.byPartner).flatMap(([p, g]) => (g ? [{ p, m: g.mean }] : []));
      if (shown.length < 2) return [];
      const high = shown.reduce((a, b) => (b.m > a.m ? b : a));
      const low = shown.reduce((a, b) => (b.m < a.m ? b : a));
      return [{ d: d.id, gap: high.m - low.m, high, low }];
    })
    .filter((g) => g.gap >= options.minGap)
    .sort((a, b) => b.gap - a.gap || a.d.localeCompare(b.d))
    .slice(0, options.gaps)
    .map(
      (g): DiscussionPrompt => ({
        kind: "gap",
        dimension: g.d,
        text: `“${dim.get(g.d)!.name}”: ${name(g.high.p)} scores ${one(g.high.m)} and ${name(g.low.p)} ${one(g.low.m)} (a gap of ${one(g.gap)}). What does ${name(g.high.p)} see that ${name(g.low.p)} does not?`,
      }),
    );
  const lows = wave.dimensions
    .flatMap((d) => (d.mean === null ? [] : [{ d, mean: d.mean }]))
    .sort((a, b) => a.mean - b.mean || a.d.id.localeCompare(b.d.id))
    .slice(0, options.lows)
    .map(
      (l): DiscussionPrompt => ({
        kind: "low",
        dimension: l.d.id,
        text: `“${l.d.name}” is among the lowest-scoring areas (${one(l.mean)} out of ${scaleMax} over everyone who answered). What would it take to raise it?`,
      }),
    );
  return [...gaps, ...lows, ...pairPrompts(wave, name, options)];
}

function pairPrompts(
  wave: WaveResult,
  name: (p: string) => string,
  options: PromptOptions,
): DiscussionPrompt[] {
  return wave.pairs
    .filter((p) => Math.abs(p.difference) >= options.minPairDifference)
    .sort(
      (x, y) =>
        Math.abs(y.difference) - Math.abs(x.difference) ||
        x.a.localeCompare(y.a) ||
        x.b.localeCompare(y.b),
    )
    .slice(0, options.pairs)
    .map((p) => ({
      kind: "pair",
      dimension: null,
      text: `${name(p.a)} rates its work with ${name(p.b)} at level ${one(p.aRatesB)}, but ${name(p.b)} rates it at ${one(p.bRatesA)}. Why might the two see the relationship so differently?`,
    }));
}
