import type { ChangeResult, HealthResult, WaveResult } from "../../shared/health-results.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { analyseWave, scoredOf } from "./analyse-wave.ts";
import { welchInterval } from "./stats.ts";
import type { HealthViewer } from "./view.ts";

/** An assessment's data as the engine reads it. */
export interface HealthInput {
  instrument: Instrument;
  partners: readonly string[];
  waves: readonly { id: string; date: string }[];
  responses: readonly HealthResponse[];
}

/**
 * Every wave's analysis (in date order) and the change of each dimension between consecutive
 * waves, as `viewer` may see them.
 */
export function analyseAssessment(input: HealthInput, viewer: HealthViewer): HealthResult {
  const waves = [...input.waves].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const byWave = new Map<string, HealthResponse[]>(waves.map((w) => [w.id, []]));
  for (const r of input.responses) byWave.get(r.wave)?.push(r);
  const results: WaveResult[] = waves.map((w) =>
    analyseWave(input.instrument, input.partners, w, byWave.get(w.id) ?? [], viewer),
  );
  const change: ChangeResult[] = [];
  for (let i = 1; i < waves.length; i++)
    change.push(...changeOf(input.instrument, [results[i - 1]!, results[i]!], byWave));
  return {
    minGroupSize: viewer.minGroupSize,
    waves: results,
    change,
    notes: notesOf(input.instrument, viewer),
  };
}

/** Change of each dimension's mean between two waves whose means are both shown. */
function changeOf(
  instrument: Instrument,
  [from, to]: [WaveResult, WaveResult],
  byWave: Map<string, HealthResponse[]>,
): ChangeResult[] {
  const [a, b] = [
    scoredOf(instrument, byWave.get(from.id)!),
    scoredOf(instrument, byWave.get(to.id)!),
  ];
  return instrument.dimensions.flatMap((d, k) => {
    if (from.dimensions[k]!.mean === null || to.dimensions[k]!.mean === null) return [];
    const values = (s: typeof a) =>
      s.flatMap((x) => {
        const v = x.scores.dimensions.get(d.id);
        return v === null || v === undefined ? [] : [v];
      });
    return [{ dimension: d.id, from: from.id, to: to.id, ...welchInterval(values(a), values(b)) }];
  });
}

function notesOf(instrument: Instrument, viewer: HealthViewer): string[] {
  const notes = [
    `r_wg of 0.70 or more reads as agreement; AD is acceptable at or below ${((instrument.scale.max - instrument.scale.min + 1) / 6).toFixed(2)} (c / 6).`,
  ];
  if (!viewer.full)
    notes.push(
      `A partner's answers are shown only as aggregates of at least ${viewer.minGroupSize} respondents (your own organisation's always).`,
    );
  if (instrument.bandsNote) notes.push(instrument.bandsNote);
  return notes;
}
