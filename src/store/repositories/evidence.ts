import type { Kysely } from "kysely";
import type { EvidenceItem } from "../../shared/index.ts";
import type { DialectAdapter, UpsertOptions } from "../dialects/adapter.ts";
import type { Database, EvidenceTable } from "../schema.ts";
import { containsText, type ListQuery, type Page, pageOf } from "./paging.ts";

type Db = Kysely<Database>;

function evidenceToRow(workspaceId: number, e: EvidenceItem): EvidenceTable {
  return {
    workspace_id: workspaceId,
    id: e.id,
    kind: e.kind,
    text: e.text,
    source: e.source,
    date: e.date,
    themes: JSON.stringify(e.themes),
    partnership_id: e.partnership,
    organisation_id: e.organisation,
  };
}

function evidenceFromRow(r: EvidenceTable): EvidenceItem {
  return {
    id: r.id,
    kind: r.kind as EvidenceItem["kind"],
    text: r.text,
    source: r.source,
    date: r.date,
    themes: JSON.parse(r.themes),
    partnership: r.partnership_id,
    organisation: r.organisation_id,
  };
}

/** Inserts or replaces evidence items by id. */
export async function evidenceUpsert(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  items: EvidenceItem[],
  options: UpsertOptions = {},
): Promise<void> {
  const rows = items.map((e) => evidenceToRow(workspaceId, e));
  await adapter.insertMany(
    db,
    "evidence",
    rows,
    options.fresh
      ? undefined
      : {
          keys: ["workspace_id", "id"],
          update: ["kind", "text", "source", "date", "themes", "partnership_id", "organisation_id"],
        },
  );
}

/** One evidence item, or null. */
export async function evidenceGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<EvidenceItem | null> {
  const row = await db
    .selectFrom("evidence")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? evidenceFromRow(row) : null;
}

/** A filtered page of evidence (filters: organisation, partnership, theme). */
export async function evidenceList(
  db: Db,
  workspaceId: number,
  list: ListQuery,
): Promise<Page<EvidenceItem>> {
  let query = db.selectFrom("evidence").selectAll().where("workspace_id", "=", workspaceId);
  const { organisation, partnership, theme } = list.filters;
  if (organisation) query = query.where("organisation_id", "=", organisation);
  if (partnership) query = query.where("partnership_id", "=", partnership);
  // Themes are a JSON array of identifiers; the quoted id cannot match inside another id.
  if (theme) query = query.where(containsText("themes", `"${theme}"`));
  if (list.q) query = query.where(containsText("text", list.q));
  const page = await pageOf(query, list, { id: "id", date: "date", kind: "kind" }, "id");
  return { ...page, items: page.items.map(evidenceFromRow) };
}

/** Every evidence item of a workspace. */
export async function evidenceAll(db: Db, workspaceId: number): Promise<EvidenceItem[]> {
  const rows = await db
    .selectFrom("evidence")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return rows.map(evidenceFromRow);
}

/** Deletes one evidence item; returns whether it existed. */
export async function evidenceDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("evidence")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
