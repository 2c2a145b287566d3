import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.ts";
import { formLinkAdd, formLinksList } from "../../services/outcomes/form-links.ts";
import {
  formRespondentErase,
  formResults,
  formSubmissionsList,
} from "../../services/outcomes/form-results.ts";
import { formResultsCsv } from "../../services/outcomes/form-results-csv.ts";
import {
  formClose,
  formCreate,
  formDetail,
  formsList,
  formUpdate,
} from "../../services/outcomes/forms.ts";
import { ERROR_RESPONSES, fileResponse } from "../../shared/api-common.ts";
import {
  FORM_RESULT_GROUPS,
  formLinkInputSchema,
  formLinkMadeSchema,
  formLinkSchema,
  formResultsSchema,
  formSchema,
  formSubmissionSchema,
} from "../../shared/forms.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";
import { registerFormPages } from "./form-pages.ts";

const tags = ["forms"];
const params = z.object({ workspace: workspaceSlug });
const itemParams = params.extend({ id: entityId });
// The body is checked whole by the service, which names each problem by JSON path.
const body = z.looseObject({});

/**
 * Forms for service users and community researchers: editors make, change and close them and
 * make their links; viewers read aggregated results; owners read raw answers and erase one
 * respondent's answers on request. Also the answering page's script routes.
 */
export function registerFormRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/forms";
  const ok = { 200: formSchema };
  r.get(
    base,
    { schema: { tags, params, response: { 200: z.object({ items: z.array(formSchema) }) } } },
    async (request) => ({ items: await formsList(ctx, request.params.workspace) }),
  );
  r.post(
    base,
    { schema: { tags, params, body, response: { 201: formSchema } } },
    async (request, reply) =>
      reply.status(201).send(await formCreate(ctx, request.params.workspace, request.body)),
  );
  r.get(`${base}/:id`, { schema: { tags, params: itemParams, response: ok } }, async (request) =>
    formDetail(ctx, request.params.workspace, request.params.id),
  );
  r.put(
    `${base}/:id`,
    { schema: { tags, params: itemParams, body, response: ok } },
    async (request) => formUpdate(ctx, request.params.workspace, request.params.id, request.body),
  );
  r.post(
    `${base}/:id/close`,
    { schema: { tags, params: itemParams, response: ok } },
    async (request) => formClose(ctx, request.params.workspace, request.params.id),
  );
  r.get(
    `${base}/:id/results`,
    {
      schema: {
        tags,
        params: itemParams,
        querystring: z.object({ by: z.enum(FORM_RESULT_GROUPS).optional() }),
        response: { 200: formResultsSchema },
      },
    },
    async (request) =>
      formResults(ctx, request.params.workspace, request.params.id, request.query.by ?? null),
  );
  r.get(
    `${base}/:id/results.csv`,
    {
      schema: {
        tags,
        params: itemParams,
        querystring: z.object({ by: z.enum(FORM_RESULT_GROUPS).optional() }),
        response: {
          200: fileResponse("text/csv", "The form's aggregated results as CSV"),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { workspace, id } = request.params;
      const results = await formResults(ctx, workspace, id, request.query.by ?? null);
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="${id}-results.csv"`)
        .send(formResultsCsv(results));
    },
  );
  r.get(
    `${base}/:id/submissions`,
    {
      schema: {
        tags,
        params: itemParams,
        response: { 200: z.object({ items: z.array(formSubmissionSchema) }) },
      },
    },
    async (request) => ({
      items: await formSubmissionsList(ctx, request.params.workspace, request.params.id),
    }),
  );
  r.delete(
    `${base}/:id/respondents/:code`,
    {
      schema: {
        tags,
        params: itemParams.extend({ code: z.string().min(1).max(40) }),
        response: { 200: z.object({ erased: z.number().int() }) },
      },
    },
    async (request) =>
      formRespondentErase(ctx, request.params.workspace, request.params.id, request.params.code),
  );
  r.get(
    `${base}/:id/links`,
    {
      schema: {
        tags,
        params: itemParams,
        response: { 200: z.object({ items: z.array(formLinkSchema) }) },
      },
    },
    async (request) => ({
      items: await formLinksList(ctx, request.params.workspace, request.params.id),
    }),
  );
  r.post(
    `${base}/:id/links`,
    {
      schema: {
        tags,
        params: itemParams,
        body: formLinkInputSchema,
        summary: "Make a link to answer the form; the answer holds its URL, shown this once",
        response: { 201: formLinkMadeSchema },
      },
    },
    async (request, reply) => {
      const { link, secret } = await formLinkAdd(
        ctx,
        request.params.workspace,
        request.params.id,
        request.body,
      );
      const url = `${request.protocol}://${request.host}/r/${secret}`;
      return reply.status(201).send({ formLink: link, link: url });
    },
  );
  registerFormPages(api, ctx);
}
