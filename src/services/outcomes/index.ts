/** Outcome frameworks: stored frameworks, their measures, summaries and the voice-of-users gauge. */
export * from "./outcome-frameworks.ts";
export * from "./outcome-measures.ts";
export * from "./outcome-measures-csv.ts";
