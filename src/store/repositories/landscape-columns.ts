import type { Kysely } from "kysely";
import type { Fact, LifecycleEvent, Organisation } from "../../shared/index.ts";
import type { Database } from "../schema.ts";
import { eventsOfRows } from "./events.ts";

type Db = Kysely<Database>;

/** Rows read per query: bounded pages keep a 200,000-row read from holding every row at once. */
export const LANDSCAPE_PAGE_ROWS = 10_000;

/** The fields of an organisation the landscape index reads (no other names, fields, identifiers). */
export interface OrganisationLandscapeRow {
  id: string;
  name: string;
  sector: Organisation["sector"];
  nation: Organisation["nation"];
  kind: Organisation["kind"];
  facts: Fact[];
}

/**
 * Streams a workspace's organisations by id (the order of `organisationsAll`) in keyset pages,
 * handing each row to `each` with only what the landscape index reads, so the caller can fill
 * columns and no page outlives its turn. Returns how many were read.
 */
export async function organisationsForLandscape(
  db: Db,
  workspaceId: number,
  each: (row: OrganisationLandscapeRow) => void,
  pageRows = LANDSCAPE_PAGE_ROWS,
): Promise<number> {
  let after: string | null = null;
  let read = 0;
  for (;;) {
    let query = db
      .selectFrom("organisations")
      .select(["id", "name", "sector", "kind", "nation", "data"])
      .where("workspace_id", "=", workspaceId);
    if (after !== null) query = query.where("id", ">", after);
    const rows = await query.orderBy("id").limit(pageRows).execute();
    for (const r of rows)
      each({
        id: r.id,
        name: r.name,
        sector: r.sector as Organisation["sector"],
        nation: r.nation as Organisation["nation"],
        kind: r.kind as Organisation["kind"],
        facts: (JSON.parse(r.data) as { facts: Fact[] }).facts,
      });
    read += rows.length;
    if (rows.length < pageRows) return read;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Every event of a workspace by id, equal to `eventsAll`, read in keyset pages: each page's
 * organisations come from one range query over the link table's key (event id, position) instead
 * of a query per thousand ids.
 */
export async function eventsForLandscape(
  db: Db,
  workspaceId: number,
  pageRows = LANDSCAPE_PAGE_ROWS,
): Promise<LifecycleEvent[]> {
  const out: LifecycleEvent[] = [];
  let after: string | null = null;
  for (;;) {
    let query = db.selectFrom("events").selectAll().where("workspace_id", "=", workspaceId);
    if (after !== null) query = query.where("id", ">", after);
    const rows = await query.orderBy("id").limit(pageRows).execute();
    if (rows.length === 0) return out;
    const links = await db
      .selectFrom("event_organisations")
      .selectAll()
      .where("workspace_id", "=", workspaceId)
      .where("event_id", ">=", rows[0]!.id)
      .where("event_id", "<=", rows[rows.length - 1]!.id)
      .orderBy("event_id")
      .orderBy("position")
      .execute();
    for (const e of eventsOfRows(rows, links)) out.push(e);
    if (rows.length < pageRows) return out;
    after = rows[rows.length - 1]!.id;
  }
}
