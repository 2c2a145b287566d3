/** The store: one set of repositories over SQLite and PostgreSQL. */
export * from "./dialects/adapter.ts";
export { migrateToLatest } from "./migrate.ts";
export * from "./open-store.ts";
export * from "./repositories/access-tokens.ts";
export * from "./repositories/appraisals.ts";
export * from "./repositories/contracts.ts";
export * from "./repositories/events.ts";
export * from "./repositories/evidence.ts";
export * from "./repositories/import-batches.ts";
export * from "./repositories/merges.ts";
export * from "./repositories/merlin-responses.ts";
export * from "./repositories/organisations.ts";
export type { ListQuery, Page } from "./repositories/paging.ts";
export * from "./repositories/partnerships.ts";
export * from "./repositories/pbr-models.ts";
export * from "./repositories/provenance.ts";
export * from "./repositories/workspaces.ts";
export type { Database } from "./schema.ts";
