/** The value map engine: pure functions from a partnerscope-valuemap/v1 document to its result. */
export * from "./evaluate.ts";
export * from "./flags.ts";
export * from "./impact.ts";
export * from "./monte-carlo.ts";
export * from "./perspectives.ts";
export * from "./sensitivity.ts";
