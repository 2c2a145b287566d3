import type { Kysely } from "kysely";
import type { ExchangeDocument } from "../../shared/index.ts";
import { type Database, type ImportBatchItem, importExistingIds } from "../../store/index.ts";
import { RESOURCES, type ResourceName } from "../resources.ts";
import { type IdsByCollection, idsNone } from "./import-plan.ts";
import type { OrganisationLedger } from "./organisation-ledger.ts";
import type { SeenIds } from "./seen-ids.ts";
import { schemaHashOf, stableJsonOf } from "./stable-json.ts";

/** At most this many ids per collection are listed in a result (the totals count them all). */
export const SAMPLE_IDS = 100_000;

/** What writing one chunk does: only what is created or changed, and the batch's items. */
export interface ChunkPlan {
  document: ExchangeDocument;
  items: ImportBatchItem[];
  /** Organisations this import meets for the first time in this chunk. */
  organisationsFirstMet: ReadonlySet<string>;
  /**
   * Entities of `document` and items of `items` that have no row yet — not stored before this
   * import, not written by an earlier chunk — so they are plainly inserted (see `UpsertOptions`).
   */
  firstWrites: Set<object>;
}

/** Where a chunk is compared: the database (or transaction), the workspace (null when new). */
export interface PlanTarget {
  db: Kysely<Database>;
  workspaceId: number | null;
}

const OTHERS = ["partnerships", "events", "contracts", "evidence"] as const;

/** Counts and a bounded sample of ids created, changed and left unchanged across chunks. */
export function createImportTally() {
  const created = idsNone();
  const changed = idsNone();
  const zeros = () => Object.fromEntries(Object.keys(RESOURCES).map((c) => [c, 0]));
  const totals = { created: zeros(), changed: zeros() };
  let unchanged = 0;
  const note = (
    action: "created" | "changed" | "unchanged",
    collection: ResourceName,
    id: string,
  ) => {
    if (action === "unchanged") return void unchanged++;
    totals[action][collection]!++;
    const ids = (action === "created" ? created : changed)[collection];
    if (ids.length < SAMPLE_IDS) ids.push(id);
  };
  return {
    note,
    /** Adds the organisations' outcome (known only once every chunk is planned). */
    addOrganisations(ledger: OrganisationLedger): void {
      for (const [id, status] of ledger.statuses()) note(status, "organisations", id);
    },
    result: () => ({ created, changed, unchanged, totals }),
    /** Whether anything at all is created or changed. */
    isEmpty: () =>
      [...Object.values(totals.created), ...Object.values(totals.changed)].every((n) => n === 0),
  };
}

/** The tally of one import. */
export type ImportTally = ReturnType<typeof createImportTally>;

async function planCollection(
  target: PlanTarget,
  collection: (typeof OTHERS)[number],
  incoming: readonly { id: string }[],
  plan: ChunkPlan,
  tally: ImportTally,
  written: SeenIds,
): Promise<void> {
  const { db, workspaceId } = target;
  const ids = incoming.map((e) => e.id);
  // Only ids already stored are read back, one by one; a new workspace has none.
  const existing =
    workspaceId === null
      ? new Set<string>()
      : await importExistingIds(db, workspaceId, collection, ids);
  for (const entity of incoming) {
    const before = existing.has(entity.id)
      ? await RESOURCES[collection].get(db, workspaceId!, entity.id)
      : null;
    const beforeJson = before ? stableJsonOf(before) : null;
    if (beforeJson !== null && beforeJson === stableJsonOf(entity)) {
      tally.note("unchanged", collection, entity.id);
      continue;
    }
    (plan.document[collection] as { id: string }[]).push(entity);
    const action = before ? "changed" : "created";
    tally.note(action, collection, entity.id);
    const item: ImportBatchItem = {
      collection,
      entityId: entity.id,
      action,
      before: beforeJson,
      // `incoming` comes straight out of the exchange schema (pass 2 validated it).
      after: schemaHashOf(entity),
    };
    plan.items.push(item);
    // Not stored, and (unless two hashes collide) not written by an earlier chunk either.
    if (!before && !written.mayHave(entity.id)) plan.firstWrites.add(entity).add(item);
    written.add(entity.id);
  }
}

/**
 * Compares one validated chunk with what is stored (by id, read a chunk at a time) and with the
 * organisations earlier chunks brought: what to write, and the batch items recording it.
 * `written` holds the ids of partnerships, events, contracts and evidence earlier chunks wrote.
 * @example const plan = await chunkPlanOf(target, ledger, tally, written, chunkDocument);
 */
export async function chunkPlanOf(
  target: PlanTarget,
  ledger: OrganisationLedger,
  tally: ImportTally,
  written: SeenIds,
  incoming: ExchangeDocument,
  sameAsBefore?: ReadonlySet<string>,
): Promise<ChunkPlan> {
  const organisations = await ledger.plan(incoming.organisations, sameAsBefore);
  const plan: ChunkPlan = {
    document: {
      ...incoming,
      organisations: organisations.write,
      partnerships: [],
      events: [],
      contracts: [],
      evidence: [],
    },
    items: organisations.items,
    organisationsFirstMet: organisations.firstMet,
    firstWrites: organisations.firstWrites,
  };
  for (const collection of OTHERS)
    if (incoming[collection].length > 0)
      await planCollection(target, collection, incoming[collection], plan, tally, written);
  return plan;
}

/** Counts per collection of an id list. */
export const sizesOf = (ids: IdsByCollection) =>
  Object.fromEntries(Object.entries(ids).map(([k, v]) => [k, v.length]));
