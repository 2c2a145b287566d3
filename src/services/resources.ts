import type { Kysely } from "kysely";
import type { z } from "zod";
import { type CodedEvidence, codedEvidenceSchema } from "../shared/codebook.ts";
import {
  type Contract,
  contractSchema,
  type ExchangeDocument,
  type LifecycleEvent,
  lifecycleEventSchema,
  type Organisation,
  organisationSchema,
  type Partnership,
  partnershipSchema,
} from "../shared/index.ts";
import type { Database, DialectAdapter, ListQuery, Page, UpsertOptions } from "../store/index.ts";
import * as store from "../store/index.ts";

type Db = Kysely<Database>;

/** How one kind of entity is validated, stored and placed in an exchange document. */
export interface ResourceSpec<T extends { id: string }> {
  /** The collection's name in the API and the exchange format. */
  collection: "organisations" | "partnerships" | "events" | "contracts" | "evidence";
  /** The word for one, in messages. */
  singular: string;
  schema: z.ZodType<T, unknown>;
  get: (db: Db, workspaceId: number, id: string) => Promise<T | null>;
  list: (db: Db, workspaceId: number, query: ListQuery) => Promise<Page<T>>;
  upsert: (
    db: Db,
    adapter: DialectAdapter,
    workspaceId: number,
    items: T[],
    options?: UpsertOptions,
  ) => Promise<void>;
  remove: (db: Db, workspaceId: number, id: string) => Promise<boolean>;
  /** The list filters this resource accepts. */
  filters: string[];
}

/** Organisations: charities, housing associations, commissioners, primes, lenders. */
export const organisations: ResourceSpec<Organisation> = {
  collection: "organisations",
  singular: "organisation",
  schema: organisationSchema,
  get: store.organisationGet,
  list: store.organisationsList,
  upsert: store.organisationsUpsert,
  remove: store.organisationDelete,
  filters: ["sector", "kind", "nation"],
};

/** Partnerships with their members. */
export const partnerships: ResourceSpec<Partnership> = {
  collection: "partnerships",
  singular: "partnership",
  schema: partnershipSchema,
  get: store.partnershipGet,
  list: store.partnershipsList,
  upsert: store.partnershipsUpsert,
  remove: store.partnershipDelete,
  filters: ["form", "origin", "direction", "organisation"],
};

/** Life-cycle events. */
export const events: ResourceSpec<LifecycleEvent> = {
  collection: "events",
  singular: "life-cycle event",
  schema: lifecycleEventSchema,
  get: store.eventGet,
  list: store.eventsList,
  upsert: store.eventsUpsert,
  remove: store.eventDelete,
  filters: ["organisation", "partnership", "type"],
};

/** Contracts and grants. */
export const contracts: ResourceSpec<Contract> = {
  collection: "contracts",
  singular: "contract",
  schema: contractSchema,
  get: store.contractGet,
  list: store.contractsList,
  upsert: store.contractsUpsert,
  remove: store.contractDelete,
  filters: ["organisation", "partnership", "paymentMechanism"],
};

/** Evidence items coded with the workspace's codebook, and what each supports. */
export const evidence: ResourceSpec<CodedEvidence> = {
  collection: "evidence",
  singular: "evidence item",
  schema: codedEvidenceSchema,
  get: store.evidenceGet,
  list: store.evidenceList,
  upsert: store.evidenceUpsert,
  remove: store.evidenceDelete,
  filters: ["organisation", "partnership", "theme", "code"],
};

/** Every resource by its collection name, in the order an import writes them. */
export const RESOURCES = { organisations, partnerships, events, contracts, evidence } as const;
export type ResourceName = keyof typeof RESOURCES;

/** An exchange document holding just `items` of one collection. */
export function documentWith(collection: ResourceName, items: unknown[]): ExchangeDocument {
  return {
    format: "partnerscope/v1",
    workspace: { name: "" },
    organisations: [],
    partnerships: [],
    events: [],
    contracts: [],
    evidence: [],
    [collection]: items,
  };
}
