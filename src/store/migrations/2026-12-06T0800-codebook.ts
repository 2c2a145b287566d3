import { type Kysely, sql } from "kysely";
import { DEFAULT_CODEBOOK } from "../../shared/codebook-default.ts";

const THEME_IDS = new Set(DEFAULT_CODEBOOK.filter((c) => c.parent === "themes").map((c) => c.id));

/** The codebook and its codes; a code's parent is another code of the same workspace. */
async function codebookTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("codebook_codes")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("description", "text")
    .addColumn("parent_id", "text")
    .addColumn("colour", "text")
    .addPrimaryKeyConstraint("codebook_codes_pk", ["workspace_id", "id"])
    .addForeignKeyConstraint(
      "codebook_codes_workspace_fk",
      ["workspace_id"],
      "workspaces",
      ["id"],
      (c) => c.onDelete("cascade"),
    )
    // No cascade: a code with children cannot be removed (the service says so first).
    .addForeignKeyConstraint(
      "codebook_codes_parent_fk",
      ["workspace_id", "parent_id"],
      "codebook_codes",
      ["workspace_id", "id"],
    )
    .execute();
  await db.schema
    .createIndex("codebook_codes_parent_idx")
    .on("codebook_codes")
    .columns(["workspace_id", "parent_id"])
    .where(sql.ref("parent_id"), "is not", null)
    .execute();
}

/** One row per (evidence item, code): the codings. Removing an item removes its codings. */
async function codingsTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("evidence_codes")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("evidence_id", "text", (c) => c.notNull())
    .addColumn("code_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("evidence_codes_pk", ["workspace_id", "evidence_id", "code_id"])
    .addForeignKeyConstraint(
      "evidence_codes_evidence_fk",
      ["workspace_id", "evidence_id"],
      "evidence",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    // No cascade: a code in use cannot be removed.
    .addForeignKeyConstraint(
      "evidence_codes_code_fk",
      ["workspace_id", "code_id"],
      "codebook_codes",
      ["workspace_id", "id"],
    )
    .execute();
  // The primary key covers the evidence foreign key; this one covers the code's.
  await db.schema
    .createIndex("evidence_codes_code_idx")
    .on("evidence_codes")
    .columns(["workspace_id", "code_id"])
    .execute();
}

/**
 * What an evidence item supports: one row per kind of link ('appraisal': an appraisal and its
 * assumption; 'outcome': a framework and its outcome). Removing the appraisal or framework removes
 * that link only; the evidence item stays.
 */
async function supportsTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("evidence_supports")
    .addColumn("workspace_id", "integer", (c) => c.notNull())
    .addColumn("evidence_id", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('appraisal', 'outcome')`))
    .addColumn("appraisal_id", "text")
    .addColumn("assumption", "text")
    .addColumn("outcome_framework_id", "text")
    .addColumn("outcome", "text")
    .addPrimaryKeyConstraint("evidence_supports_pk", ["workspace_id", "evidence_id", "kind"])
    .addForeignKeyConstraint(
      "evidence_supports_evidence_fk",
      ["workspace_id", "evidence_id"],
      "evidence",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "evidence_supports_appraisal_fk",
      ["workspace_id", "appraisal_id"],
      "appraisals",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .addForeignKeyConstraint(
      "evidence_supports_framework_fk",
      ["workspace_id", "outcome_framework_id"],
      "outcome_frameworks",
      ["workspace_id", "id"],
      (c) => c.onDelete("cascade"),
    )
    .execute();
  for (const [index, column] of [
    ["evidence_supports_appraisal_idx", "appraisal_id"],
    ["evidence_supports_framework_idx", "outcome_framework_id"],
  ] as const)
    await db.schema
      .createIndex(index)
      .on("evidence_supports")
      .columns(["workspace_id", column])
      .where(sql.ref(column), "is not", null)
      .execute();
}

/**
 * Seeds the default codebook in every existing workspace and turns each item's theme strings into
 * codings (a data migration: afterwards the codings are the truth and `themes` is derived from them).
 */
async function seedAndConvert(db: Kysely<any>): Promise<void> {
  const workspaces = await db.selectFrom("workspaces").select("id").execute();
  for (const { id } of workspaces) {
    await db
      .insertInto("codebook_codes")
      .values(
        DEFAULT_CODEBOOK.map((c) => ({
          workspace_id: id,
          id: c.id,
          name: c.name,
          description: c.description,
          parent_id: c.parent,
          colour: c.colour,
        })),
      )
      .execute();
    const items = await db
      .selectFrom("evidence")
      .select(["id", "themes"])
      .where("workspace_id", "=", id)
      .execute();
    const rows = items.flatMap((e: { id: string; themes: string }) =>
      [...new Set(JSON.parse(e.themes) as string[])]
        .filter((t) => THEME_IDS.has(t))
        .map((t) => ({ workspace_id: id, evidence_id: e.id, code_id: t })),
    );
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto("evidence_codes")
        .values(rows.slice(i, i + 500))
        .execute();
  }
}

/** Codebook, codings and what evidence supports; existing workspaces get the default codebook. */
export async function up(db: Kysely<any>): Promise<void> {
  await codebookTable(db);
  await codingsTable(db);
  await supportsTable(db);
  await seedAndConvert(db);
}

/** Drops the codebook tables, codings first. */
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["evidence_supports", "evidence_codes", "codebook_codes"])
    await db.schema.dropTable(table).ifExists().execute();
}
