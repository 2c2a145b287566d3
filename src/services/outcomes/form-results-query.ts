import { type Kysely, type RawBuilder, sql } from "kysely";
import type { FormQuestion } from "../../shared/forms.ts";
import { formGroupPeople } from "../../store/repositories/form-people.ts";
import { formTalliesRebuild } from "../../store/repositories/form-speed.ts";
import { formSubmissionCount } from "../../store/repositories/forms.ts";
import type { Database } from "../../store/schema.ts";

type Db = Kysely<Database>;

/** The submission column each way of grouping results reads. */
export const GROUP_COLUMNS = {
  researcher: "researcher",
  phase: "phase",
  language: "language",
  link: "link_kind",
} as const;

/** What the database counted for one group: its respondents, and per question its answers. */
export interface GroupTally {
  /** The group column's value (null: the submissions without one, or all when not grouped). */
  key: string | null;
  respondents: number;
  answered: Map<string, number>;
  /** Per aggregated question, each distinct stored answer (parsed) and how many gave it. */
  values: Map<string, [unknown, number][]>;
}

/** The kinds of question whose answers are summarised (free text and dates are only counted). */
export const SUMMARISED = new Set<FormQuestion["kind"]>([
  "scale",
  "number",
  "single_choice",
  "multiple_choice",
]);

/**
 * Counts a form's answers from its running tallies (`form_tallies`, kept by each answer's and
 * each erasure's transaction) rather than from the answers: per group (when `column` is given),
 * per question and per distinct answer of the questions that are summarised (free text and dates
 * are only counted), with each group's distinct respondents (`form_group_people`). Both are a few
 * hundred rows however many people answered (bench/forms-results.ts). Tallies that count fewer or
 * more submissions than are stored (answers stored other than by answering: the demo's, older
 * ones) are recounted once from the answers first.
 */
export async function formTallies(
  db: Db,
  ws: number,
  formId: string,
  questions: FormQuestion[],
  column: string | null,
): Promise<GroupTally[]> {
  const summed = questions.filter((q) => SUMMARISED.has(q.kind)).map((q) => q.id);
  const key: RawBuilder<string | null> = column ? sql`nullif(${sql.ref(column)}, '')` : sql`null`;
  const value: RawBuilder<string | null> = summed.length
    ? sql`case when question_id in (${sql.join(summed)}) and value <> '' then value else null end`
    : sql`null`;
  const query = db
    .selectFrom("form_tallies")
    .select([key.as("g"), "question_id as q", value.as("v"), sql<number>`sum(n)`.as("n")])
    .where("workspace_id", "=", ws)
    .where("form_id", "=", formId)
    .groupBy([sql`1`, "question_id", sql`3`]);
  const dim = column ?? "";
  const [rows, people, stored] = await Promise.all([
    query.execute(),
    formGroupPeople(db, ws, formId, dim),
    formSubmissionCount(db, ws, formId),
  ]);
  const tallied = rows.reduce((sum, r) => sum + (r.q === "" ? Number(r.n) : 0), 0);
  if (tallied === stored) return talliesOf(rows, people);
  await formTalliesRebuild(db, ws, formId);
  const [again, counted] = await Promise.all([
    query.execute(),
    formGroupPeople(db, ws, formId, dim),
  ]);
  return talliesOf(again, counted);
}

const empty = () => ({
  answered: new Map<string, number>(),
  values: new Map<string, [unknown, number][]>(),
});

function talliesOf(
  rows: { g: string | null; q: string; v: string | null; n: number }[],
  people: { g: string | null; n: number }[],
): GroupTally[] {
  const groups = new Map<string | null, GroupTally>();
  for (const p of people) groups.set(p.g, { key: p.g, respondents: p.n, ...empty() });
  for (const row of rows) {
    if (row.q === "") continue;
    const group = groups.get(row.g) ?? { key: row.g, respondents: 0, ...empty() };
    groups.set(row.g, group);
    const n = Number(row.n);
    group.answered.set(row.q, (group.answered.get(row.q) ?? 0) + n);
    if (row.v === null) continue;
    const list = group.values.get(row.q) ?? [];
    list.push([JSON.parse(row.v), n]);
    group.values.set(row.q, list);
  }
  return [...groups.values()];
}

/**
 * The whole form's tally from its groups' (each submission is in one group, so answers add up),
 * with the whole form's distinct respondents counted apart: one person can be in several groups.
 */
export async function formTallyOfGroups(
  db: Db,
  ws: number,
  formId: string,
  groups: GroupTally[],
): Promise<GroupTally> {
  const [people] = await formGroupPeople(db, ws, formId, "");
  const whole: GroupTally = { key: null, respondents: people?.n ?? 0, ...empty() };
  for (const group of groups) {
    for (const [q, n] of group.answered) whole.answered.set(q, (whole.answered.get(q) ?? 0) + n);
    for (const [q, list] of group.values)
      whole.values.set(q, [...(whole.values.get(q) ?? []), ...list]);
  }
  return whole;
}
