/**
 * The supply-chain API's shapes live in src/shared/supply-chain-views.ts; this re-export is kept
 * only for the job type that the simulation pages (CompareScenarios, SimulationPage) import from here.
 */
export type { JobOf as Job } from "../../../src/shared/supply-chain-views.ts";
