import { type Kysely, sql } from "kysely";
import type { Database, FormRespondentTable, FormSubmissionTable } from "../schema.ts";

type Db = Kysely<Database>;

/** The columns a form's results are grouped by, as `form_respondents.dim` names them. */
export const PEOPLE_DIMS = ["researcher", "phase", "language", "link_kind"] as const;

/** A submission's respondent code once per group it is in: the whole form ('') and each column. */
export function respondentRowsOf(s: FormSubmissionTable, n = 1): FormRespondentTable[] {
  const base = {
    workspace_id: s.workspace_id,
    form_id: s.form_id,
    respondent_code: s.respondent_code,
  };
  return [
    { ...base, dim: "", key: "", n },
    ...PEOPLE_DIMS.map((dim) => ({ ...base, dim, key: s[dim] ?? "", n })),
  ];
}

/**
 * Counts a submission's respondent in each of its groups (SQLite, inside the answer's
 * transaction; PostgreSQL does the same within `answerWriteAtOnce`): a code new to a group adds
 * one to the group's people.
 */
export async function formPeopleAdd(db: Db, rows: FormRespondentTable[]): Promise<void> {
  const counted = await db
    .insertInto("form_respondents")
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(["workspace_id", "form_id", "dim", "key", "respondent_code"])
        .doUpdateSet((eb) => ({ n: eb("form_respondents.n", "+", eb.ref("excluded.n")) })),
    )
    .returning(["dim", "key", "n"])
    .execute();
  const fresh = counted.filter((r) => Number(r.n) === 1);
  if (fresh.length === 0) return;
  const { workspace_id, form_id } = rows[0]!;
  await db
    .insertInto("form_group_people")
    .values(fresh.map((r) => ({ workspace_id, form_id, dim: r.dim, key: r.key, people: 1 })))
    .onConflict((oc) =>
      oc
        .columns(["workspace_id", "form_id", "dim", "key"])
        .doUpdateSet((eb) => ({ people: eb("form_group_people.people", "+", 1) })),
    )
    .execute();
}

/** Takes an erased respondent out of every group of a form (inside the erasure's transaction). */
export async function formPeopleErase(db: Db, ws: number, formId: string, code: string) {
  const gone = await db
    .deleteFrom("form_respondents")
    .where("workspace_id", "=", ws)
    .where("form_id", "=", formId)
    .where("respondent_code", "=", code)
    .returning(["dim", "key"])
    .execute();
  const groups = [...gone].sort((a, b) =>
    `${a.dim}\u0000${a.key}`.localeCompare(`${b.dim}\u0000${b.key}`),
  );
  for (const g of groups)
    await db
      .updateTable("form_group_people")
      .set((eb) => ({ people: eb("people", "-", 1) }))
      .where("workspace_id", "=", ws)
      .where("form_id", "=", formId)
      .where("dim", "=", g.dim)
      .where("key", "=", g.key)
      .execute();
  await db
    .deleteFrom("form_group_people")
    .where("workspace_id", "=", ws)
    .where("form_id", "=", formId)
    .where("people", "<=", 0)
    .execute();
}

/** Each group's distinct respondents for one grouping column ('' the whole form). */
export async function formGroupPeople(db: Db, ws: number, formId: string, dim: string) {
  const rows = await db
    .selectFrom("form_group_people")
    .select(["key", "people"])
    .where("workspace_id", "=", ws)
    .where("form_id", "=", formId)
    .where("dim", "=", dim)
    .execute();
  return rows.map((r) => ({ g: dim === "" || r.key === "" ? null : r.key, n: Number(r.people) }));
}

/** Recounts a form's groups' respondents from its submissions (inside `formTalliesRebuild`). */
export async function formPeopleRebuild(db: Db, ws: number, formId: string): Promise<void> {
  for (const table of ["form_group_people", "form_respondents"] as const)
    await db
      .deleteFrom(table)
      .where("workspace_id", "=", ws)
      .where("form_id", "=", formId)
      .execute();
  for (const dim of ["", ...PEOPLE_DIMS]) {
    const key = dim ? sql`coalesce(${sql.ref(dim)}, '')` : sql`''`;
    await sql`insert into form_respondents (workspace_id, form_id, dim, key, respondent_code, n)
      select workspace_id, form_id, ${dim}, ${key}, respondent_code, count(*)
      from form_submissions where workspace_id = ${ws} and form_id = ${formId}
      group by workspace_id, form_id, respondent_code${dim ? sql`, ${sql.ref(dim)}` : sql``}`.execute(
      db,
    );
  }
  await sql`insert into form_group_people (workspace_id, form_id, dim, key, people)
    select workspace_id, form_id, dim, key, count(*) from form_respondents
    where workspace_id = ${ws} and form_id = ${formId}
    group by workspace_id, form_id, dim, key`.execute(db);
}
