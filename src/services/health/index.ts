/** Partnership health: instruments, assessments, waves, responses and their analysis. */
export * from "./assessments.ts";
export * from "./compare.ts";
export * from "./instruments.ts";
export * from "./responses.ts";
export * from "./results.ts";
export * from "./waves.ts";
