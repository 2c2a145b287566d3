import { AsyncLocalStorage } from "node:async_hooks";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  type Actor,
  recordCreator,
  roleIn,
  type ServiceContext,
  sessionResolve,
  tokenResolve,
  workspaceRequire,
} from "../../services/index.ts";
import { isRoleAtLeast, type WorkspaceRole } from "../../shared/index.ts";
import { errorBody } from "../errors.ts";
import { accessOf, type RouteAccess } from "./access-table.ts";
import { originCheck } from "./origin.ts";

/** The session cookie's name. */
export const SESSION_COOKIE = "partnerscope_session";

declare module "fastify" {
  interface FastifyRequest {
    /** Who is calling, once the guard has run (null on public routes without a session). */
    actor: Actor | null;
    /** The caller's role in the route's workspace, for workspace routes. */
    workspaceRole: WorkspaceRole | null;
  }
}

/** The actor of the request being handled, for services' audit entries (see `apiContextOf`). */
const current = new AsyncLocalStorage<{ actor: Actor | null }>();

/** A context whose actor is the caller of the request being handled. */
export function apiContextOf(ctx: ServiceContext): ServiceContext {
  return { ...ctx, actor: () => current.getStore()?.actor ?? ctx.actor() };
}

function bearerOf(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice(7).trim() : null;
}

/** Who the request proves to be: a bearer token's holder or a session's user; null when neither. */
export async function actorOf(ctx: ServiceContext, request: FastifyRequest): Promise<Actor | null> {
  const bearer = bearerOf(request);
  if (bearer) {
    const token = await tokenResolve(ctx, bearer, ["api"]);
    if (!token) return null;
    return {
      kind: "token",
      userId: token.user_id,
      email: token.user_email,
      tokenHash: token.token_hash,
      workspaceId: token.workspace_id,
      role: (token.role ?? "owner") as WorkspaceRole,
    };
  }
  const cookie = request.cookies[SESSION_COOKIE];
  const session = cookie ? await sessionResolve(ctx, cookie) : null;
  return (
    session && {
      kind: "user",
      userId: session.user.id,
      email: session.user.email,
      sessionHash: session.hash,
    }
  );
}

const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
  reply.status(status).send(errorBody(status, code, message));

/**
 * Guards every route registered in `api` (an encapsulated plugin): the hooks belong to the routes
 * themselves, so however a path is spelled, a request that reaches one of them meets the route's
 * own access rule from the access table first (decision 0009). A state-changing request signed in
 * by the browser's cookie must also come from our own origin. API answers are never cached.
 */
export function guardApi(api: FastifyInstance, ctx: ServiceContext) {
  api.decorateRequest("actor", null);
  api.decorateRequest("workspaceRole", null);
  api.addHook("onRoute", (route) => {
    route.config = {
      ...(route.config as object),
      access: accessOf(route.method, route.url),
    } as typeof route.config;
  });
  api.addHook("onRequest", (_request, _reply, done) => current.run({ actor: null }, done));
  api.addHook("onRequest", async (request, reply) => {
    reply.header("cache-control", "no-store");
    const access = (request.routeOptions.config as unknown as { access: RouteAccess }).access;
    const actor = await actorOf(ctx, request);
    // Checked on public routes too: a signed-in browser must not be made to accept an invitation.
    if (actor?.kind === "user") {
      const refusal = originCheck(
        request.method,
        request.headers,
        `${request.protocol}://${request.host}`,
      );
      if (refusal) return refuse(reply, 403, "cross_site", refusal);
    }
    remember(request, actor);
    if (access === "public") return;
    if (!actor)
      return refuse(
        reply,
        401,
        "unauthorised",
        "Sign in (or use the login link the server printed), or send a bearer token",
      );
    if (access === "signed-in") return;
    return workspaceCheck(ctx, request, reply, access, actor);
  });
}

/**
 * Makes `actor` the caller of the request being handled (a respondent link's holder, once the
 * answering route has resolved the link), for the handler and for services' audit entries.
 */
export function actAs(request: FastifyRequest, actor: Actor): void {
  remember(request, actor);
}

function remember(request: FastifyRequest, actor: Actor | null) {
  request.actor = actor;
  const store = current.getStore();
  if (store) store.actor = actor;
}

async function workspaceCheck(
  ctx: ServiceContext,
  request: FastifyRequest,
  reply: FastifyReply,
  access: Exclude<RouteAccess, "public" | "signed-in">,
  actor: Actor,
) {
  const slug = access.workspaceOf
    ? await access.workspaceOf(ctx, request)
    : (request.params as { workspace?: string }).workspace;
  if (!slug) return refuse(reply, 404, "not_found", "There is no such workspace");
  const missing = `There is no workspace '${slug}'`;
  const ws = await workspaceRequire(ctx, slug).catch(() => null);
  if (!ws && access.createsWorkspace) return; // the route makes the caller its owner
  const role = ws && (await roleIn(ctx, actor, ws.id));
  if (!ws || !role) return refuse(reply, 404, "not_found", missing);
  request.workspaceRole = role;
  if (isRoleAtLeast(role, access.role)) {
    if (!access.ownRecord || role !== access.role || isRoleAtLeast(role, "editor")) return;
    const id = (request.params as { id?: string }).id ?? "";
    const creator = await recordCreator(ctx, ws.id, access.ownRecord, id);
    if (creator === undefined || creator === actor.userId) return;
    return refuse(
      reply,
      403,
      "forbidden",
      `As ${role} you may change only what you created; this needs the editor role in workspace '${slug}'`,
    );
  }
  return refuse(
    reply,
    403,
    "forbidden",
    `This needs the ${access.role} role in workspace '${slug}'; you are ${article(role)} ${role}`,
  );
}

const article = (role: string) => (/^[aeio]/.test(role) ? "an" : "a");
