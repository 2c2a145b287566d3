import type { FastifyRequest } from "fastify";
import type { ServiceContext } from "../../services/context.ts";
import {
  assessmentAnswerAdd,
  assessmentAnsweringOpen,
} from "../../services/health/assessment-answers.ts";
import type { AnswerValues } from "../../services/health/assessment-form.ts";
import { ASSESSMENT_FORM } from "../../services/health/assessment-links.ts";
import { respondentLinkOpen } from "../../services/people/respondent-links.ts";
import { actAs } from "../auth/guard.ts";
import { assessmentFormPage, assessmentThanksPage } from "./assessment-html.ts";
import { refusalPage } from "./respondent-html.ts";

/** A page to send: its status and HTML. */
export interface PageReply {
  status: number;
  page: string;
}

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/**
 * The answering page of an assessment link (`values` given: a submitted answer), or null when the
 * token is not a working assessment link (the respondent pages then answer as for any other form).
 */
export async function assessmentLinkPage(
  ctx: ServiceContext,
  request: TokenRequest,
  values?: AnswerValues,
): Promise<PageReply | null> {
  const opening = await respondentLinkOpen(ctx, request.params.token);
  if (!opening.ok || opening.link.form !== ASSESSMENT_FORM) return null;
  actAs(request, opening.actor);
  const open = await assessmentAnsweringOpen(ctx, opening.link);
  if (!open.ok) return { status: 410, page: refusalPage(open.message) };
  const action = `/r/${encodeURIComponent(request.params.token)}`;
  if (values === undefined) return { status: 200, page: assessmentFormPage(action, open.form) };
  const result = await assessmentAnswerAdd(ctx, opening.link, opening.actor, open.form, values);
  if (result.ok) return { status: 200, page: assessmentThanksPage(open.form) };
  if ("problems" in result)
    return { status: 400, page: assessmentFormPage(action, open.form, values, result.problems) };
  return { status: 410, page: refusalPage(result.message) };
}
