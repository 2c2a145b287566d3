import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import {
  type Form,
  type FormInput,
  formInputSchema,
  formQuestionSchema,
} from "../../shared/forms.ts";
import type { OutcomeFramework } from "../../shared/outcomes.ts";
import { type Problem, problemsOf } from "../../shared/problems.ts";
import type { Database } from "../../store/index.ts";
import { workspaceTouch } from "../../store/index.ts";
import {
  type FormQuestionRow,
  type FormRow,
  formClose as formCloseRow,
  formGet,
  formIds,
  formPut,
  formSubmissionCount,
} from "../../store/repositories/forms.ts";
import type { ServiceContext } from "../context.ts";
import { conflict, invalid, notFound } from "../errors.ts";
import { auditEntry } from "../people/audit.ts";
import { auditWrite } from "../people/audit-write.ts";
import { workspaceRequire } from "../workspaces.ts";
import { formQuestionsForget } from "./form-open.ts";
import { outcomeFrameworkIdParse, outcomeFrameworkRequire } from "./outcome-checks.ts";

type Db = Kysely<Database>;

/** Parses a form, naming each problem by JSON path. */
export function formParse(input: unknown): FormInput {
  const parsed = formInputSchema.safeParse(input);
  if (!parsed.success) throw invalid("The form is not valid", problemsOf(parsed.error, input));
  return parsed.data;
}

/** Questions whose indicator the framework does not have. */
function indicatorProblems(f: OutcomeFramework, form: FormInput): Problem[] {
  const known = new Set(f.outcomes.flatMap((o) => o.indicators.map((i) => i.id)));
  return form.questions.flatMap((q, i) =>
    q.indicator && !known.has(q.indicator)
      ? [
          {
            path: `$.questions[${i}].indicator`,
            message: `there is no indicator "${q.indicator}" in outcome framework '${f.id}'`,
          },
        ]
      : [],
  );
}

/** Builds the API's view of a stored form. */
export function formOf(form: FormRow, questions: FormQuestionRow[], submissions: number): Form {
  const doc = JSON.parse(form.document) as Pick<
    Form,
    "languages" | "title" | "intro" | "consent" | "easyRead"
  >;
  return {
    id: form.id,
    framework: form.framework_id,
    ...doc,
    questions: questions.map((q) => formQuestionSchema.parse(JSON.parse(q.definition))),
    status: form.status as Form["status"],
    submissions,
    createdAt: form.created_at,
    updatedAt: form.updated_at,
    closedAt: form.closed_at,
  };
}

/**
 * A form of the workspace, or a not-found error naming it. `counted: false` leaves its number of
 * submissions at 0: answering needs no count, and counting every answer on each one grows with them.
 */
export async function formRequire(
  db: Db,
  workspaceId: number,
  slug: string,
  id: string,
  counted = true,
) {
  const found = await formGet(db, workspaceId, id);
  if (!found) throw notFound(`There is no form '${id}' in workspace '${slug}'`);
  const count = counted ? await formSubmissionCount(db, workspaceId, id) : 0;
  return formOf(found.form, found.questions, count);
}

function rowsOf(ws: number, id: string, data: FormInput, now: string, createdBy: string | null) {
  const { framework, questions, ...texts } = data;
  const form: FormRow = {
    workspace_id: ws,
    id,
    framework_id: framework,
    title: data.title[data.languages[0]!]!,
    document: JSON.stringify(texts),
    status: "open",
    created_at: now,
    updated_at: now,
    created_by: createdBy,
    closed_at: null,
  };
  const rows: FormQuestionRow[] = questions.map((q, position) => ({
    workspace_id: ws,
    form_id: id,
    id: q.id,
    position,
    kind: q.kind,
    indicator_id: q.indicator,
    required: q.required ? 1 : 0,
    definition: JSON.stringify(q),
  }));
  return { form, rows };
}

const audited = (f: FormInput) => ({
  framework: f.framework,
  languages: f.languages,
  questions: f.questions.length,
  easyRead: f.easyRead,
});

/** Every form of a workspace. */
export async function formsList(ctx: ServiceContext, slug: string): Promise<Form[]> {
  const ws = await workspaceRequire(ctx, slug);
  const ids = await formIds(ctx.store.db, ws.id);
  return Promise.all(ids.map((id) => formRequire(ctx.store.db, ws.id, slug, id)));
}

/** One form. */
export async function formDetail(ctx: ServiceContext, slug: string, id: string): Promise<Form> {
  const ws = await workspaceRequire(ctx, slug);
  return formRequire(ctx.store.db, ws.id, slug, id);
}

/** Creates a form of an outcome framework; its questions' indicators must be the framework's. */
export async function formCreate(
  ctx: ServiceContext,
  slug: string,
  input: { id?: unknown } & Record<string, unknown>,
): Promise<Form> {
  const ws = await workspaceRequire(ctx, slug);
  const id =
    input.id === undefined ? `form-${randomUUID().slice(0, 8)}` : outcomeFrameworkIdParse(input.id);
  const { id: _, ...rest } = input;
  const data = formParse(rest);
  const now = ctx.now().toISOString();
  await ctx.store.db.transaction().execute(async (trx) => {
    if (await formGet(trx, ws.id, id))
      throw conflict(`A form with id '${id}' already exists`, [
        { path: "$.id", message: `"${id}" is already used` },
      ]);
    const f = await outcomeFrameworkRequire(trx, ws.id, slug, data.framework);
    const problems = indicatorProblems(f, data);
    if (problems.length) throw invalid("The form's questions name unknown indicators", problems);
    const { form, rows } = rowsOf(ws.id, id, data, now, ctx.actor().userId ?? null);
    await formPut(trx, form, rows);
    await workspaceTouch(trx, ws.id);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "create", "forms", id, undefined, audited(data)),
    );
  });
  formQuestionsForget(ctx, ws.id, id);
  return formDetail(ctx, slug, id);
}

/** Problems with changing a form that has answers: its questions must keep their ids, kinds and indicators. */
function answeredChangeProblems(before: Form, after: FormInput): Problem[] {
  return before.questions.flatMap((q) => {
    const now = after.questions.find((n) => n.id === q.id);
    if (now && now.kind === q.kind && now.indicator === q.indicator) return [];
    return [
      {
        path: "$.questions",
        message: `question "${q.id}" has answers: keep it with the same kind and indicator (make a new form to ask differently)`,
      },
    ];
  });
}

/** Replaces a form's texts and questions; once answered, questions may be added or reworded only. */
export async function formUpdate(
  ctx: ServiceContext,
  slug: string,
  id: string,
  input: unknown,
): Promise<Form> {
  const ws = await workspaceRequire(ctx, slug);
  const { id: _, ...rest } = (input ?? {}) as Record<string, unknown>;
  const data = formParse(rest);
  await ctx.store.db.transaction().execute(async (trx) => {
    const before = await formRequire(trx, ws.id, slug, id);
    const f = await outcomeFrameworkRequire(trx, ws.id, slug, data.framework);
    const problems = [
      ...indicatorProblems(f, data),
      ...(before.submissions > 0 ? answeredChangeProblems(before, data) : []),
    ];
    if (before.submissions > 0 && data.framework !== before.framework)
      problems.push({ path: "$.framework", message: "a form with answers keeps its framework" });
    if (problems.length) throw invalid("The form cannot be changed so", problems);
    const now = ctx.now().toISOString();
    const { form, rows } = rowsOf(ws.id, id, data, now, null);
    form.status = before.status;
    form.closed_at = before.closedAt;
    await formPut(trx, form, rows);
    await workspaceTouch(trx, ws.id);
    await auditWrite(
      ctx,
      trx,
      auditEntry(ctx, ws.id, "update", "forms", id, undefined, audited(data)),
    );
  });
  formQuestionsForget(ctx, ws.id, id);
  return formDetail(ctx, slug, id);
}

/** Closes a form: its links stop taking answers; answers already given stay. */
export async function formClose(ctx: ServiceContext, slug: string, id: string): Promise<Form> {
  const ws = await workspaceRequire(ctx, slug);
  await ctx.store.db.transaction().execute(async (trx) => {
    await formRequire(trx, ws.id, slug, id);
    if (!(await formCloseRow(trx, ws.id, id, ctx.now().toISOString())))
      throw conflict(`Form '${id}' is already closed`);
    await workspaceTouch(trx, ws.id);
    await auditWrite(ctx, trx, auditEntry(ctx, ws.id, "close", "forms", id));
  });
  return formDetail(ctx, slug, id);
}
