import type { AppraisalDocument } from "../../shared/appraisal.ts";
import type { AppraisalResult } from "../../shared/appraisal-results.ts";
import { assumptionsOf } from "./assumptions.ts";
import { cashFlowsOf, paybackYear, savingsSwitchingFactor } from "./cash-flows.ts";
import { discountFactors } from "./discount.ts";
import { flagsOf } from "./flags.ts";
import { mcdaOf } from "./mcda.ts";
import { monteCarloModelOf, monteCarloSamples } from "./monte-carlo.ts";
import { summariseSamples } from "./monte-carlo-summary.ts";
import { type OptionModel, optionModelOf } from "./option-model.ts";
import { tornadoOf } from "./sensitivity.ts";

export type { AppraisalResult, OptionAppraisal } from "../../shared/appraisal-results.ts";

/** Overrides for a run: Monte Carlo settings, histogram bins, or samples computed elsewhere. */
export interface AppraiseOptions {
  iterations?: number;
  seed?: number;
  bins?: number;
  /** NPV samples per option id, e.g. from a worker pool running `monteCarloSamples` in chunks. */
  samples?: Readonly<Record<string, Float64Array>>;
}

/** Compiles every option of a document (discount factors computed once). */
export function optionModelsOf(doc: AppraisalDocument): OptionModel[] {
  const factors = discountFactors(doc.discount, doc.horizonYears);
  return doc.options.map((option) => optionModelOf(option, doc, factors));
}

/**
 * Appraises every option of a validated document: cash flows, NPV and PVs, payback, savings
 * switching factor, Monte Carlo, multi-criteria rank, tornado, flags and the assumptions used.
 * @example appraise(appraisalSchema.parse(json)).options[0].npv
 */
export function appraise(doc: AppraisalDocument, options: AppraiseOptions = {}): AppraisalResult {
  const iterations = options.iterations ?? doc.monteCarlo.iterations;
  const seed = options.seed ?? doc.monteCarlo.seed;
  const models = optionModelsOf(doc);
  const results = doc.options.map((option, i) => {
    const model = models[i]!;
    const flows = cashFlowsOf(model);
    const payback = paybackYear(flows.cashFlows);
    const samples =
      options.samples?.[option.id] ??
      monteCarloSamples(monteCarloModelOf(model), seed, 0, iterations);
    return {
      id: option.id,
      name: option.name,
      stage: option.stage,
      npv: flows.npv,
      pv: flows.pv,
      paybackYear: payback,
      savingsSwitchingFactor: savingsSwitchingFactor(flows.pv),
      cashFlows: flows.cashFlows,
      monteCarlo: summariseSamples(samples, options.bins),
      tornado: tornadoOf(model.lines, flows.npv),
      flags: flagsOf(option, model, flows, payback),
    };
  });
  const mcda = mcdaOf(
    doc.options.map((o, i) => ({ id: o.id, npv: results[i]!.npv, scores: o.scores })),
    doc.criteria,
  );
  return {
    title: doc.title,
    currency: doc.currency,
    options: results.map((r, i) => ({ ...r, mcda: mcda.options[i]! })),
    criteria: mcda.criteria,
    monteCarlo: { iterations, seed },
    assumptions: assumptionsOf(doc, models, { iterations, seed }),
  };
}
