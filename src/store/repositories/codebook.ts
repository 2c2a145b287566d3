import type { Kysely } from "kysely";
import type { Code } from "../../shared/codebook.ts";
import { DEFAULT_CODEBOOK } from "../../shared/codebook-default.ts";
import type { CodebookCodeTable, Database } from "../schema.ts";

type Db = Kysely<Database>;

const codeOf = (r: CodebookCodeTable): Code => ({
  id: r.id,
  name: r.name,
  description: r.description,
  parent: r.parent_id,
  colour: r.colour,
});

const rowOf = (workspaceId: number, c: Code): CodebookCodeTable => ({
  workspace_id: workspaceId,
  id: c.id,
  name: c.name,
  description: c.description,
  parent_id: c.parent,
  colour: c.colour,
});

/** Every code of a workspace, in stored order by id (the service orders the tree). */
export async function codebookAll(db: Db, workspaceId: number): Promise<Code[]> {
  const rows = await db
    .selectFrom("codebook_codes")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .orderBy("id")
    .execute();
  return rows.map(codeOf);
}

/** Adds codes; parents must come before their children (the foreign key checks each row). */
export async function codesInsert(db: Db, workspaceId: number, codes: Code[]): Promise<void> {
  for (let i = 0; i < codes.length; i += 500)
    await db
      .insertInto("codebook_codes")
      .values(codes.slice(i, i + 500).map((c) => rowOf(workspaceId, c)))
      .execute();
}

/** Replaces one code's name, description, parent and colour. */
export async function codeUpdate(db: Db, workspaceId: number, code: Code): Promise<void> {
  const { workspace_id: _w, id: _i, ...set } = rowOf(workspaceId, code);
  await db
    .updateTable("codebook_codes")
    .set(set)
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", code.id)
    .execute();
}

/** Deletes one code; returns whether it existed. */
export async function codeDelete(db: Db, workspaceId: number, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("codebook_codes")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** How many evidence items are coded with each code (codes with none are absent). */
export async function codeUses(db: Db, workspaceId: number): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("evidence_codes")
    .select(["code_id", (eb) => eb.fn.countAll<string | number>().as("n")])
    .where("workspace_id", "=", workspaceId)
    .groupBy("code_id")
    .execute();
  return new Map(rows.map((r) => [r.code_id, Number(r.n)]));
}

/** Gives a new workspace the default codebook. */
export async function codebookSeedDefault(db: Db, workspaceId: number): Promise<void> {
  await codesInsert(
    db,
    workspaceId,
    DEFAULT_CODEBOOK.map((c) => ({ ...c })),
  );
}
