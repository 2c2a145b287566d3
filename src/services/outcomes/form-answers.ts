import { randomInt } from "node:crypto";
import type { Form, FormLinkKind } from "../../shared/forms.ts";
import type { Problem } from "../../shared/problems.ts";
import { workspaceById } from "../../store/index.ts";
import {
  formLinkGet,
  linkSubmissionsSince,
  submissionByClientId,
} from "../../store/repositories/forms.ts";
import {
  type RespondentLinkRow,
  respondentLinkByHash,
} from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import type { Actor } from "../people/actor.ts";
import { respondentLinkOpen } from "../people/respondent-links.ts";
import { secretHash } from "../people/tokens.ts";
import { answerStore } from "./form-answer-store.ts";
import { type AnswerValues, formAnswersCheck } from "./form-check.ts";
import { OUTCOME_FORM } from "./form-links.ts";
import { formRequire } from "./forms.ts";

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
}

/** Whether a link's secret opens an outcome form (so the answering pages hand it here). */
export async function isOutcomeFormLink(ctx: ServiceContext, secret: string): Promise<boolean> {
  if (secret.length === 0 || secret.length > 200) return false;
  const row = await respondentLinkByHash(ctx.store.db, secretHash(secret));
  return row?.form === OUTCOME_FORM;
}

/** Opens a form link for answering: the form, or why the link cannot be used. */
export async function outcomeFormOpen(
  ctx: ServiceContext,
  secret: string,
): Promise<FormOpening | FormRefusal> {
  const opening = await respondentLinkOpen(ctx, secret);
  if (!opening.ok) return opening;
  const { link, actor } = opening;
  const formLink = await formLinkGet(ctx.store.db, link.id);
  if (!formLink) return { ok: false, reason: "unknown", message: "This link is not valid." };
  const ws = await workspaceById(ctx.store.db, link.workspace_id);
  // Uncounted: the answering page never shows how many answered, and the count grows with them.
  const form = await formRequire(
    ctx.store.db,
    link.workspace_id,
    ws?.slug ?? "",
    formLink.form_id,
    false,
  );
  if (form.status === "closed")
    return { ok: false, reason: "closed", message: "This form has been closed. Thank you." };
  return {
    ok: true,
    link,
    kind: formLink.kind as FormLinkKind,
    phase: formLink.phase,
    maxPerMinute: formLink.max_per_minute,
    form,
    workspaceName: ws?.name ?? "",
    actor,
  };
}

/** The outcome of answering: stored (or already stored under the same submission id), or not. */
export type FormAnswerResult =
  | { ok: true; respondentCode: string; duplicate: boolean }
  | { ok: false; problems: Problem[] }
  | FormRefusal;

// No 0/O or 1/I: a code read over the phone or written on paper must survive.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** A new pseudonymous respondent code such as R-7KQ4MZ. */
export function respondentCodeNew(): string {
  let code = "R-";
  for (let i = 0; i < 6; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

const CLIENT_ID = /^[A-Za-z0-9-]{8,100}$/;

/** The answer options the page was in: its language (one of the form's) and easy-read. */
export interface AnswerMeta {
  lang?: string;
  easyRead?: boolean;
  /** The link as the caller just opened it for this same request (saves opening it twice). */
  opened?: FormOpening;
}

/** A resent answer: the submission already stored under this client id, if any. */
async function alreadyStored(
  ctx: ServiceContext,
  secret: string,
  clientId: string | null,
  o?: FormOpening,
) {
  if (!clientId || secret.length === 0 || secret.length > 200) return null;
  const row = o?.link ?? (await respondentLinkByHash(ctx.store.db, secretHash(secret)));
  if (!row || row.form !== OUTCOME_FORM) return null;
  return submissionByClientId(ctx.store.db, row.workspace_id, row.target_id, clientId);
}

/**
 * Records one person's answers to a form through a link, exactly once per client submission id:
 * a resent answer (the page lost the confirmation) is acknowledged, even on a used single-use
 * link, and stored no second time. Answers tied to indicators become measures, under the
 * respondent's pseudonymous code and the link's phase. The audit entry keeps no answer.
 */
export async function outcomeFormAnswer(
  ctx: ServiceContext,
  secret: string,
  values: AnswerValues,
  meta: AnswerMeta = {},
): Promise<FormAnswerResult> {
  const raw = typeof values.submission_id === "string" ? values.submission_id : "";
  const clientId = CLIENT_ID.test(raw) ? raw : null;
  const before = await alreadyStored(ctx, secret, clientId, meta.opened);
  if (before) return { ok: true, respondentCode: before.respondent_code, duplicate: true };
  const opening = meta.opened ?? (await outcomeFormOpen(ctx, secret));
  if (!opening.ok) return opening;
  const since = new Date(ctx.now().getTime() - 60_000).toISOString();
  if ((await linkSubmissionsSince(ctx.store.db, opening.link.id, since)) >= opening.maxPerMinute)
    return {
      ok: false,
      reason: "busy",
      message: "This link has taken many answers in the last minute. Wait a minute and send again.",
    };
  const lang = opening.form.languages.includes(meta.lang ?? "")
    ? meta.lang!
    : opening.form.languages[0]!;
  const checked = formAnswersCheck(opening.form, values, lang);
  if (!checked.ok) return checked;
  const code = checked.respondentCode ?? respondentCodeNew();
  try {
    return await answerStore(ctx, opening, {
      ...checked,
      code,
      lang,
      easy: meta.easyRead === true,
      clientId,
    });
  } catch (error) {
    // Two copies of one submission raced: the unique client id let one in; acknowledge the other.
    const stored = await alreadyStored(ctx, secret, clientId);
    if (stored) return { ok: true, respondentCode: stored.respondent_code, duplicate: true };
    throw error;
  }
}
