import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.ts";
import {
  respondentLinkAdd,
  respondentLinkRevoke,
  respondentLinksList,
} from "../../services/people/respondent-links.ts";
import { ERROR_RESPONSES, noContentSchema } from "../../shared/api-common.ts";
import { entityId, workspaceSlug } from "../../shared/index.ts";
import {
  respondentLinkCreatedSchema,
  respondentLinkInputSchema,
  respondentLinkSchema,
} from "../../shared/respondents.ts";
import { registerRespondentPages } from "./respondent-pages.ts";

const tags = ["access"];
const params = z.object({ workspace: workspaceSlug });
const idParams = params.extend({ id: z.string().min(1).max(100) });

/** The link a respondent link's secret makes, on the server the request reached. */
const respondentUrl = (origin: string, secret: string) => `${origin}/r/${secret}`;

/**
 * Respondent links of a workspace (editors and owners make, list and revoke them), and the
 * answering pages the links open.
 */
export function registerRespondentLinkRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace/respondent-links";
  r.get(
    base,
    {
      schema: {
        tags,
        params,
        querystring: z.object({ target: entityId.optional() }),
        response: { 200: z.object({ items: z.array(respondentLinkSchema) }) },
      },
    },
    async (request) => ({
      items: await respondentLinksList(ctx, request.params.workspace, request.query.target),
    }),
  );
  r.post(
    base,
    {
      schema: {
        tags,
        params,
        body: respondentLinkInputSchema,
        response: { 201: respondentLinkCreatedSchema, ...ERROR_RESPONSES },
        summary: "Make a respondent link; the answer holds its URL, shown this once",
      },
    },
    async (request, reply) => {
      const { link, secret } = await respondentLinkAdd(ctx, request.params.workspace, request.body);
      const url = respondentUrl(`${request.protocol}://${request.host}`, secret);
      return reply.status(201).send({ respondentLink: link, link: url });
    },
  );
  r.delete(
    `${base}/:id`,
    { schema: { tags, params: idParams, response: { 204: noContentSchema, ...ERROR_RESPONSES } } },
    async (request, reply) => {
      await respondentLinkRevoke(ctx, request.params.workspace, request.params.id);
      return reply.status(204).send(null);
    },
  );
  registerRespondentPages(api, ctx);
}
