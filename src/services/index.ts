/** Use cases: combine the store and the engine, own transactions, never speak HTTP. */
export * from "./access.ts";
export * from "./appraisals/appraisals.ts";
export * from "./context.ts";
export * from "./demo.ts";
export * from "./entities.ts";
export * from "./errors.ts";
export * from "./exchange.ts";
export * from "./jobs.ts";
export * from "./landscape.ts";
export * from "./landscape-snapshot.ts";
export * from "./open.ts";
export * from "./resources.ts";
export * from "./supply-chains/supply-chain-demo.ts";
export * from "./supply-chains/supply-chains.ts";
export * from "./workspaces.ts";
