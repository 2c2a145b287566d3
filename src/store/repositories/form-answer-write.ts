import { type Insertable, type Kysely, sql } from "kysely";
import type {
  AuditLogTable,
  Database,
  FormAnswerTable,
  FormRespondentTable,
  FormSubmissionTable,
  FormTallyTable,
  OutcomeMeasureTable,
} from "../schema.ts";

type Db = Kysely<Database>;

/** Everything one answer writes, as rows. */
export interface AnswerRows {
  submission: FormSubmissionTable;
  answers: FormAnswerTable[];
  measures: Insertable<OutcomeMeasureTable>[];
  audit: Insertable<AuditLogTable>[];
  /** In one order for every writer (see `formTalliesAdd`). */
  tallies: FormTallyTable[];
  /** The respondent's code once per group (`respondentRowsOf`). */
  people: FormRespondentTable[];
}

/** What the statement did: whether the link's minute had room, and whether the link was open. */
export interface AnswerWritten {
  minuteFull: boolean;
  stored: boolean;
}

/** `insert into T (cols) select cols from json_populate_recordset(null::T, $json) where …`. */
function insertFrom(table: string, rows: object[], when: string) {
  const cols = Object.keys(rows[0]!);
  const list = sql.join(cols.map((c) => sql.ref(c)));
  return sql`insert into ${sql.table(table)} (${list})
    select ${list} from json_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(rows)})
    where ${sql.raw(when)}`;
}

/**
 * Stores one answer on PostgreSQL in a single statement (so atomic without a transaction, and
 * the rows every answer shares are locked only while it runs, not across round trips): counts
 * the link's minute only while it has room (re-checked on the latest row when answers race),
 * then the link's use only while it is open, and only then the submission, its answers, measures,
 * audit entry and tallies, and the workspace's revision. Rows are locked in one order by every
 * answer (the link's minute, the link, tallies, groups' people, the workspace), as the erasure
 * also takes tallies and people before the workspace. A second copy of a submission fails on its unique client id as a whole.
 * A refused answer may leave its minute counted on a link that can no longer take answers.
 */
export async function answerWriteAtOnce(
  db: Db,
  r: AnswerRows,
  p: { minute: string; now: string },
): Promise<AnswerWritten> {
  const result = await sql<{
    minute: number;
    used: number;
    ws: number;
  }>`with ${sql.join(ctesOf(r, p))}
    select (select count(*) from minute) as minute, (select count(*) from used) as used,
      (select count(*) from tal) as tal, (select count(*) from ppl) as ppl,
      (select count(*) from ws) as ws`.execute(db);
  const row = result.rows[0]!;
  return { minuteFull: Number(row.minute) === 0, stored: Number(row.ws) === 1 };
}

/** The statement's parts, in the order the final select runs them (which is the lock order). */
function ctesOf(r: AnswerRows, p: { minute: string; now: string }) {
  const link = r.submission.link_id!;
  const ws = r.submission.workspace_id;
  const parts = [
    sql`minute as (update form_links set
      rate_count = case when rate_window = ${p.minute} then rate_count + 1 else 1 end,
      rate_window = ${p.minute}
      where link_id = ${link}
        and (rate_window is distinct from ${p.minute} or rate_count < max_per_minute)
      returning link_id)`,
    sql`used as (update respondent_links set uses = uses + 1
      where id in (select link_id from minute) and revoked_at is null
        and (expires_at is null or expires_at > ${p.now}) and (single_use = 0 or uses = 0)
      returning id)`,
    sql`sub as (${insertFrom("form_submissions", [r.submission], "exists (select 1 from used)")}
      returning id)`,
    sql`tal as (${insertFrom("form_tallies", r.tallies, "exists (select 1 from sub)")}
      on conflict (workspace_id, form_id, question_id, value, phase, researcher, language,
        link_kind) do update set n = form_tallies.n + excluded.n
      returning 1)`,
    sql`res as (${insertFrom("form_respondents", r.people, "exists (select 1 from sub)")}
      on conflict (workspace_id, form_id, dim, key, respondent_code)
        do update set n = form_respondents.n + excluded.n
      returning dim, key, n)`,
    sql`ppl as (insert into form_group_people (workspace_id, form_id, dim, key, people)
      select ${ws}, ${r.submission.form_id}, dim, key, 1 from res where n = 1 order by dim, key
      on conflict (workspace_id, form_id, dim, key)
        do update set people = form_group_people.people + 1
      returning 1)`,
    sql`ws as (update workspaces set revision = revision + 1
      where id = ${ws} and exists (select 1 from sub) returning id)`,
  ];
  if (r.answers.length)
    parts.push(
      sql`ans as (${insertFrom("form_answers", r.answers, "exists (select 1 from sub)")})`,
    );
  if (r.measures.length)
    parts.push(
      sql`mea as (${insertFrom("outcome_measures", r.measures, "exists (select 1 from sub)")})`,
    );
  if (r.audit.length)
    parts.push(sql`aud as (${insertFrom("audit_log", r.audit, "exists (select 1 from sub)")})`);
  return parts;
}
