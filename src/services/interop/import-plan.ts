import type { Kysely } from "kysely";
import type { ExchangeDocument, Organisation } from "../../shared/index.ts";
import {
  contractsAll,
  type Database,
  eventsAll,
  evidenceAll,
  type ImportBatchItem,
  organisationsAll,
  partnershipsAll,
} from "../../store/index.ts";
import { RESOURCES, type ResourceName } from "../resources.ts";
import { organisationCombined } from "./organisation-aliases.ts";
import { stableHashOf, stableJsonOf } from "./stable-json.ts";

/** Ids per collection. */
export type IdsByCollection = Record<ResourceName, string[]>;

/** What writing a document would do to a workspace. */
export interface ImportPlan {
  /** Only what is created or changed, organisations combined with the stored ones. */
  document: ExchangeDocument;
  created: IdsByCollection;
  changed: IdsByCollection;
  unchanged: number;
  /** What the batch records: each written entity with its JSON before and after. */
  items: ImportBatchItem[];
}

type Stored = Record<ResourceName, Map<string, { id: string }>>;
const COLLECTIONS = Object.keys(RESOURCES) as ResourceName[];

/** Empty id lists for every collection. */
export const idsNone = (): IdsByCollection =>
  Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as IdsByCollection;

/** Every stored entity of a workspace by collection and id (nothing for a new workspace). */
export async function storedEntitiesOf(
  db: Kysely<Database>,
  workspaceId: number | null,
): Promise<Stored> {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  if (workspaceId === null)
    return Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as unknown as Stored;
  return {
    organisations: byId(await organisationsAll(db, workspaceId)),
    partnerships: byId(await partnershipsAll(db, workspaceId)),
    events: byId(await eventsAll(db, workspaceId)),
    contracts: byId(await contractsAll(db, workspaceId)),
    evidence: byId(await evidenceAll(db, workspaceId)),
  };
}

/**
 * Compares a validated document with what is stored, entity by entity (by id): created, changed
 * (keeping the stored JSON, so an undo can restore it) or unchanged (not written at all).
 */
export function importPlanOf(stored: Stored, incoming: ExchangeDocument): ImportPlan {
  const plan: ImportPlan = {
    document: {
      ...incoming,
      organisations: [],
      partnerships: [],
      events: [],
      contracts: [],
      evidence: [],
    },
    created: idsNone(),
    changed: idsNone(),
    unchanged: 0,
    items: [],
  };
  for (const collection of COLLECTIONS) {
    for (const entity of incoming[collection] as { id: string }[]) {
      const before = stored[collection].get(entity.id);
      const next =
        before && collection === "organisations"
          ? organisationCombined(before as Organisation, entity as Organisation)
          : entity;
      const beforeJson = before ? stableJsonOf(before) : null;
      if (beforeJson !== null && beforeJson === stableJsonOf(next)) {
        plan.unchanged++;
        continue;
      }
      (plan.document[collection] as { id: string }[]).push(next);
      plan[before ? "changed" : "created"][collection].push(entity.id);
      plan.items.push({
        collection,
        entityId: entity.id,
        action: before ? "changed" : "created",
        before: beforeJson,
        after: stableHashOf(next),
      });
    }
  }
  return plan;
}
