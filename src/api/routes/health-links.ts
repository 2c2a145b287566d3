import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServiceContext } from "../../services/context.ts";
import { assessmentCounts, assessmentReminders } from "../../services/health/assessment-counts.ts";
import { assessmentLinkAdd, assessmentLinksList } from "../../services/health/assessment-links.ts";
import { memberAnswering } from "../../services/health/member-answering.ts";
import { assessmentResults } from "../../services/health/results.ts";
import { ERROR_RESPONSES, fileResponse } from "../../shared/api-common.ts";
import {
  assessmentCountsSchema,
  assessmentLinkInputSchema,
  assessmentLinkMadeSchema,
  remindersSchema,
} from "../../shared/health-links.ts";
import { memberAnsweringSchema } from "../../shared/health-views.ts";
import { entityId, workspaceSlug } from "../../shared/primitives.ts";
import { respondentLinkSchema } from "../../shared/respondents.ts";

const params = z.object({ workspace: workspaceSlug, id: entityId });
const tags = ["partnership health"];

/**
 * An assessment's respondent links (a partner organisation answers a wave through them), the live
 * count of responses per partner and wave, and the reminders its owner sends.
 */
export function registerHealthLinkRoutes(app: FastifyInstance, ctx: ServiceContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const A = "/api/v1/workspaces/:workspace/assessments/:id";
  r.get(
    `${A}/links`,
    {
      schema: {
        tags,
        params,
        response: { 200: z.object({ items: z.array(respondentLinkSchema) }) },
      },
    },
    async (req) => ({ items: await assessmentLinksList(ctx, req.params.workspace, req.params.id) }),
  );
  r.post(
    `${A}/links`,
    {
      schema: {
        tags,
        params,
        body: assessmentLinkInputSchema,
        response: { 201: assessmentLinkMadeSchema },
        summary: "Make a link for a partner to answer a wave; the answer holds its URL, shown once",
      },
    },
    async (req, reply) => {
      const { workspace, id } = req.params;
      const { link, secret } = await assessmentLinkAdd(ctx, workspace, id, req.body);
      const url = `${req.protocol}://${req.host}/r/${secret}`;
      return reply.status(201).send({ respondentLink: link, link: url });
    },
  );
  r.get(
    `${A}/counts`,
    { schema: { tags, params, response: { 200: assessmentCountsSchema } } },
    async (req) => assessmentCounts(ctx, req.params.workspace, req.params.id),
  );
  r.get(
    `${A}/reminders`,
    {
      schema: {
        tags,
        params,
        response: { 200: remindersSchema },
        summary: "Partners of an open wave whose answers are still withheld, with words to send",
      },
    },
    async (req) => ({ items: await assessmentReminders(ctx, req.params.workspace, req.params.id) }),
  );
  r.get(
    `${A}/answering`,
    {
      schema: {
        tags,
        params,
        response: { 200: memberAnsweringSchema, ...ERROR_RESPONSES },
        summary: "Whether the signed-in member answers for a partner, and the form to answer",
      },
    },
    async (req) => memberAnswering(ctx, req.params.workspace, req.params.id),
  );
  r.get(
    `${A}/results.json`,
    {
      schema: {
        tags,
        params,
        querystring: z.object({ wave: entityId.optional() }),
        // Sent as text (pretty-printed): the results route's answer as a file, never re-serialised.
        response: {
          200: fileResponse("application/json", "The results route's answer as a JSON file"),
          ...ERROR_RESPONSES,
        },
        summary: "The results as a JSON file, under the three-respondent rule",
      },
    },
    async (req, reply) => {
      const { workspace, id } = req.params;
      const results = await assessmentResults(ctx, workspace, id, req.query.wave);
      return reply
        .header("content-disposition", `attachment; filename="${id}-results.json"`)
        .type("application/json; charset=utf-8")
        .send(JSON.stringify(results, null, 2));
    },
  );
}
