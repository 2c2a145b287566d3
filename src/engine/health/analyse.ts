import type { ChangeResult, HealthResult, WaveResult } from "../../shared/health-results.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import { analyseFacts, type WaveFacts, waveFactsOf } from "./analyse-wave.ts";
import { type HealthColumns, packResponses, rowsByWave } from "./columns.ts";
import { welchOf } from "./stats.ts";
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
  const waveIds = input.waves.map((w) => w.id);
  const columns = packResponses(input.instrument, input.partners, waveIds, input.responses);
  return analyseColumns({ ...input, columns }, viewer);
}

/** An assessment's data with its answers already packed into columns (see `packResponses`). */
export interface HealthColumnsInput {
  instrument: Instrument;
  partners: readonly string[];
  /** The waves whose ids `columns.waveIds` lists, in the same order. */
  waves: readonly { id: string; date: string }[];
  columns: HealthColumns;
}

/** `analyseAssessment` from packed columns: each wave scored and grouped once, by index arrays. */
export function analyseColumns(input: HealthColumnsInput, viewer: HealthViewer): HealthResult {
  const { instrument, partners, columns } = input;
  const waves = [...input.waves].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  // As a Map of wave id to its responses would: a wave id given twice is one group.
  const slot = new Map(columns.waveIds.map((id, k) => [id, k]));
  const rows = rowsByWave(columns);
  const facts = waves.map((w) => {
    const k = slot.get(w.id)!;
    const rated = columns.rated.filter((x) => columns.wave[x.row] === k).map((x) => x.response);
    return waveFactsOf(instrument, partners, columns, rows[k]!, rated);
  });
  const results = waves.map((w, k) => analyseFacts(instrument, partners, w, facts[k]!, viewer));
  const change: ChangeResult[] = [];
  for (let i = 1; i < waves.length; i++)
    change.push(
      ...changeOf(instrument, [results[i - 1]!, results[i]!], [facts[i - 1]!, facts[i]!]),
    );
  return {
    minGroupSize: viewer.minGroupSize,
    waves: results,
    change,
    notes: notesOf(instrument, viewer),
  };
}

/** Change of each dimension's mean between two waves whose means are both shown. */
function changeOf(
  instrument: Instrument,
  [from, to]: [WaveResult, WaveResult],
  [a, b]: [WaveFacts, WaveFacts],
): ChangeResult[] {
  return instrument.dimensions.flatMap((d, k) => {
    if (from.dimensions[k]!.mean === null || to.dimensions[k]!.mean === null) return [];
    const [x, y] = [a.dimensions[k]!.all, b.dimensions[k]!.all];
    return [{ dimension: d.id, from: from.id, to: to.id, ...welchOf(x, y) }];
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
