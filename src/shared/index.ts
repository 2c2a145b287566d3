/** The one module the server and the web app share: the domain model's schemas, labels and types. */

export * from "./access.ts";
export * from "./access-tokens.ts";
export * from "./appraisal.ts";
export * from "./appraisal-results.ts";
export * from "./enums.ts";
export * from "./exchange.ts";
export * from "./interop-results.ts";
export * from "./jobs.ts";
export * from "./labels.ts";
export * from "./landscape-results.ts";
export * from "./limits.ts";
export * from "./pbr-results.ts";
export * from "./primitives.ts";
export * from "./problems.ts";
export * from "./schemas.ts";
export * from "./simulation.ts";
export * from "./simulation-compare.ts";
