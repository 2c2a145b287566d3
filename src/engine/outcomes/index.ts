/** Outcome frameworks' arithmetic: the voice-of-users gauge, measures over time and paired change. */
export * from "./measures-summary.ts";
export * from "./paired-change.ts";
export * from "./student-t.ts";
export * from "./voice-gauge.ts";
