import {
  FORM_RESULT_GROUPS,
  type Form,
  type FormLinkKind,
  type FormQuestion,
  type FormResults,
  type FormSubmission,
  GROUP_MIN,
  type QuestionResult,
} from "../../shared/forms.ts";
import { workspaceTouch } from "../../store/index.ts";
import { submissionsErase, submissionsOf } from "../../store/repositories/forms.ts";
import type { ServiceContext } from "../context.ts";
import { invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { textIn } from "./form-check.ts";
import { formRequire } from "./forms.ts";

/** A way to group results, or none. */
export type ResultGroup = (typeof FORM_RESULT_GROUPS)[number];

function numbersOf(q: FormQuestion, values: unknown[]): number[] {
  if (q.kind === "scale" || q.kind === "number") return values.filter((v) => typeof v === "number");
  if (q.kind !== "single_choice") return [];
  const scores = new Map((q.options ?? []).map((o) => [o.value, o.score]));
  return values.map((v) => scores.get(String(v))).filter((s): s is number => s !== undefined);
}

function countsOf(q: FormQuestion, values: unknown[], lang: string): QuestionResult["counts"] {
  const chosen = values.flatMap((v) => (Array.isArray(v) ? v : [v])).map(String);
  const count = (value: string) => chosen.filter((c) => c === value).length;
  if (q.kind === "scale") {
    const out: QuestionResult["counts"] = [];
    for (let n = q.scale!.min; n <= q.scale!.max; n++)
      out.push({ value: String(n), label: String(n), count: count(String(n)) });
    return out;
  }
  return (q.options ?? []).map((o) => ({
    value: o.value,
    label: textIn(o.label, lang, lang),
    count: count(o.value),
  }));
}

/** One question's aggregate over some submissions; under three answers, only how many answered. */
function questionResult(q: FormQuestion, subs: FormSubmission[], lang: string): QuestionResult {
  const values = subs.map((s) => s.answers[q.id]).filter((v) => v !== undefined);
  const small = values.length < GROUP_MIN;
  const numbers = numbersOf(q, values);
  const aggregate = !small && q.kind !== "text" && q.kind !== "date";
  return {
    id: q.id,
    kind: q.kind,
    text: textIn(q.text, lang, lang),
    answered: values.length,
    mean: aggregate && numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null,
    counts: aggregate && q.kind !== "number" ? countsOf(q, values, lang) : [],
  };
}

function groupResult(form: Form, group: string, subs: FormSubmission[]) {
  const lang = form.languages[0]!;
  const people = new Set(subs.map((s) => s.respondentCode)).size;
  if (people < GROUP_MIN) return { group, withheld: true, respondents: null, questions: [] };
  return {
    group,
    withheld: false,
    respondents: people,
    questions: form.questions.map((q) => questionResult(q, subs, lang)),
  };
}

const keyOf: Record<ResultGroup, (s: FormSubmission) => string> = {
  researcher: (s) => s.researcher ?? "Answered without a researcher",
  phase: (s) => s.phase ?? "No phase",
  language: (s) => s.language,
  link: (s) => s.linkKind,
};

/**
 * A form's results from its submissions: each question's count, mean and choice counts for all
 * respondents and per group, withholding any group of fewer than three respondents (and a
 * question's figures when fewer than three answered it). Free text and dates are never aggregated.
 */
export function formResultsOf(
  form: Form,
  subs: FormSubmission[],
  by: ResultGroup | null,
): FormResults {
  const groups = new Map<string, FormSubmission[]>();
  if (by) for (const s of subs) groups.set(keyOf[by](s), [...(groups.get(keyOf[by](s)) ?? []), s]);
  return {
    form: form.id,
    minGroup: GROUP_MIN,
    overall: groupResult(form, "All respondents", subs),
    by,
    groups: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, items]) => groupResult(form, group, items)),
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
  const form = await formRequire(ctx.store.db, ws.id, slug, formId);
  return formResultsOf(form, await submissionsView(ctx, ws.id, formId), by as ResultGroup | null);
}

/** Every submission of a form with its answers (owners only: the route decides). */
export async function formSubmissionsList(ctx: ServiceContext, slug: string, formId: string) {
  const ws = await workspaceRequire(ctx, slug);
  await formRequire(ctx.store.db, ws.id, slug, formId);
  return submissionsView(ctx, ws.id, formId);
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
    await formRequire(trx, ws.id, slug, formId);
    const erased = await submissionsErase(trx, ws.id, formId, respondentCode);
    if (erased === 0)
      throw notFound(`Form '${formId}' has no answers under the code '${respondentCode}'`);
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
