import type { Form, FormLinkKind } from "../../shared/forms.ts";
import { formLinkOpenRow } from "../../store/repositories/form-speed.ts";
import type { FormQuestionRow } from "../../store/repositories/forms.ts";
import {
  type RespondentLinkRow,
  respondentLinkByHash,
} from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import type { Actor } from "../people/actor.ts";
import { LINK_REFUSALS, respondentLinkState } from "../people/respondent-links.ts";
import { secretHash } from "../people/tokens.ts";
import { OUTCOME_FORM } from "./form-links.ts";
import { formOf } from "./forms.ts";

/** Why a form link cannot take an answer now, in words for the person who opened it. */
export type FormRefusal = {
  ok: false;
  reason: "unknown" | "revoked" | "expired" | "used" | "closed" | "busy";
  message: string;
};

/** An open form link: the link, how it is used, the form and who answers. */
export interface FormOpening {
  ok: true;
  link: RespondentLinkRow;
  kind: FormLinkKind;
  phase: string | null;
  maxPerMinute: number;
  form: Form;
  workspaceName: string;
  actor: Actor;
  /** The client submission id looked up while opening, and the code stored under it (or null). */
  stored?: { clientId: string; code: string | null };
  /** The link's answers in the given minute when it was opened (a cheap early refusal). */
  minute: { window: string | null; count: number };
}

/** The refusal of an answer over the link's limit for the minute, naming the limit. */
export function busyRefusal(maxPerMinute: number): FormRefusal {
  return {
    ok: false,
    reason: "busy",
    message: `This link takes at most ${maxPerMinute} answers a minute and has had them this minute. Wait a minute and send again.`,
  };
}

/** Whether a link's secret opens an outcome form (so the answering pages hand it here). */
export async function isOutcomeFormLink(ctx: ServiceContext, secret: string): Promise<boolean> {
  if (secret.length === 0 || secret.length > 200) return false;
  const row = await respondentLinkByHash(ctx.store.db, secretHash(secret));
  return row?.form === OUTCOME_FORM;
}

/**
 * Each store's forms' questions as last read, by workspace and form, with the form's `updated_at`
 * then: every answer opens its form, and a form's questions change only with its `updated_at`
 * (and `formUpdate` forgets its entry, for changes within one millisecond).
 */
const QUESTIONS = new WeakMap<object, Map<string, { at: string; rows: FormQuestionRow[] }>>();

/** Forgets a form's cached questions (after its change is committed). */
export function formQuestionsForget(ctx: ServiceContext, ws: number, formId: string): void {
  QUESTIONS.get(ctx.store.db)?.delete(`${ws}\u0000${formId}`);
}

/** A form's questions in order, from the cache while the form's `updated_at` is unchanged. */
async function questionsOf(ctx: ServiceContext, ws: number, formId: string, at: string) {
  const cache = QUESTIONS.get(ctx.store.db) ?? new Map();
  QUESTIONS.set(ctx.store.db, cache);
  const key = `${ws}\u0000${formId}`;
  const hit = cache.get(key);
  if (hit?.at === at) return hit.rows;
  const rows = (await ctx.store.db
    .selectFrom("form_questions")
    .selectAll()
    .where("workspace_id", "=", ws)
    .where("form_id", "=", formId)
    .orderBy("position")
    .execute()) as FormQuestionRow[];
  if (cache.size > 1000) cache.clear();
  cache.set(key, { at, rows });
  return rows;
}

/**
 * Opens a form link for answering: the form, or why the link cannot be used. The link, its form
 * side, the workspace and the form come in one statement, with the code already stored under
 * `clientId` when one is given (a resent answer), then the questions: every answer opens a link.
 */
export async function outcomeFormOpen(
  ctx: ServiceContext,
  secret: string,
  clientId: string | null = null,
): Promise<FormOpening | FormRefusal> {
  const row =
    secret.length > 0 && secret.length <= 200
      ? await formLinkOpenRow(ctx.store.db, secretHash(secret), clientId)
      : null;
  if (!row || row.form !== OUTCOME_FORM)
    return { ok: false, reason: "unknown", message: LINK_REFUSALS.unknown };
  const { link, formRow, rest } = partsOf(row);
  const state = respondentLinkState(link, ctx.now().toISOString());
  if (state !== "active") return { ok: false, reason: state, message: LINK_REFUSALS[state] };
  if (formRow.status === "closed")
    return { ok: false, reason: "closed", message: "This form has been closed. Thank you." };
  const questions = await questionsOf(ctx, link.workspace_id, formRow.id, formRow.updated_at);
  return {
    ok: true,
    link,
    kind: rest.kind as FormLinkKind,
    phase: rest.phase,
    maxPerMinute: rest.max_per_minute,
    // Uncounted: the answering page never shows how many answered, and the count grows with them.
    form: formOf(formRow, questions, 0),
    workspaceName: rest.ws_name,
    actor: {
      kind: "respondent",
      userId: null,
      email: null,
      linkId: link.id,
      workspaceId: link.workspace_id,
    },
    ...(clientId ? { stored: { clientId, code: rest.stored_code } } : {}),
    minute: { window: rest.rate_window ?? null, count: Number(rest.rate_count ?? 0) },
  };
}

type OpenRow = NonNullable<Awaited<ReturnType<typeof formLinkOpenRow>>>;

/** The opening statement's row split into the link, the form's row and the link's form side. */
function partsOf(row: OpenRow) {
  const { form_id, kind, phase, max_per_minute, ws_name, stored_code, ...a } = row;
  const { framework_id, title, document, status, f_created_at, f_updated_at, ...b } = a;
  const { f_created_by, f_closed_at, rate_window, rate_count, ...link } = b;
  const formRow = {
    workspace_id: link.workspace_id,
    id: form_id,
    framework_id,
    title,
    document,
    status,
    created_at: f_created_at,
    updated_at: f_updated_at,
    created_by: f_created_by,
    closed_at: f_closed_at,
  };
  const rest = { kind, phase, max_per_minute, ws_name, stored_code, rate_window, rate_count };
  return { link, formRow, rest };
}
