/** The appraisal engine: pure functions from an appraisal document to its result. */
export * from "./appraise.ts";
export * from "./cash-flows.ts";
export * from "./discount.ts";
export * from "./flags.ts";
export * from "./line-model.ts";
export * from "./loan.ts";
export * from "./mcda.ts";
export * from "./monte-carlo.ts";
export * from "./monte-carlo-summary.ts";
export * from "./option-model.ts";
export * from "./rng.ts";
export * from "./sensitivity.ts";
export * from "./staff-barriers.ts";
export * from "./vat.ts";
