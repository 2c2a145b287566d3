import type { ChangeResult, HealthResult, WaveResult } from "../../shared/health-results.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { analyseWave } from "./analyse-wave.ts";
import { type ScoredWave, scoreWave } from "./scored-wave.ts";
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
  // Scored once per wave: the wave's analysis and the change between waves share the columns.
  const scored = waves.map((w) => scoreWave(input.instrument, input.partners, byWave.get(w.id)!));
  const results: WaveResult[] = waves.map((w, k) =>
    analyseWave(input.instrument, input.partners, w, byWave.get(w.id)!, viewer, scored[k]),
  );
  const change: ChangeResult[] = [];
  for (let i = 1; i < waves.length; i++)
    change.push(
      ...changeOf(input.instrument, [results[i - 1]!, results[i]!], [scored[i - 1]!, scored[i]!]),
    );
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
  [a, b]: [ScoredWave, ScoredWave],
): ChangeResult[] {
  const present = (column: Float64Array) => Array.from(column).filter((v) => !Number.isNaN(v));
  return instrument.dimensions.flatMap((d, k) => {
    if (from.dimensions[k]!.mean === null || to.dimensions[k]!.mean === null) return [];
    const [x, y] = [present(a.dimensions[k]!), present(b.dimensions[k]!)];
    return [{ dimension: d.id, from: from.id, to: to.id, ...welchInterval(x, y) }];
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
