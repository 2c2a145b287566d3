import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { ACCESS_TABLE, type RouteAccess } from "../../src/api/auth/access-table.ts";
import { SESSION_COOKIE } from "../../src/api/auth/guard.ts";
import {
  contextOf,
  demoLoad,
  memberSet,
  type ServiceContext,
  sessionStart,
  tokenIssue,
  userAdd,
  workspaceAdd,
} from "../../src/services/index.ts";
import { secretHash } from "../../src/services/people/tokens.ts";
import { isRoleAtLeast, WORKSPACE_ROLES, type WorkspaceRole } from "../../src/shared/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// The authorisation matrix: every route of the OpenAPI document × every kind of caller, with the
// status each must get, derived from the access table (src/api/auth/access-table.ts) — on SQLite
// and on PostgreSQL. Allowed callers send bodies that fail validation or ids that do not exist, so
// nothing is changed while the guard's decision is checked; the guard runs before validation.

type Caller =
  | "anonymous"
  | "non-member"
  | WorkspaceRole
  | "scoped token (analyst)"
  | "token for another workspace"
  | "respondent link";

const ORIGIN = "http://localhost:80";
const CALLERS: Caller[] = [
  "anonymous",
  "non-member",
  ...WORKSPACE_ROLES,
  "scoped token (analyst)",
  "token for another workspace",
  "respondent link",
];

interface Route {
  method: string;
  template: string;
  access: RouteAccess;
}

/** What `caller` must get from a route with rule `access`: a status, or "allowed" (the guard lets it by). */
function expected(route: Route, caller: Caller): 401 | 403 | 404 | "allowed" {
  const access = route.access;
  if (access === "public") return "allowed";
  if (caller === "anonymous" || caller === "respondent link") return 401;
  if (access === "signed-in") return "allowed";
  if (caller === "non-member" || caller === "token for another workspace") return 404;
  const role = caller === "scoped token (analyst)" ? "analyst" : caller;
  if (!isRoleAtLeast(role, access.role)) return 403;
  // An analyst changes only what they created; the demo's appraisals and models were made by no
  // one. (Deletes are sent for ids that do not exist, so that nothing is deleted: those are 404.)
  if (access.ownRecord && role === "analyst" && route.method !== "DELETE") return 403;
  // A job is cancelled by the person who started it or an editor; the matrix's job is the operator's.
  if (route.method === "DELETE" && route.template === "/api/v1/jobs/:id" && role === "analyst")
    return 403;
  return "allowed";
}

for (const factory of STORE_FACTORIES) {
  describe(`the authorisation matrix on '${factory.name}'`, () => {
    let store: Store;
    let ctx: ServiceContext;
    let app: FastifyInstance;
    const credentials = new Map<Caller, Record<string, string>>();
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      store = await factory.open();
      ctx = contextOf(store);
      await demoLoad(ctx);
      await workspaceAdd(ctx, { slug: "other", name: "Another workspace" });
      app = await buildApp({ ctx });
      await setUpCallers(ctx, credentials);
      const operator = { authorization: `Bearer ${await tokenIssue(ctx, "api", "matrix")}` };
      for (const [key, path] of [
        ["appraisal", "appraisals"],
        ["supplyChain", "supply-chains"],
      ] as const) {
        const list = await app.inject({
          url: `/api/v1/workspaces/demo/${path}`,
          headers: operator,
        });
        ids[key] = list.json().items[0].id;
      }
      const job = await app.inject({
        method: "POST",
        url: `/api/v1/workspaces/demo/supply-chains/${ids.supplyChain}/monte-carlo`,
        headers: operator,
        payload: { runs: 1, seed: 1 },
      });
      ids.job = job.json().job.id;
      // A value map created by no one (the operator), so an analyst's change to it is refused.
      const valueMap = JSON.parse(
        readFileSync(
          new URL("../../examples/value-maps/community-navigator.json", import.meta.url),
          "utf8",
        ),
      );
      await app.inject({
        method: "POST",
        url: "/api/v1/workspaces/demo/value-maps",
        headers: operator,
        payload: { id: "matrix-value-map", document: valueMap },
      });
      ids.valueMap = "matrix-value-map";
    });
    afterAll(async () => {
      await app?.close();
      await store?.close();
    });

    it("has an access rule for every documented route, and documents every rule", async () => {
      const routes = await documented(app, credentials.get("owner")!);
      const keys = new Set(routes.map((r) => `${r.method} ${r.template}`));
      for (const route of routes)
        expect(route.access, `${route.method} ${route.template}`).toBeDefined();
      // Every API rule is documented; the answering pages for respondents (/r/…) are HTML forms.
      for (const key of Object.keys(ACCESS_TABLE).filter((k) =>
        k.split(" ")[1]!.startsWith("/api/"),
      ))
        expect(keys, `${key} is in the OpenAPI document`).toContain(key);
    });

    it("answers every route for every caller as the access table says", async () => {
      // Deleting the workspace and signing out are checked on their own (they end what follows).
      const last = ["DELETE /api/v1/workspaces/:workspace", "DELETE /api/v1/session"];
      const routes = (await documented(app, credentials.get("owner")!)).filter(
        (r) => !last.includes(`${r.method} ${r.template}`),
      );
      const failures: string[] = [];
      let checked = 0;
      for (const route of routes)
        for (const caller of CALLERS) {
          const want = expected(route, caller);
          const res = await app.inject(requestOf(route, credentials.get(caller) ?? {}, ids));
          const got = res.statusCode;
          const body = res.body;
          const workspaceHidden = got === 404 && /no workspace|no such workspace/.test(body);
          const ok =
            route.access === "public"
              ? got < 500
              : want === "allowed"
                ? got !== 401 && got !== 403 && !workspaceHidden && got < 500
                : got === want && (want !== 404 || workspaceHidden);
          checked += 1;
          if (!ok)
            failures.push(
              `${route.method} ${route.template} as ${caller}: wanted ${want}, got ${got} ${body.slice(0, 160)}`,
            );
        }
      expect(failures).toEqual([]);
      expect(checked).toBeGreaterThan(80 * CALLERS.length);
    });

    it("signs a session out, after which its cookie opens nothing", async () => {
      const viewer = credentials.get("viewer")!;
      const out = await app.inject({ method: "DELETE", url: "/api/v1/session", headers: viewer });
      expect(out.statusCode).toBe(204);
      const after = await app.inject({ url: "/api/v1/workspaces/demo", headers: viewer });
      expect(after.statusCode).toBe(401);
    });

    it("lets only an owner delete a workspace", async () => {
      const route: Route = {
        method: "DELETE",
        template: "/api/v1/workspaces/:workspace",
        access: ACCESS_TABLE["DELETE /api/v1/workspaces/:workspace"]!,
      };
      for (const caller of CALLERS.filter((c) => c !== "owner" && c !== "viewer")) {
        const res = await app.inject(requestOf(route, credentials.get(caller) ?? {}, ids));
        expect(res.statusCode, caller).toBe(expected(route, caller));
      }
      const res = await app.inject(requestOf(route, credentials.get("owner")!, ids));
      expect(res.statusCode).toBe(204);
    });
  });
}

/** Users of each role in the demo workspace, a non-member, tokens and a respondent link. */
async function setUpCallers(ctx: ServiceContext, credentials: Map<Caller, Record<string, string>>) {
  const cookieOf = async (userId: string) => ({
    cookie: `${SESSION_COOKIE}=${await sessionStart(ctx, userId)}`,
    origin: ORIGIN,
  });
  let owner = "";
  for (const role of WORKSPACE_ROLES) {
    const user = await userAdd(ctx, { email: `${role}@example.org`, name: role });
    await memberSet(ctx, "demo", user.id, { role });
    credentials.set(role, await cookieOf(user.id));
    if (role === "owner") owner = user.id;
  }
  const outsider = await userAdd(ctx, { email: "outsider@example.org", name: "Outsider" });
  await memberSet(ctx, "other", outsider.id, { role: "owner" });
  credentials.set("non-member", await cookieOf(outsider.id));
  const demo = await ctx.store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", "demo")
    .executeTakeFirstOrThrow();
  const other = await ctx.store.db
    .selectFrom("workspaces")
    .select("id")
    .where("slug", "=", "other")
    .executeTakeFirstOrThrow();
  const scoped = await tokenIssue(ctx, "api", "analyst token", {
    userId: owner,
    workspaceId: demo.id,
    role: "analyst",
    expiresAt: null,
  });
  credentials.set("scoped token (analyst)", { authorization: `Bearer ${scoped}` });
  await memberSet(ctx, "other", owner, { role: "owner" });
  const elsewhere = await tokenIssue(ctx, "api", "other token", {
    userId: owner,
    workspaceId: other.id,
    role: "owner",
    expiresAt: null,
  });
  credentials.set("token for another workspace", { authorization: `Bearer ${elsewhere}` });
  // A respondent link opens one form and nothing else: its secret is no bearer token or session.
  const secret = "respondent-link-secret-for-the-matrix-test-0123456789";
  await ctx.store.db
    .insertInto("respondent_links")
    .values({
      id: "link-1",
      token_hash: secretHash(secret),
      workspace_id: demo.id,
      form: "merlin",
      target_id: "x",
      organisation_id: null,
      relation: null,
      wave: null,
      label: null,
      single_use: 0,
      created_by: owner,
      created_at: ctx.now().toISOString(),
      expires_at: null,
      revoked_at: null,
    })
    .execute();
  credentials.set("respondent link", {
    authorization: `Bearer ${secret}`,
    cookie: `${SESSION_COOKIE}=${secret}`,
    origin: ORIGIN,
  });
}

/** The routes of the OpenAPI document with their access rules. */
async function documented(app: FastifyInstance, headers: Record<string, string>): Promise<Route[]> {
  const doc = (await app.inject({ url: "/api/docs/json", headers })).json() as {
    paths: Record<string, object>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => {
      const template = path.replace(/\{([^}]+)\}/g, ":$1");
      const method = m.toUpperCase();
      return { method, template, access: ACCESS_TABLE[`${method} ${template}`]! };
    }),
  );
}

/** The demo's record for routes whose rule depends on it; an id that does not exist otherwise. */
function realId(route: Route, ids: Record<string, string>): string {
  // A job's rule depends on its workspace, so even DELETE needs the real job (it only cancels it).
  if (route.template.startsWith("/api/v1/jobs/")) return ids.job!;
  if (route.method === "DELETE") return "no-such-record";
  if (route.template.includes("/appraisals/")) return ids.appraisal!;
  if (route.template.includes("/supply-chains/")) return ids.supplyChain!;
  if (route.template.includes("/value-maps/")) return ids.valueMap!;
  return "no-such-record";
}

/** A request to `route` that cannot change anything once past the guard. */
function requestOf(route: Route, headers: Record<string, string>, ids: Record<string, string>) {
  const url = route.template
    .replace(":workspace", "demo")
    .replace(":collection", "organisations")
    .replace(/:id/, realId(route, ids))
    .replace(/:[a-zA-Z]+/g, "no-such-record");
  const hasBody = route.method === "POST" || route.method === "PUT";
  return {
    method: route.method as "GET",
    url,
    headers: { ...headers, ...(hasBody ? { "content-type": "application/json" } : {}) },
    ...(hasBody ? { payload: JSON.stringify({ "not-a-field": true }) } : {}),
  };
}
