import type { Kysely } from "kysely";
import { type CodedEvidence, codeWithDescendants } from "../../shared/codebook.ts";
import { DEFAULT_CODEBOOK } from "../../shared/codebook-default.ts";
import type { DialectAdapter, UpsertOptions } from "../dialects/adapter.ts";
import type { Database, EvidenceSupportTable, EvidenceTable } from "../schema.ts";
import { codebookAll } from "./codebook.ts";
import {
  codingsWrite,
  type EvidenceWrite,
  evidenceCodingsOf,
  evidenceSupportsOf,
  supportsWrite,
} from "./evidence-codings.ts";
import { containsText, type ListQuery, type Page, pageOf } from "./paging.ts";

type Db = Kysely<Database>;

/** The older fixed themes: default codes, ordered as the default codebook lists them. */
const THEME_CODES = DEFAULT_CODEBOOK.filter((c) => c.parent === "themes");
const THEME_IDS = new Set(THEME_CODES.map((c) => c.id));

function evidenceToRow(workspaceId: number, e: EvidenceWrite): EvidenceTable {
  return {
    workspace_id: workspaceId,
    id: e.id,
    kind: e.kind,
    text: e.text,
    source: e.source,
    date: e.date,
    // Kept as given so a theme list reads back in its order; the codings decide which remain.
    themes: JSON.stringify(e.themes),
    partnership_id: e.partnership,
    organisation_id: e.organisation,
  };
}

function evidenceFromRow(
  r: EvidenceTable,
  codes: string[],
  supports: EvidenceSupportTable | undefined,
): CodedEvidence {
  const coded = new Set(codes);
  const given = (JSON.parse(r.themes) as string[]).filter((t) => coded.has(t));
  const themes = [...new Set([...given, ...codes.filter((c) => THEME_IDS.has(c))])];
  return {
    id: r.id,
    kind: r.kind as CodedEvidence["kind"],
    text: r.text,
    source: r.source,
    date: r.date,
    themes: themes as CodedEvidence["themes"],
    codes,
    partnership: r.partnership_id,
    organisation: r.organisation_id,
    appraisal: supports?.appraisal_id ?? null,
    assumption: supports?.assumption ?? null,
    outcomeFramework: supports?.outcome_framework_id ?? null,
    outcome: supports?.outcome ?? null,
  };
}

/** Rows read back as coded evidence, with their codings and supports in two queries. */
async function withCodings(db: Db, workspaceId: number, rows: EvidenceTable[]) {
  const ids = rows.map((r) => r.id);
  const codings = await evidenceCodingsOf(db, workspaceId, ids);
  const supports = await evidenceSupportsOf(db, workspaceId, ids);
  return rows.map((r) => evidenceFromRow(r, codings.get(r.id) ?? [], supports.get(r.id)));
}

/** Inserts or replaces evidence items by id, with their codings and what they support. */
export async function evidenceUpsert(
  db: Db,
  adapter: DialectAdapter,
  workspaceId: number,
  items: EvidenceWrite[],
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
  await codingsWrite(db, adapter, workspaceId, items, options.fresh === true);
  await supportsWrite(db, adapter, workspaceId, items, options.fresh === true);
}

/** One evidence item, or null. */
export async function evidenceGet(
  db: Db,
  workspaceId: number,
  id: string,
): Promise<CodedEvidence | null> {
  const row = await db
    .selectFrom("evidence")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? ((await withCodings(db, workspaceId, [row]))[0] ?? null) : null;
}

/**
 * A filtered page of evidence. Filters: organisation, partnership, theme, code (that code or any
 * under it); `q` searches the text and the source.
 */
export async function evidenceList(
  db: Db,
  workspaceId: number,
  list: ListQuery,
): Promise<Page<CodedEvidence>> {
  let query = db.selectFrom("evidence").selectAll().where("workspace_id", "=", workspaceId);
  const { organisation, partnership, theme, code } = list.filters;
  if (organisation) query = query.where("organisation_id", "=", organisation);
  if (partnership) query = query.where("partnership_id", "=", partnership);
  for (const wanted of [theme, code]) {
    if (!wanted) continue;
    const codes = [...codeWithDescendants(await codebookAll(db, workspaceId), wanted)];
    query = query.where("id", "in", (eb) =>
      eb
        .selectFrom("evidence_codes")
        .select("evidence_id")
        .where("workspace_id", "=", workspaceId)
        .where("code_id", "in", codes),
    );
  }
  const q = list.q;
  if (q) query = query.where((eb) => eb.or([containsText("text", q), containsText("source", q)]));
  const page = await pageOf(query, list, { id: "id", date: "date", kind: "kind" }, "id");
  return { ...page, items: await withCodings(db, workspaceId, page.items) };
}

/** Every evidence item of a workspace, with codings. */
export async function evidenceAll(db: Db, workspaceId: number): Promise<CodedEvidence[]> {
  const rows = await db
    .selectFrom("evidence")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return withCodings(db, workspaceId, rows);
}

/** Deletes one evidence item (its codings and supports go with it); returns whether it existed. */
export async function evidenceDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("evidence")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
