/** What the workspace and exchange API answers (src/api/routes/workspaces.ts and resources.ts). */
import { z } from "zod";
import { declaredObject } from "./api-common.ts";
import type { ExchangeDocument } from "./exchange.ts";

/** A workspace as listed and returned: its slug and name. */
export const workspaceViewSchema = z.object({ slug: z.string(), name: z.string() });

/** A workspace as the API returns it. */
export type WorkspaceView = z.infer<typeof workspaceViewSchema>;

/** A whole workspace as a `partnerscope/v1` document (its own JSON Schema: docs/exchange-format). */
export const exchangeDocumentSchema = declaredObject<ExchangeDocument>(
  "A partnerscope/v1 document (docs/exchange-format.schema.json)",
);

/** What importing a `partnerscope/v1` document did, or on a dry run would do. */
export const exchangeImportResultSchema = z.object({
  workspace: z.string(),
  created: z.boolean(),
  counts: z.object({
    organisations: z.number().int(),
    partnerships: z.number().int(),
    events: z.number().int(),
    contracts: z.number().int(),
    evidence: z.number().int(),
  }),
  dryRun: z.boolean(),
});

/** What importing a `partnerscope/v1` document did, or would do. */
export type ExchangeImportResult = z.infer<typeof exchangeImportResultSchema>;

/** A stored organisation, partnership, event, contract or evidence item, as its schema says. */
// Typed `unknown` here: each collection's own schema (src/shared/schemas.ts) gives the web its type.
export const entityViewSchema = declaredObject<unknown>(
  "The record as its collection's schema describes it (organisationSchema, partnershipSchema, …)",
);
