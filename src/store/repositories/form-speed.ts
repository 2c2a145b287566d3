import { type Kysely, sql } from "kysely";
import type { Database, FormTallyTable } from "../schema.ts";
import { formPeopleRebuild } from "./form-people.ts";

type Db = Kysely<Database>;

/**
 * A respondent link opened for answering in one statement: the link, its form side, the
 * workspace's name and slug, the form's row, and (given a client submission id) the code stored
 * under that id already. Null when no link has this hash or it is not a form's.
 */
export async function formLinkOpenRow(db: Db, hash: string, clientId: string | null) {
  const stored = sql<string | null>`(select s.respondent_code from form_submissions s
    where s.workspace_id = l.workspace_id and s.form_id = l.target_id
    and s.client_id = ${clientId ?? ""})`;
  const row = await db
    .selectFrom("respondent_links as l")
    .innerJoin("form_links as fl", "fl.link_id", "l.id")
    .innerJoin("workspaces as w", "w.id", "l.workspace_id")
    .innerJoin("forms as f", (j) =>
      j.onRef("f.workspace_id", "=", "l.workspace_id").onRef("f.id", "=", "fl.form_id"),
    )
    .selectAll("l")
    .select(["fl.form_id", "fl.kind", "fl.phase", "fl.max_per_minute", "fl.rate_window"])
    .select(["fl.rate_count", "w.name as ws_name"])
    .select([
      "f.framework_id",
      "f.title",
      "f.document",
      "f.status",
      "f.created_at as f_created_at",
      "f.updated_at as f_updated_at",
      "f.created_by as f_created_by",
      "f.closed_at as f_closed_at",
      (clientId ? stored : sql<string | null>`null`).as("stored_code"),
    ])
    .where("l.token_hash", "=", hash)
    .executeTakeFirst();
  return row ? { ...row, uses: Number(row.uses) } : null;
}

/** What an answer's last statements did: the link's use counted, the answers of its minute. */
export interface AnswerCounted {
  linkUsed: boolean;
  /** The answers of the link's current minute, this one included (0 when the link was not used). */
  minuteCount: number;
}

/** One answer's contribution to its form's tallies. */
export type TallyRow = FormTallyTable;

/**
 * Rows with one key merged (one statement may update a row only once on PostgreSQL), in one
 * order for every writer, so two transactions lock shared tally rows alike (no deadlock).
 */
export function talliesMerged(rows: TallyRow[]): TallyRow[] {
  const merged = new Map<string, TallyRow>();
  for (const r of rows) {
    const key = [r.question_id, r.value, r.phase, r.researcher, r.language, r.link_kind].join(
      "\u0000",
    );
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, n: seen.n + r.n } : r);
  }
  return [...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => r);
}

/** Adds `n` (negative on erasure) to each row's tally, creating missing ones; drops empty ones. */
export async function formTalliesAdd(db: Db, rows: TallyRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto("form_tallies")
    .values(talliesMerged(rows))
    .onConflict((oc) =>
      oc
        .columns([
          "workspace_id",
          "form_id",
          "question_id",
          "value",
          "phase",
          "researcher",
          "language",
          "link_kind",
        ])
        .doUpdateSet((eb) => ({ n: eb("form_tallies.n", "+", eb.ref("excluded.n")) })),
    )
    .execute();
  if (rows.some((r) => r.n < 0))
    await db
      .deleteFrom("form_tallies")
      .where("workspace_id", "=", rows[0]!.workspace_id)
      .where("form_id", "=", rows[0]!.form_id)
      .where("n", "<=", 0)
      .execute();
}

/**
 * The last statements of an answer's transaction on SQLite (PostgreSQL: `answerWriteAtOnce`), on
 * the rows every answer through the link shares: counts the link's use (only if it is still open:
 * not revoked, not expired, not a used single-use link), bumps the count of the link's current
 * minute (starting again at 1 in a new minute), and the workspace's revision.
 */
export async function answerCounted(
  db: Db,
  p: { linkId: string; workspaceId: number; now: string; minute: string },
): Promise<AnswerCounted> {
  const used = await db
    .updateTable("respondent_links")
    .set((eb) => ({ uses: eb("uses", "+", 1) }))
    .where("id", "=", p.linkId)
    .where("revoked_at", "is", null)
    .where((eb) => eb.or([eb("expires_at", "is", null), eb("expires_at", ">", p.now)]))
    .where((eb) => eb.or([eb("single_use", "=", 0), eb("uses", "=", 0)]))
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return { linkUsed: false, minuteCount: 0 };
  const minute = await db
    .updateTable("form_links")
    .set({
      rate_count: sql`case when rate_window = ${p.minute} then rate_count + 1 else 1 end`,
      rate_window: p.minute,
    })
    .where("link_id", "=", p.linkId)
    .returning("rate_count")
    .executeTakeFirstOrThrow();
  await db
    .updateTable("workspaces")
    .set((eb) => ({ revision: eb("revision", "+", 1) }))
    .where("id", "=", p.workspaceId)
    .execute();
  return { linkUsed: true, minuteCount: Number(minute.rate_count) };
}

/**
 * Recounts one form's tallies from its stored answers (and one row per submission under the
 * question '', which tells whether the tallies are complete) and its groups' respondents
 * (`form-people.ts`): for answers stored other than by
 * answering (the demo's, older ones, direct inserts), and so results are right whatever happened.
 */
export async function formTalliesRebuild(db: Db, ws: number, formId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("form_tallies")
      .where("workspace_id", "=", ws)
      .where("form_id", "=", formId)
      .execute();
    await sql`insert into form_tallies
      (workspace_id, form_id, question_id, value, phase, researcher, language, link_kind, n)
      select s.workspace_id, s.form_id, a.question_id,
        case when q.kind in ('scale', 'number', 'single_choice', 'multiple_choice')
          then a.value else '' end,
        coalesce(s.phase, ''), coalesce(s.researcher, ''), s.language, s.link_kind, count(*)
      from form_answers a
      join form_submissions s on s.id = a.submission_id
      left join form_questions q
        on q.workspace_id = s.workspace_id and q.form_id = s.form_id and q.id = a.question_id
      where s.workspace_id = ${ws} and s.form_id = ${formId}
      group by s.workspace_id, s.form_id, a.question_id, 4, 5, 6, s.language, s.link_kind
      union all
      select workspace_id, form_id, '', '', coalesce(phase, ''), coalesce(researcher, ''),
        language, link_kind, count(*)
      from form_submissions where workspace_id = ${ws} and form_id = ${formId}
      group by workspace_id, form_id, 5, 6, language, link_kind`.execute(trx);
    await formPeopleRebuild(trx, ws, formId);
  });
}
