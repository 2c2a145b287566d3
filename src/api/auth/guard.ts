import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { loginExchange, type ServiceContext, tokenVerify } from "../../services/index.ts";
import { errorBody } from "../errors.ts";
import { originCheck } from "./origin.ts";

/** The session cookie's name. */
export const SESSION_COOKIE = "partnerscope_session";

/** How a request proved who it is: a bearer token (scripts) or a session cookie (the browser). */
export type AccessVia = "bearer" | "session";

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : null;
}

/** How the request is authenticated, or null when it carries no live session cookie or bearer token. */
export async function accessOf(
  ctx: ServiceContext,
  request: FastifyRequest,
): Promise<AccessVia | null> {
  const bearer = bearerOf(request);
  if (bearer) return (await tokenVerify(ctx, bearer, ["api", "session"])) ? "bearer" : null;
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  return (await tokenVerify(ctx, cookie, ["session"])) ? "session" : null;
}

/**
 * Guards every route registered in `api` (an encapsulated plugin): the hook belongs to the routes
 * themselves, so however a path is spelled, a request that reaches one of them is authenticated
 * first. A state-changing request authenticated by the browser's cookie must also come from our
 * own origin (decision 0003). API answers are never cached.
 */
export function guardApi(api: FastifyInstance, ctx: ServiceContext) {
  api.addHook("onRequest", async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header("cache-control", "no-store");
    const via = await accessOf(ctx, request);
    if (!via)
      return reply
        .status(401)
        .send(
          errorBody(
            401,
            "unauthorised",
            "Sign in with the login link the server printed, or send a bearer token",
          ),
        );
    if (via === "bearer") return;
    const refusal = originCheck(request.method, request.headers, ownOriginOf(request));
    if (refusal) return reply.status(403).send(errorBody(403, "cross_site", refusal));
  });
}

/** This server's origin as the browser sees it (scheme and host, with the port). */
function ownOriginOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/** Serves /login, which trades a one-time link for a session cookie. */
export function registerLogin(app: FastifyInstance, ctx: ServiceContext, secureCookie: boolean) {
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
