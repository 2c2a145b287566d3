import type { SyntheticContext } from "./synthetic-context.ts";
import { absorbFacts, addEvent, drawAlive } from "./synthetic-context.ts";
import { cumulativeOf, dateInYear, weightedIndex } from "./synthetic-draws.ts";

/** A bell-shaped wave of mergers peaking in `peak`. */
function wave(year: number, peak: number, height: number, width: number): number {
  return height * Math.exp(-((year - peak) ** 2) / width);
}

/**
 * Yearly merger intensity 1970–2012: a base rate with waves after the 1974 (public funding),
 * 1988/89 (private finance) and 2004 (investment partnering) policy changes and a trough in
 * 2008–10 as lenders re-priced loans (the paper's Figure 2, after Mullins & Craig 2005).
 */
export function mergerIntensity(year: number): number {
  const level = 1 + wave(year, 1976, 3, 6) + wave(year, 1991, 4, 8) + wave(year, 2005.5, 5, 3);
  return year >= 2008 && year <= 2010 ? level * 0.35 : level;
}

/**
 * Mergers between housing associations in date order: a size-weighted acquirer absorbs a smaller
 * one by transfer of engagements (60%) or amalgamation ('merged'); the smaller is dissolved.
 * @example addMergers(ctx, 150) // ctx.events gains up to 150 merger events
 */
export function addMergers(ctx: SyntheticContext, count: number): void {
  const intensities: number[] = [];
  for (let y = 1970; y <= 2012; y++) intensities.push(mergerIntensity(y));
  const cumulative = cumulativeOf(intensities);
  const dates: string[] = [];
  for (let k = 0; k < count; k++)
    dates.push(dateInYear(ctx.rng, 1970 + weightedIndex(cumulative, ctx.rng)));
  dates.sort();
  const { housing, weight } = ctx.orgs;
  for (const date of dates) {
    const acquirer = drawAlive(ctx, housing, date, true);
    if (acquirer < 0) continue;
    const target = drawAlive(
      ctx,
      housing,
      date,
      false,
      (i) => i !== acquirer && ctx.dissolvedOn[i] === "" && weight[i]! <= weight[acquirer]!,
    );
    if (target < 0) continue;
    const type = ctx.rng.next() < 0.6 ? "transfer_of_engagements" : "merged";
    addEvent(ctx, type, date, [acquirer, target], { dissolves: [target], stage: 7 });
    absorbFacts(ctx, acquirer, target, date);
  }
}
