import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ServiceContext } from "../../services/context.ts";
import {
  type FormOpening,
  type FormRefusal,
  outcomeFormAnswer,
  outcomeFormOpen,
} from "../../services/outcomes/form-answers.ts";
import type { AnswerValues } from "../../services/outcomes/form-check.ts";
import { actAs } from "../auth/guard.ts";
import { formAnswerPage, formRefusalPage, formShell, formThanksBody } from "./form-html.ts";
import type { PageView } from "./form-questions-html.ts";
import { FORM_SCRIPT } from "./form-script.ts";
import { wordsIn } from "./form-words.ts";

type TokenRequest = FastifyRequest<{ Params: { token: string } }>;

/** A script-sent answer: the field values (a list for multiple choice) and the page's choices. */
const ANSWERS_BODY_LIMIT = 64 * 1024;

const html = (reply: FastifyReply, status: number, page: string) =>
  reply.status(status).type("text/html; charset=utf-8").send(page);

const refusalStatus = (r: FormRefusal["reason"]) =>
  r === "unknown" ? 404 : r === "busy" ? 429 : 410;

const actionOf = (request: TokenRequest) => `/r/${encodeURIComponent(request.params.token)}`;

function viewOf(o: FormOpening, action: string, lang?: unknown, easy?: unknown): PageView {
  const chosen = typeof lang === "string" && o.form.languages.includes(lang) ? lang : null;
  return {
    action,
    lang: chosen ?? o.form.languages[0]!,
    easy: o.form.easyRead && (easy === "1" || easy === true),
    kind: o.kind,
    researcher: o.kind === "interview" ? o.link.label : null,
  };
}

/** `GET /r/:token` for an outcome form's link: the answering page in the chosen language. */
export async function outcomeFormGet(
  ctx: ServiceContext,
  request: TokenRequest,
  reply: FastifyReply,
) {
  const opening = await outcomeFormOpen(ctx, request.params.token);
  if (!opening.ok)
    return html(reply, refusalStatus(opening.reason), formRefusalPage(opening.message));
  actAs(request, opening.actor);
  const query = (request.query ?? {}) as { lang?: string; easy?: string };
  const v = viewOf(opening, actionOf(request), query.lang, query.easy);
  return html(reply, 200, formAnswerPage(opening.form, v, randomUUID()));
}

/** `POST /r/:token` (a plain form, no script) for an outcome form's link. */
export async function outcomeFormPost(
  ctx: ServiceContext,
  request: TokenRequest,
  reply: FastifyReply,
) {
  const values = (request.body ?? {}) as AnswerValues;
  const opening = await outcomeFormOpen(ctx, request.params.token);
  if (opening.ok) actAs(request, opening.actor);
  const result = await outcomeFormAnswer(ctx, request.params.token, values, {
    lang: typeof values.lang === "string" ? values.lang : undefined,
    easyRead: values.easy === "1",
  });
  if (!opening.ok && !result.ok && !("problems" in result))
    return html(reply, refusalStatus(result.reason), formRefusalPage(result.message));
  if (!opening.ok && result.ok) {
    // A resent answer on a link used up since: acknowledge it in the form's first language.
    return html(
      reply,
      200,
      formShell(wordsIn("en").thanks, "en", `<h1>${wordsIn("en").thanks}</h1>`),
    );
  }
  const v = viewOf(opening as FormOpening, actionOf(request), values.lang, values.easy);
  if (result.ok)
    return html(
      reply,
      200,
      formShell(wordsIn(v.lang).thanks, v.lang, formThanksBody(v, result.respondentCode)),
    );
  if ("problems" in result) {
    const id = typeof values.submission_id === "string" ? values.submission_id : randomUUID();
    return html(
      reply,
      400,
      formAnswerPage((opening as FormOpening).form, v, id, values, result.problems),
    );
  }
  return html(reply, refusalStatus(result.reason), formRefusalPage(result.message, v.lang));
}

/**
 * The answering page's script routes: `POST /r/:token/answers` takes a JSON answer from the
 * script (which keeps it on the device until this confirms it), and `GET /r-assets/form-answering.js`
 * serves the script itself from our own origin, as the content security policy allows.
 */
export function registerFormPages(api: FastifyInstance, ctx: ServiceContext) {
  api.get("/r-assets/form-answering.js", { schema: { hide: true } }, async (_request, reply) =>
    reply.type("text/javascript; charset=utf-8").send(FORM_SCRIPT),
  );
  api.post(
    "/r/:token/answers",
    {
      bodyLimit: ANSWERS_BODY_LIMIT,
      config: { rateLimit: { max: 60, timeWindow: "1 minute" } },
      schema: { hide: true },
    },
    async (request: TokenRequest, reply) => {
      const body = (request.body ?? {}) as { values?: AnswerValues; lang?: string; easy?: boolean };
      const values = body.values && typeof body.values === "object" ? body.values : {};
      // The resend lookup (the submission id stored already?) rides on the link's opening.
      const id = typeof values.submission_id === "string" ? values.submission_id : null;
      const opening = await outcomeFormOpen(ctx, request.params.token, id);
      if (opening.ok) actAs(request, opening.actor);
      const result = await outcomeFormAnswer(ctx, request.params.token, values, {
        lang: typeof values.lang === "string" ? values.lang : undefined,
        easyRead: values.easy === "1",
        ...(opening.ok ? { opened: opening } : {}),
      });
      if (result.ok) {
        const v = opening.ok ? viewOf(opening, actionOf(request), values.lang, values.easy) : null;
        const thanks = v
          ? formThanksBody(v, result.respondentCode)
          : `<h1>${wordsIn("en").thanks}</h1>`;
        return reply.status(result.duplicate ? 200 : 201).send({ ...result, thanks });
      }
      if ("problems" in result)
        return reply.status(400).send({ ok: false, problems: result.problems });
      return reply.status(refusalStatus(result.reason)).send(result);
    },
  );
}
