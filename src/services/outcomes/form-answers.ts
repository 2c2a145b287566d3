import { randomInt } from "node:crypto";
import type { Problem } from "../../shared/problems.ts";
import { submissionByClientId } from "../../store/repositories/forms.ts";
import { respondentLinkByHash } from "../../store/repositories/respondent-links.ts";
import type { ServiceContext } from "../context.ts";
import { secretHash } from "../people/tokens.ts";
import { answerStore } from "./form-answer-store.ts";
import { type AnswerValues, formAnswersCheck } from "./form-check.ts";
import { OUTCOME_FORM } from "./form-links.ts";
import { busyRefusal, type FormOpening, type FormRefusal, outcomeFormOpen } from "./form-open.ts";

export type { FormOpening, FormRefusal } from "./form-open.ts";
export { busyRefusal, isOutcomeFormLink, outcomeFormOpen } from "./form-open.ts";

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
async function alreadyStored(ctx: ServiceContext, secret: string, clientId: string | null) {
  if (!clientId || secret.length === 0 || secret.length > 200) return null;
  const row = await respondentLinkByHash(ctx.store.db, secretHash(secret));
  if (!row || row.form !== OUTCOME_FORM) return null;
  return submissionByClientId(ctx.store.db, row.workspace_id, row.target_id, clientId);
}

/** The answer's opening, with the code already stored under its client id looked up. */
async function openingOf(ctx: ServiceContext, secret: string, id: string | null, m: AnswerMeta) {
  const opened = m.opened;
  if (!opened?.ok) return outcomeFormOpen(ctx, secret, id);
  if (!id || opened.stored?.clientId === id) return opened;
  const row = await submissionByClientId(
    ctx.store.db,
    opened.link.workspace_id,
    opened.form.id,
    id,
  );
  return { ...opened, stored: { clientId: id, code: row?.respondent_code ?? null } };
}

/**
 * Records one person's answers to a form through a link, exactly once per client submission id:
 * a resent answer (the page lost the confirmation) is acknowledged, even on a used single-use
 * link, and stored no second time. Answers tied to indicators become measures, under the
 * respondent's pseudonymous code and the link's phase. The audit entry keeps no answer. The
 * link's limit of answers a minute is counted in the answer's own transaction (exact across
 * processes); a refusal of any kind first looks for the same submission stored already.
 */
export async function outcomeFormAnswer(
  ctx: ServiceContext,
  secret: string,
  values: AnswerValues,
  meta: AnswerMeta = {},
): Promise<FormAnswerResult> {
  const raw = typeof values.submission_id === "string" ? values.submission_id : "";
  const clientId = CLIENT_ID.test(raw) ? raw : null;
  const opening = await openingOf(ctx, secret, clientId, meta);
  if (opening.ok && opening.stored?.code)
    return { ok: true, respondentCode: opening.stored.code, duplicate: true };
  let result: FormAnswerResult;
  try {
    result = await answerChecked(ctx, opening, values, meta, clientId);
  } catch (error) {
    // Two copies of one submission raced: the unique client id let one in; acknowledge the other.
    const stored = await alreadyStored(ctx, secret, clientId);
    if (stored) return { ok: true, respondentCode: stored.respondent_code, duplicate: true };
    throw error;
  }
  if (result.ok) return result;
  const stored = await alreadyStored(ctx, secret, clientId);
  return stored ? { ok: true, respondentCode: stored.respondent_code, duplicate: true } : result;
}

/** Checks and stores an answer through an opening (or passes the opening's refusal on). */
async function answerChecked(
  ctx: ServiceContext,
  opening: FormOpening | FormRefusal,
  values: AnswerValues,
  meta: AnswerMeta,
  clientId: string | null,
): Promise<FormAnswerResult> {
  if (!opening.ok) return opening;
  const minute = ctx.now().toISOString().slice(0, 16);
  // Early and cheap: the minute's count as the link was opened (the transaction counts exactly).
  if (opening.minute.window === minute && opening.minute.count >= opening.maxPerMinute)
    return busyRefusal(opening.maxPerMinute);
  const lang = opening.form.languages.includes(meta.lang ?? "")
    ? meta.lang!
    : opening.form.languages[0]!;
  const checked = formAnswersCheck(opening.form, values, lang);
  if (!checked.ok) return checked;
  const code = checked.respondentCode ?? respondentCodeNew();
  return answerStore(ctx, opening, {
    ...checked,
    code,
    lang,
    easy: meta.easyRead === true,
    clientId,
  });
}
