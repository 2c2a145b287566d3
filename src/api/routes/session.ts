import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  accountUpdate,
  loginExchange,
  meOf,
  passwordChange,
  type ServiceContext,
  sessionEnd,
  sessionRevoke,
  sessionStart,
  sessionsList,
  signIn,
  unauthorised,
} from "../../services/index.ts";
import { ERROR_RESPONSES, noContentSchema } from "../../shared/api-common.ts";
import {
  meSchema,
  PASSWORD_MAX_LENGTH,
  sessionViewSchema,
  signInSchema,
} from "../../shared/index.ts";
import { authOptionsSchema, signedInSchema } from "../../shared/people-views.ts";
import { SESSION_COOKIE } from "../auth/guard.ts";
import { attemptsOf } from "../auth/sign-in-attempts.ts";
import { OIDC_START, type OidcSettings } from "./oidc.ts";

const tags = ["access"];
const noContent = { 204: noContentSchema, ...ERROR_RESPONSES };

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
export function sessionCookieSet(request: FastifyRequest, reply: FastifyReply, secret: string) {
  reply.setCookie(SESSION_COOKIE, secret, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    maxAge: 30 * 24 * 3600,
  });
}

const metaOf = (request: FastifyRequest) => ({
  userAgent: request.headers["user-agent"],
  address: request.ip,
});

/** The single sign-on button to offer, or null when PARTNERSCOPE_OIDC_* is not configured. */
function ssoOptionOf(oidc: OidcSettings | undefined): { label: string; start: string } | null {
  return oidc ? { label: oidc.label, start: OIDC_START } : null;
}

/** Sign-in (password or one-time link), sign-out, and the signed-in person's own account. */
export function registerSessionRoutes(
  api: FastifyInstance,
  ctx: ServiceContext,
  oidc?: OidcSettings,
) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const attempts = attemptsOf(ctx);
  r.post(
    "/api/v1/session",
    {
      config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
      schema: {
        tags,
        body: signInSchema,
        response: { 200: signedInSchema, ...ERROR_RESPONSES },
        summary: "Sign in with email and password",
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      attempts.check(email);
      const user = await signIn(ctx, email, password);
      if (!user) {
        attempts.fail(email);
        throw unauthorised("The email or password is not right");
      }
      attempts.clear(email);
      sessionCookieSet(request, reply, await sessionStart(ctx, user.id, metaOf(request)));
      return reply.status(200).send({ signedIn: true as const });
    },
  );
  r.get(
    "/api/v1/auth/options",
    {
      schema: {
        tags,
        response: { 200: authOptionsSchema },
        summary: "How people can sign in here (the sign-in page reads it)",
      },
    },
    async () => ({ password: true as const, sso: ssoOptionOf(oidc) }),
  );
  r.delete(
    "/api/v1/session",
    { schema: { tags, response: noContent, summary: "Sign out" } },
    async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) await sessionEnd(ctx, secret);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.status(204).send(null);
    },
  );
  registerAccountRoutes(api, ctx);
}

function registerAccountRoutes(api: FastifyInstance, ctx: ServiceContext) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const userOf = (request: FastifyRequest) => {
    const actor = request.actor;
    if (!actor?.userId) throw unauthorised("This needs a signed-in account (not an install token)");
    return {
      actor,
      userId: actor.userId,
      sessionHash: actor.kind === "user" ? actor.sessionHash : undefined,
    };
  };
  r.get("/api/v1/me", { schema: { tags, response: { 200: meSchema } } }, async (request) => {
    const actor = request.actor!;
    return meOf(ctx, actor);
  });
  r.put(
    "/api/v1/me",
    {
      schema: {
        tags,
        body: z.object({
          name: z.string().max(200).optional(),
          email: z.string().max(254).optional(),
        }),
        response: noContent,
      },
    },
    async (request, reply) => {
      await accountUpdate(ctx, userOf(request).userId, request.body);
      return reply.status(204).send(null);
    },
  );
  r.put(
    "/api/v1/me/password",
    {
      config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
      schema: {
        tags,
        body: z.object({
          current: z.string().max(PASSWORD_MAX_LENGTH).optional(),
          password: z.string().max(PASSWORD_MAX_LENGTH),
        }),
        response: noContent,
        summary: "Set a new password; ends your other sessions",
      },
    },
    async (request, reply) => {
      const { userId, sessionHash } = userOf(request);
      await passwordChange(ctx, userId, request.body, sessionHash);
      return reply.status(204).send(null);
    },
  );
  r.get(
    "/api/v1/me/sessions",
    { schema: { tags, response: { 200: z.object({ items: z.array(sessionViewSchema) }) } } },
    async (request) => {
      const { userId, sessionHash } = userOf(request);
      return { items: await sessionsList(ctx, userId, sessionHash ?? null) };
    },
  );
  r.delete(
    "/api/v1/me/sessions/:id",
    { schema: { tags, params: z.object({ id: z.string().max(64) }), response: noContent } },
    async (request, reply) => {
      await sessionRevoke(ctx, userOf(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
}

/** Serves /login, which trades a one-time link for a session of the first owner. */
export function registerLogin(app: FastifyInstance, ctx: ServiceContext) {
  app.get(
    "/login",
    { config: { rateLimit: { max: 20, timeWindow: "1 minute" } }, schema: { hide: true } },
    async (request, reply) => {
      const token = (request.query as { token?: string }).token ?? "";
      const session = await loginExchange(ctx, token, metaOf(request));
      if (!session)
        return reply
          .status(401)
          .type("text/html")
          .send(
            '<!doctype html><title>partnerscope</title><p>This login link is not valid or has been used. Restart the server (or run <code>partnerscope login</code>) for a new one, or <a href="/sign-in">sign in</a> with your email and password.</p>',
          );
      sessionCookieSet(request, reply, session);
      return reply.redirect("/");
    },
  );
}
