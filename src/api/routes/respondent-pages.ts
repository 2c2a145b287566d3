import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ServiceContext } from "../../services/context.ts";
import { isOutcomeFormLink } from "../../services/outcomes/form-answers.ts";
import {
  respondentAnswerAdd,
  respondentFormOpen,
} from "../../services/people/respondent-answers.ts";
import type { FormValues } from "../../services/people/respondent-form.ts";
import { actAs } from "../auth/guard.ts";
import { assessmentLinkPage } from "./assessment-pages.ts";
import { outcomeFormGet, outcomeFormPost } from "./form-pages.ts";
import { formPage, refusalPage, thanksPage } from "./respondent-html.ts";

/** Answers are small: 17 statements and a relation fit in well under 2 KB. */
const FORM_BODY_LIMIT = 16 * 1024;

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** The fields of an urlencoded body, first value of each name (radio groups send one). */
export function formValuesOf(body: string): Record<string, string> {
  const values: Record<string, string> = Object.create(null);
  for (const [name, value] of new URLSearchParams(body))
    if (!(name in values)) values[name] = value;
  return values;
}

const html = (reply: FastifyReply, status: number, page: string) =>
  reply.status(status).type("text/html; charset=utf-8").send(page);

const refusalStatus = (reason: string) => (reason === "unknown" ? 404 : 410);

/**
 * The answering pages of respondent links: `GET /r/:token` shows the form (plain HTML, no
 * script), `POST /r/:token` takes an urlencoded answer. Registered inside the guarded API plugin
 * as public routes; the link itself is their only credential, resolved here and nowhere else.
 */
export function registerRespondentPages(api: FastifyInstance, ctx: ServiceContext) {
  api.register(async (scope) => {
    // Only forms, and only small ones, in this scope: any other body type gets 415.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: FORM_BODY_LIMIT },
      (_request, body, done) => done(null, formValuesOf(body as string)),
    );
    scope.get(
      "/r/:token",
      { config: { rateLimit: { max: 60, timeWindow: "1 minute" } }, schema: { hide: true } },
      async (request: TokenRequest, reply) => {
        if (await isOutcomeFormLink(ctx, request.params.token))
          return outcomeFormGet(ctx, request, reply);
        const assessment = await assessmentLinkPage(ctx, request);
        if (assessment) return html(reply, assessment.status, assessment.page);
        const opening = await respondentFormOpen(ctx, request.params.token);
        if (!opening.ok)
          return html(reply, refusalStatus(opening.reason), refusalPage(opening.message));
        actAs(request, opening.actor);
        return html(reply, 200, formPage(actionOf(request), opening.form));
      },
    );
    scope.post(
      "/r/:token",
      {
        bodyLimit: FORM_BODY_LIMIT,
        config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
        schema: { hide: true },
      },
      async (request: TokenRequest, reply) => {
        const values = (request.body ?? {}) as FormValues;
        if (await isOutcomeFormLink(ctx, request.params.token))
          return outcomeFormPost(ctx, request, reply);
        const assessment = await assessmentLinkPage(ctx, request, values);
        if (assessment) return html(reply, assessment.status, assessment.page);
        const opening = await respondentFormOpen(ctx, request.params.token);
        if (!opening.ok)
          return html(reply, refusalStatus(opening.reason), refusalPage(opening.message));
        actAs(request, opening.actor);
        const result = await respondentAnswerAdd(ctx, request.params.token, values);
        if (result.ok) return html(reply, 200, thanksPage(opening.form));
        if ("problems" in result)
          return html(
            reply,
            400,
            formPage(actionOf(request), opening.form, values, result.problems),
          );
        return html(reply, 410, refusalPage(result.message));
      },
    );
  });
}

const actionOf = (request: TokenRequest) => `/r/${encodeURIComponent(request.params.token)}`;
