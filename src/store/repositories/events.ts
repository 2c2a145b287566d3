import { type Kysely, sql } from "kysely";
import type { LifecycleEvent } from "../../shared/index.ts";
import type { DialectAdapter, UpsertOptions } from "../dialects/adapter.ts";
import type { Database, EventOrganisationTable, EventTable } from "../schema.ts";
import { containsText, type ListQuery, type Page, pageOf } from "./paging.ts";

type Db = Kysely<Database>;

function eventToRow(workspaceId: number, e: LifecycleEvent): EventTable {
  return {
    workspace_id: workspaceId,
    id: e.id,
    date: e.date,
    type: e.type,
    partnership_id: e.partnership,
    stage: e.stage,
    note: e.note,
  };
}

function involvedRows(workspaceId: number, e: LifecycleEvent): EventOrganisationTable[] {
  return e.organisations.map((organisation, position) => ({
    workspace_id: workspaceId,
    event_id: e.id,
    position,
    organisation_id: organisation,
    dissolves: e.dissolves.includes(organisation) ? 1 : 0,
  }));
}

async function withOrganisations(
  db: Db,
  workspaceId: number,
  rows: EventTable[],
): Promise<LifecycleEvent[]> {
  const links: EventOrganisationTable[] = [];
  for (let i = 0; i < rows.length; i += 1000)
    links.push(
      ...(await db
        .selectFrom("event_organisations")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .where(
          "event_id",
          "in",
          rows.slice(i, i + 1000).map((r) => r.id),
        )
        .orderBy("event_id")
        .orderBy("position")
        .execute()),
    );
  return eventsOfRows(rows, links);
}

/** Events from their rows and their organisation links (each event's links in position order). */
export function eventsOfRows(
  rows: EventTable[],
  links: EventOrganisationTable[],
): LifecycleEvent[] {
  const involved = new Map<string, EventOrganisationTable[]>();
  for (const link of links) {
    const list = involved.get(link.event_id);
    if (list) list.push(link);
    else involved.set(link.event_id, [link]);
  }
  return rows.map((r) => {
    const own = involved.get(r.id) ?? [];
    return {
      id: r.id,
      date: r.date,
      type: r.type as LifecycleEvent["type"],
      partnership: r.partnership_id,
      organisations: own.map((l) => l.organisation_id),
      dissolves: own.filter((l) => l.dissolves === 1).map((l) => l.organisation_id),
      stage: r.stage,
      note: r.note,
    };
  });
}

/** Inserts or replaces life-cycle events by id, with the organisations they involve. */
export async function eventsUpsert(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  events: LifecycleEvent[],
  options: UpsertOptions = {},
): Promise<void> {
  const rows = events.map((e) => eventToRow(workspaceId, e));
  await adapter.insertMany(
    db,
    "events",
    rows,
    options.fresh
      ? undefined
      : {
          keys: ["workspace_id", "id"],
          update: ["date", "type", "partnership_id", "stage", "note"],
        },
  );
  const ids = events.map((e) => e.id);
  if (!options.fresh)
    await adapter.deleteIn(db, "event_organisations", workspaceId, "event_id", ids);
  const links = events.flatMap((e) => involvedRows(workspaceId, e));
  await adapter.insertMany(db, "event_organisations", links);
}

/** One event, or null. */
export async function eventGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<LifecycleEvent | null> {
  const row = await db
    .selectFrom("events")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? ((await withOrganisations(db, workspaceId, [row]))[0] ?? null) : null;
}

/** A filtered page of events (filters: organisation, partnership, type). */
export async function eventsList(
  db: Db,
  workspaceId: number,
  list: ListQuery,
): Promise<Page<LifecycleEvent>> {
  let query = db.selectFrom("events").selectAll().where("workspace_id", "=", workspaceId);
  const { organisation, partnership, type } = list.filters;
  if (type) query = query.where("type", "=", type);
  if (partnership) query = query.where("partnership_id", "=", partnership);
  if (organisation)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("event_organisations as l")
          .select(sql`1`.as("one"))
          .whereRef("l.workspace_id", "=", "events.workspace_id")
          .whereRef("l.event_id", "=", "events.id")
          .where("l.organisation_id", "=", organisation),
      ),
    );
  if (list.q) query = query.where(containsText("note", list.q));
  const page = await pageOf(query, list, { date: "date", id: "id", type: "type" }, "date");
  return { ...page, items: await withOrganisations(db, workspaceId, page.items) };
}

/** Every event of a workspace. */
export async function eventsAll(db: Db, workspaceId: number): Promise<LifecycleEvent[]> {
  const rows = await db
    .selectFrom("events")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return withOrganisations(db, workspaceId, rows);
}

/** Deletes one event; returns whether it existed. */
export async function eventDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("events")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
