import type { AssessmentFile, AssessOutput } from "../../shared/assessment-file.ts";
import type { HealthResponse, Instrument } from "../../shared/instruments.ts";
import type { Problem } from "../../shared/problems.ts";
import { analyseAssessment } from "./analyse.ts";
import { responseProblems } from "./check.ts";
import { pairsOf } from "./pairs.ts";

/** The file's instrument in the stored shape: items flattened with their dimension. */
export function instrumentOfFile(file: AssessmentFile): Instrument {
  const ins = file.instrument;
  return {
    id: ins.id,
    version: 1,
    name: ins.name,
    description: "",
    kind: "rating",
    dimensions: ins.dimensions.map((d) => ({ id: d.id, name: d.name })),
    items: ins.dimensions.flatMap((d) => d.items.map((i) => ({ ...i, dimension: d.id }))),
    scale: { ...ins.scale, labels: {} },
    ...(ins.bands ? { bands: ins.bands } : {}),
  };
}

/** Every problem of a file's responses and ratings, each naming the respondent (or rater) and item. */
export function assessmentFileProblems(file: AssessmentFile, instrument: Instrument): Problem[] {
  const partners = file.partners.map((p) => p.id);
  const waves = file.waves.map((w) => w.id);
  const problems: Problem[] = [];
  file.responses.forEach((r, k) => {
    const who = `respondent "${r.respondent}"`;
    const found = responseProblems(instrument, partners, waves, { ...r, ratings: undefined }, who);
    for (const p of found)
      problems.push({
        ...p,
        path: p.path.replace("$.organisation", "$.partner").replace("$", `$.responses[${k}]`),
      });
  });
  const pairScale = {
    ...instrument,
    kind: "pairwise" as const,
    items: [],
    scale: { min: 0, max: 5, labels: {} },
  };
  (file.pairRatings ?? []).forEach((r, k) => {
    const rating = { partner: r.rater, wave: r.wave, answers: {}, ratings: { [r.ratee]: r.value } };
    for (const p of responseProblems(pairScale, partners, waves, rating, `rater "${r.rater}"`))
      problems.push({ ...p, path: `$.pairRatings[${k}]` });
  });
  return problems;
}

/**
 * The analysis of an assessment file as the `assess` command prints it: a partner's mean is null
 * under `minGroupSize` respondents (default 3); the whole is always shown (the file's holder has
 * the raw answers), and an organisation's pairwise rating is its own, so it is never withheld.
 */
export function assessFile(file: AssessmentFile): AssessOutput {
  const instrument = instrumentOfFile(file);
  const partners = file.partners.map((p) => p.id);
  const viewer = { minGroupSize: file.minGroupSize ?? 3, own: null, full: false, showWhole: true };
  const responses: HealthResponse[] = file.responses.map((r) => ({
    partner: r.partner,
    wave: r.wave,
    answers: r.answers,
  }));
  const result = analyseAssessment({ instrument, partners, waves: file.waves, responses }, viewer);
  const full = { ...viewer, full: true };
  return {
    waves: result.waves.map((w) => {
      const ratings: HealthResponse[] = (file.pairRatings ?? [])
        .filter((r) => r.wave === w.id)
        .map((r) => ({
          partner: r.rater,
          wave: r.wave,
          answers: {},
          ratings: { [r.ratee]: r.value },
        }));
      return {
        id: w.id,
        respondents: w.respondents,
        dimensions: w.dimensions.map((d) => ({
          id: d.id,
          mean: d.mean,
          sd: d.sd,
          byPartner: Object.fromEntries(
            Object.entries(d.byPartner).map(([p, g]) => [p, g?.mean ?? null]),
          ),
          gap: d.gap,
          agreement: d.rwg,
        })),
        total: w.total ? { mean: w.total.mean, band: w.total.band } : null,
        pairs: pairsOf(partners, ratings, full),
      };
    }),
    change: result.change,
  };
}
