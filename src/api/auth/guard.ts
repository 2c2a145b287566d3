import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { loginExchange, type ServiceContext, tokenVerify } from "../../services/index.ts";
import { errorBody } from "../errors.ts";

/** The session cookie's name. */
export const SESSION_COOKIE = "partnerscope_session";

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : null;
}

/** Whether the request carries a live session cookie or bearer token. */
export async function isAuthenticated(
  ctx: ServiceContext,
  request: FastifyRequest,
): Promise<boolean> {
  const bearer = bearerOf(request);
  if (bearer) return tokenVerify(ctx, bearer, ["api", "session"]);
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie ? tokenVerify(ctx, cookie, ["session"]) : false;
}

/** Guards every /api route and serves /login, which trades a one-time link for a session cookie. */
export function registerAccess(app: FastifyInstance, ctx: ServiceContext, secureCookie: boolean) {
  app.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith("/api/")) return;
    if (await isAuthenticated(ctx, request)) return;
    return reply
      .status(401)
      .send(
        errorBody(
          401,
          "unauthorised",
          "Sign in with the login link the server printed, or send a bearer token",
        ),
      );
  });
  app.get(
    "/login",
    { config: { rateLimit: { max: 20, timeWindow: "1 minute" } }, schema: { hide: true } },
    async (request, reply) => {
      const token = (request.query as { token?: string }).token ?? "";
      const session = await loginExchange(ctx, token);
      if (!session)
        return reply
          .status(401)
          .type("text/html")
          .send(
            "<!doctype html><title>partnerscope</title><p>This login link is not valid or has been used. Restart the server (or run <code>partnerscope login</code>) for a new one.</p>",
          );
      reply.setCookie(SESSION_COOKIE, session, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: secureCookie,
        maxAge: 30 * 24 * 3600,
      });
      return reply.redirect("/");
    },
  );
}
