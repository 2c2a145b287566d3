import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  passwordResetComplete,
  passwordResetIssue,
  passwordResetOpen,
  type ServiceContext,
} from "../../services/index.ts";
import { ERROR_RESPONSES, noContentSchema } from "../../shared/api-common.ts";
import {
  passwordResetInfoSchema,
  passwordResetInputSchema,
  passwordResetIssuedSchema,
  workspaceSlug,
} from "../../shared/index.ts";

const tags = ["access"];
const tokenParams = z.object({ token: z.string().min(1).max(200) });

/** The page a password-reset secret opens, on the server the request reached. */
export const resetLink = (origin: string, secret: string) =>
  `${origin}/password-reset?token=${secret}`;

/** An owner issues a member's one-time password link; the link's page reads and uses it. */
export function registerPasswordResetRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post(
    "/api/v1/workspaces/:workspace/members/:userId/password-reset",
    {
      schema: {
        tags,
        params: z.object({ workspace: workspaceSlug, userId: z.string().min(1).max(100) }),
        response: { 200: passwordResetIssuedSchema },
        summary:
          "A one-time link (24 h) that sets the member's password: emailed when SMTP is set up, otherwise answered to pass on",
      },
    },
    async (request) => {
      const origin = `${request.protocol}://${request.host}`;
      const { workspace, userId } = request.params;
      return passwordResetIssue(ctx, workspace, userId, (secret) => resetLink(origin, secret));
    },
  );
  r.get(
    "/api/v1/password-reset/:token",
    {
      config: { rateLimit: { max: 30, timeWindow: "1 minute" } },
      schema: {
        tags,
        params: tokenParams,
        response: { 200: passwordResetInfoSchema },
        summary: "Whose password a reset link sets",
      },
    },
    async (request) => passwordResetOpen(ctx, request.params.token),
  );
  r.post(
    "/api/v1/password-reset/:token",
    {
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags,
        params: tokenParams,
        body: passwordResetInputSchema,
        response: { 204: noContentSchema, ...ERROR_RESPONSES },
        summary: "Set the password (used once); ends every session of the account",
      },
    },
    async (request, reply) => {
      await passwordResetComplete(ctx, request.params.token, request.body.password);
      return reply.status(204).send(null);
    },
  );
}
