import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  auditOf,
  invitationAccept,
  invitationAdd,
  invitationOpen,
  invitationRevoke,
  invitationsList,
  memberAddByEmail,
  memberRemove,
  memberSet,
  membersList,
  type ServiceContext,
  sessionStart,
} from "../../services/index.ts";
import { ERROR_RESPONSES, fileResponse, noContentSchema } from "../../shared/api-common.ts";
import {
  auditEntrySchema,
  emailSchema,
  invitationInputSchema,
  invitationSchema,
  memberInputSchema,
  memberSchema,
  PASSWORD_MAX_LENGTH,
  workspaceSlug,
} from "../../shared/index.ts";
import {
  invitationJoinedSchema,
  invitationMadeSchema,
  invitationOfferSchema,
} from "../../shared/people-views.ts";
import { auditCsv } from "./audit-csv.ts";
import { sessionCookieSet } from "./session.ts";

const tags = ["access"];
const params = z.object({ workspace: workspaceSlug });
const memberParams = params.extend({ userId: z.string().min(1).max(100) });
const idParams = params.extend({ id: z.string().min(1).max(100) });
const tokenParams = z.object({ token: z.string().min(1).max(200) });
const gone = { 204: noContentSchema, ...ERROR_RESPONSES };

/** The link an invitation's secret makes, on the server the request reached. */
const inviteLink = (origin: string, secret: string) => `${origin}/invitation?token=${secret}`;

/** Members, invitations and the audit log of a workspace (owners), and accepting an invitation. */
export function registerMemberRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace";
  r.get(
    `${base}/members`,
    { schema: { tags, params, response: { 200: z.object({ items: z.array(memberSchema) }) } } },
    async (request) => ({
      items: await membersList(ctx, request.params.workspace),
    }),
  );
  r.post(
    `${base}/members`,
    {
      schema: {
        tags,
        params,
        body: memberInputSchema.extend({ email: emailSchema }),
        response: { 201: memberSchema, ...ERROR_RESPONSES },
        summary: "Add an existing account as a member",
      },
    },
    async (request, reply) => {
      const { email, role, organisation } = request.body;
      return reply
        .status(201)
        .send(
          await memberAddByEmail(ctx, request.params.workspace, email, role, organisation ?? null),
        );
    },
  );
  r.put(
    `${base}/members/:userId`,
    {
      schema: {
        tags,
        params: memberParams,
        body: memberInputSchema,
        response: { 200: memberSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) =>
      memberSet(ctx, request.params.workspace, request.params.userId, request.body),
  );
  r.delete(
    `${base}/members/:userId`,
    { schema: { tags, params: memberParams, response: gone } },
    async (request, reply) => {
      await memberRemove(ctx, request.params.workspace, request.params.userId);
      return reply.status(204).send(null);
    },
  );
  r.get(
    `${base}/invitations`,
    { schema: { tags, params, response: { 200: z.object({ items: z.array(invitationSchema) }) } } },
    async (request) => ({
      items: await invitationsList(ctx, request.params.workspace),
    }),
  );
  r.post(
    `${base}/invitations`,
    {
      schema: {
        tags,
        params,
        body: invitationInputSchema,
        response: { 201: invitationMadeSchema, ...ERROR_RESPONSES },
        summary: "Invite by email; the answer holds the one-time link (valid 7 days)",
      },
    },
    async (request, reply) => {
      const origin = `${request.protocol}://${request.host}`;
      const { invitation, secret, emailedTo, emailError } = await invitationAdd(
        ctx,
        request.params.workspace,
        request.body,
        (s) => inviteLink(origin, s),
      );
      const link = inviteLink(origin, secret);
      return reply
        .status(201)
        .send({ invitation, link, emailedTo, ...(emailError && { emailError }) });
    },
  );
  r.delete(
    `${base}/invitations/:id`,
    { schema: { tags, params: idParams, response: gone } },
    async (request, reply) => {
      await invitationRevoke(ctx, request.params.workspace, request.params.id);
      return reply.status(204).send(null);
    },
  );
  registerAuditRoutes(api, ctx);
  registerInvitationAnswers(api, ctx);
}

const auditQuery = z.object({
  actor: z.string().max(254).optional(),
  action: z.string().max(40).optional(),
  collection: z.string().max(60).optional(),
  recordId: z.string().max(200).optional(),
  from: z.string().max(40).optional(),
  to: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

function registerAuditRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const base = "/api/v1/workspaces/:workspace";
  r.get(
    `${base}/audit`,
    {
      schema: {
        tags,
        params,
        querystring: auditQuery,
        summary: "Who changed what, newest first",
        response: { 200: z.object({ items: z.array(auditEntrySchema), total: z.number() }) },
      },
    },
    async (request) => auditOf(ctx, request.params.workspace, request.query),
  );
  r.get(
    `${base}/audit.csv`,
    {
      schema: {
        tags,
        params,
        querystring: auditQuery.omit({ limit: true, offset: true }),
        response: {
          200: fileResponse("text/csv", "The audit log as CSV, one row per entry"),
          ...ERROR_RESPONSES,
        },
      },
    },
    async (request, reply) => {
      const { items } = await auditOf(ctx, request.params.workspace, {
        ...request.query,
        limit: 100_000,
      });
      return reply
        .header("content-type", "text/csv; charset=utf-8")
        .header(
          "content-disposition",
          `attachment; filename="${request.params.workspace}-audit.csv"`,
        )
        .send(auditCsv(items));
    },
  );
}

function registerInvitationAnswers(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/invitations/:token",
    {
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        tags,
        params: tokenParams,
        response: { 200: invitationOfferSchema, ...ERROR_RESPONSES },
        summary: "What an invitation link offers",
      },
    },
    async (request) => {
      const { view, workspace } = await invitationOpen(ctx, request.params.token);
      return { email: view.email, role: view.role, expiresAt: view.expiresAt, workspace };
    },
  );
  r.post(
    "/api/v1/invitations/:token/accept",
    {
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags,
        params: tokenParams,
        body: z.object({
          name: z.string().max(200).optional(),
          password: z.string().max(PASSWORD_MAX_LENGTH).optional(),
        }),
        response: { 200: invitationJoinedSchema, ...ERROR_RESPONSES },
        summary: "Accept: signed in, join; otherwise make the account (name, password) and sign in",
      },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (actor?.kind === "user") {
        const joined = await invitationAccept(ctx, request.params.token, { userId: actor.userId });
        return { workspace: joined.workspace, role: joined.role };
      }
      const joined = await invitationAccept(ctx, request.params.token, { account: request.body });
      const meta = { userAgent: request.headers["user-agent"], address: request.ip };
      sessionCookieSet(request, reply, await sessionStart(ctx, joined.userId, meta));
      return { workspace: joined.workspace, role: joined.role };
    },
  );
}
