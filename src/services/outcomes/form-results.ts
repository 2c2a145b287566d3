import type { Kysely } from "kysely";
import {
  FORM_RESULT_GROUPS,
  type Form,
  type FormLinkKind,
  type FormResults,
  type FormSubmission,
  GROUP_MIN,
} from "../../shared/forms.ts";
import { type Database, workspaceTouch } from "../../store/index.ts";
import { formPeopleErase } from "../../store/repositories/form-people.ts";
import { formTalliesAdd } from "../../store/repositories/form-speed.ts";
import { submissionsErase, submissionsOf } from "../../store/repositories/forms.ts";
import type { ServiceContext } from "../context.ts";
import { invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { type Checked, talliesOf } from "./form-answer-store.ts";
import { questionResult } from "./form-results-figures.ts";
import {
  formTallies,
  formTallyOfGroups,
  GROUP_COLUMNS,
  type GroupTally,
} from "./form-results-query.ts";
import { formRequire } from "./forms.ts";

type Db = Kysely<Database>;

/** A way to group results, or none. */
export type ResultGroup = (typeof FORM_RESULT_GROUPS)[number];

function groupResult(form: Form, group: string, tally: GroupTally | undefined) {
  const lang = form.languages[0]!;
  if (!tally || tally.respondents < GROUP_MIN)
    return { group, withheld: true, respondents: null, questions: [] };
  return {
    group,
    withheld: false,
    respondents: tally.respondents,
    questions: form.questions.map((q) => questionResult(q, tally, lang)),
  };
}

const labelOf: Record<ResultGroup, (key: string | null) => string> = {
  researcher: (k) => k ?? "Answered without a researcher",
  phase: (k) => k ?? "No phase",
  language: (k) => k ?? "",
  link: (k) => k ?? "",
};

/**
 * A form's results from the database's counts: each question's count, mean and choice counts for
 * all respondents and per group, withholding any group of fewer than three respondents (and a
 * question's figures when fewer than three answered it). Free text and dates are never aggregated.
 */
export function formResultsOf(
  form: Form,
  overall: GroupTally | undefined,
  groups: GroupTally[],
  by: ResultGroup | null,
): FormResults {
  const labelled = by ? groups.map((t) => [labelOf[by](t.key), t] as const) : [];
  return {
    form: form.id,
    minGroup: GROUP_MIN,
    overall: groupResult(form, "All respondents", overall),
    by,
    groups: labelled
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, tally]) => groupResult(form, group, tally)),
    assumptions: [
      `Groups of fewer than ${GROUP_MIN} respondents are withheld, and so are a question's figures when fewer than ${GROUP_MIN} answered it.`,
      "Respondents are counted by their pseudonymous answer codes: one person answering twice under one code counts once.",
      "Means are of the numbers given (scales, numbers, and the scores of single choices); free text and dates are not summarised here.",
    ],
  };
}

async function submissionsView(
  ctx: ServiceContext,
  wsId: number,
  formId: string,
): Promise<FormSubmission[]> {
  const rows = await submissionsOf(ctx.store.db, wsId, formId);
  return rows.map((r) => ({
    id: r.id,
    respondentCode: r.respondent_code,
    linkKind: r.link_kind as FormLinkKind,
    researcher: r.researcher,
    phase: r.phase,
    language: r.language,
    easyRead: r.easy_read === 1,
    createdAt: r.created_at,
    answers: r.answers as FormSubmission["answers"],
  }));
}

/** A form's results, optionally grouped by researcher, phase, language or link kind. */
export async function formResults(
  ctx: ServiceContext,
  slug: string,
  formId: string,
  by: string | null = null,
): Promise<FormResults> {
  if (by !== null && !(FORM_RESULT_GROUPS as readonly string[]).includes(by))
    throw invalid("Results cannot be grouped so", [
      { path: "by", message: `must be one of ${FORM_RESULT_GROUPS.join(", ")}` },
    ]);
  const ws = await workspaceRequire(ctx, slug);
  const form = await formRequire(ctx.store.db, ws.id, slug, formId, false);
  const group = by as ResultGroup | null;
  const db = ctx.store.db;
  // Grouped, the whole form's figures add up from the groups': the answers are read once.
  const groups = await formTallies(
    db,
    ws.id,
    formId,
    form.questions,
    group && GROUP_COLUMNS[group],
  );
  const overall = group ? await formTallyOfGroups(db, ws.id, formId, groups) : groups[0];
  return formResultsOf(form, overall, group ? groups : [], group);
}

/** Every submission of a form with its answers (owners only: the route decides). */
export async function formSubmissionsList(ctx: ServiceContext, slug: string, formId: string) {
  const ws = await workspaceRequire(ctx, slug);
  await formRequire(ctx.store.db, ws.id, slug, formId);
  return submissionsView(ctx, ws.id, formId);
}

/** What one respondent's submissions added to the form's tallies, negated (to take it back). */
async function erasedTallies(db: Db, form: Form, ws: number, code: string) {
  const rows = await db
    .selectFrom("form_submissions as s")
    .leftJoin("form_answers as a", "a.submission_id", "s.id")
    .selectAll("s")
    .select(["a.question_id", "a.value"])
    .where("s.workspace_id", "=", ws)
    .where("s.form_id", "=", form.id)
    .where("s.respondent_code", "=", code)
    .execute();
  const subs = new Map<string, { row: (typeof rows)[number]; answers: Checked["answers"] }>();
  for (const r of rows) {
    const sub = subs.get(r.id) ?? { row: r, answers: [] };
    if (r.question_id !== null && r.value !== null)
      sub.answers.push({ question: r.question_id, value: JSON.parse(r.value) });
    subs.set(r.id, sub);
  }
  return [...subs.values()].flatMap((sub) => talliesOf(form, sub.row, sub.answers, -1));
}

/**
 * Erases one respondent's answers to a form, on their request, with the measures made from them.
 * The audit log records that answers were erased and how many, never the code or the answers.
 */
export async function formRespondentErase(
  ctx: ServiceContext,
  slug: string,
  formId: string,
  respondentCode: string,
): Promise<{ erased: number }> {
  const ws = await workspaceRequire(ctx, slug);
  return ctx.store.db.transaction().execute(async (trx) => {
    const form = await formRequire(trx, ws.id, slug, formId, false);
    const tallies = await erasedTallies(trx, form, ws.id, respondentCode);
    const erased = await submissionsErase(trx, ws.id, formId, respondentCode);
    if (erased === 0)
      throw notFound(`Form '${formId}' has no answers under the code '${respondentCode}'`);
    await formTalliesAdd(trx, tallies);
    await formPeopleErase(trx, ws.id, formId, respondentCode);
    await workspaceTouch(trx, ws.id);
    const entry = auditEntry(
      ctx,
      ws.id,
      "erase",
      "form_submissions",
      formId,
      undefined,
      undefined,
      {
        counts: { submissions: erased },
      },
    );
    await auditWrite(ctx, trx, entry);
    return { erased };
  });
}
