import type { Kysely } from "kysely";
import type { Organisation } from "../../shared/index.ts";
import type { DialectAdapter, UpsertOptions } from "../dialects/adapter.ts";
import type { Database, OrganisationTable } from "../schema.ts";
import { naturalKey } from "./natural-key.ts";
import { containsText, type ListQuery, type Page, pageOf } from "./paging.ts";

type Db = Kysely<Database>;

/** The stored row for an organisation. */
export function organisationToRow(workspaceId: number, o: Organisation): OrganisationTable {
  return {
    workspace_id: workspaceId,
    id: o.id,
    name: o.name,
    sector: o.sector,
    kind: o.kind,
    nation: o.nation,
    illustrative: o.illustrative ? 1 : 0,
    search_text: [o.name, ...o.otherNames, ...o.identifiers.map((i) => `${i.scheme}-${i.id}`)]
      .join(" | ")
      .toLowerCase(),
    sort_name: naturalKey(o.name),
    data: JSON.stringify({
      otherNames: o.otherNames,
      fields: o.fields,
      identifiers: o.identifiers,
      facts: o.facts,
    }),
  };
}

/** The organisation a stored row holds. */
export function organisationFromRow(row: OrganisationTable): Organisation {
  const data = JSON.parse(row.data);
  return {
    id: row.id,
    name: row.name,
    otherNames: data.otherNames,
    sector: row.sector as Organisation["sector"],
    kind: row.kind as Organisation["kind"],
    nation: row.nation as Organisation["nation"],
    fields: data.fields,
    identifiers: data.identifiers,
    illustrative: row.illustrative === 1,
    facts: data.facts,
  };
}

/** Inserts or replaces organisations by id. */
export async function organisationsUpsert(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  organisations: Organisation[],
  options: UpsertOptions = {},
): Promise<void> {
  const rows = organisations.map((o) => organisationToRow(workspaceId, o));
  await adapter.insertMany(
    db,
    "organisations",
    rows,
    options.fresh
      ? undefined
      : {
          keys: ["workspace_id", "id"],
          update: [
            "name",
            "sector",
            "kind",
            "nation",
            "illustrative",
            "search_text",
            "sort_name",
            "data",
          ],
        },
  );
}

/** One organisation, or null. */
export async function organisationGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<Organisation | null> {
  const row = await db
    .selectFrom("organisations")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? organisationFromRow(row) : null;
}

/** Which of `ids` exist in the workspace. */
export async function organisationIdsExisting(
  db: Db,
  workspaceId: number,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db
      .selectFrom("organisations")
      .select("id")
      .where("workspace_id", "=", workspaceId)
      .where("id", "in", ids.slice(i, i + 1000))
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/** A filtered, sorted page of organisations (filters: sector, kind, nation). */
export async function organisationsList(
  db: Db,
  workspaceId: number,
  list: ListQuery,
): Promise<Page<Organisation>> {
  let query = db.selectFrom("organisations").selectAll().where("workspace_id", "=", workspaceId);
  const { sector, kind, nation } = list.filters;
  if (sector) query = query.where("sector", "=", sector);
  if (kind) query = query.where("kind", "=", kind);
  if (nation) query = query.where("nation", "=", nation);
  if (list.q) query = query.where(containsText("search_text", list.q));
  const page = await pageOf(query, list, { name: "sort_name", id: "id", sector: "sector" }, "name");
  return { ...page, items: page.items.map(organisationFromRow) };
}

/** Every organisation of a workspace, by id. */
export async function organisationsAll(db: Db, workspaceId: number): Promise<Organisation[]> {
  const rows = await db
    .selectFrom("organisations")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return rows.map(organisationFromRow);
}

/** Deletes one organisation; returns whether it existed. */
export async function organisationDelete(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom("organisations")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
