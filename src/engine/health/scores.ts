import type { Band, Instrument } from "../../shared/instruments.ts";

/** One respondent's scores: per dimension (null: under half its items answered) and the total. */
export interface RespondentScores {
  dimensions: Map<string, number | null>;
  /** The sum of item scores; null unless every item was answered. */
  total: number | null;
}

/**
 * An item's score: reversed items are flipped to min + max − value so a high score always reads
 * as the healthier answer.
 * @example itemScore(2, true, { min: 1, max: 5 }) // 4
 */
export function itemScore(
  value: number,
  reverse: boolean | undefined,
  scale: { min: number; max: number },
): number {
  return reverse ? scale.min + scale.max - value : value;
}

/** A respondent's dimension scores and total under `instrument` (answers checked beforehand). */
export function respondentScores(
  instrument: Pick<Instrument, "dimensions" | "items" | "scale">,
  answers: Readonly<Record<string, number | null>>,
): RespondentScores {
  const sums = new Map<string, { sum: number; answered: number; items: number }>();
  for (const d of instrument.dimensions) sums.set(d.id, { sum: 0, answered: 0, items: 0 });
  let total = 0;
  let complete = true;
  for (const item of instrument.items) {
    const acc = sums.get(item.dimension)!;
    acc.items += 1;
    const value = answers[item.id];
    if (value === null || value === undefined) {
      complete = false;
      continue;
    }
    const score = itemScore(value, item.reverse, instrument.scale);
    acc.sum += score;
    acc.answered += 1;
    total += score;
  }
  const dimensions = new Map<string, number | null>();
  // Missing when fewer than half of the dimension's items were answered.
  for (const [id, acc] of sums)
    dimensions.set(
      id,
      acc.items > 0 && acc.answered * 2 >= acc.items ? acc.sum / acc.answered : null,
    );
  return { dimensions, total: complete && instrument.items.length > 0 ? total : null };
}

/**
 * The band a score falls in: bands are read as contiguous, each running from its `min` up to the
 * next band's `min` (so a mean total of 84.5 is in the band 85–126's predecessor, 35–84); null
 * outside them all or with no bands.
 * @example bandOf(3.95, [{ min: 1, max: 2.9, label: "c" }, { min: 3, max: 3.9, label: "b" }, { min: 4, max: 5, label: "s" }]) // "b"
 */
export function bandOf(value: number | null, bands: readonly Band[] | undefined): string | null {
  if (value === null || !bands || bands.length === 0) return null;
  const sorted = [...bands].sort((a, b) => a.min - b.min);
  const last = sorted[sorted.length - 1]!;
  if (value < sorted[0]!.min || value > last.max) return null;
  let found = sorted[0]!;
  for (const band of sorted) if (band.min <= value) found = band;
  return found.label;
}
