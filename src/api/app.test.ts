import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation, buildPartnership } from "../../test/factories/entities.ts";
import { contextOf, demoLoad, type ServiceContext, tokenIssue } from "../services/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { buildApp } from "./app.ts";
import { SESSION_COOKIE } from "./auth/guard.ts";

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let auth: { authorization: string };
const base = "/api/v1/workspaces/demo";

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  app = await buildApp({ ctx });
  auth = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("access", () => {
  it("reads nothing without a session or token", async () => {
    for (const url of ["/api/v1/workspaces", `${base}/organisations`, "/api/docs/json"]) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json().error.code).toBe("unauthorised");
    }
    const wrong = await app.inject({
      url: "/api/v1/me",
      headers: { authorization: "Bearer nope" },
    });
    expect(wrong.statusCode).toBe(401);
  });

  it("trades a one-time login link for an httpOnly, SameSite=Lax session cookie of the first owner", async () => {
    const token = await tokenIssue(ctx, "login");
    const login = await app.inject({ url: `/login?token=${token}` });
    expect(login.statusCode).toBe(302);
    expect(login.headers.location).toBe("/");
    const setCookie = String(login.headers["set-cookie"]);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const session = login.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const me = await app.inject({ url: "/api/v1/me", cookies: { [SESSION_COOKIE]: session } });
    expect(me.json()).toMatchObject({ name: "Owner", via: "session", needsSetup: true });
    expect(me.json().workspaces).toContainEqual(
      expect.objectContaining({ slug: "demo", role: "owner" }),
    );
    const again = await app.inject({ url: `/login?token=${token}` });
    expect(again.statusCode).toBe(401);
  });

  it("sends security headers", async () => {
    const res = await app.inject({ url: "/api/v1/me", headers: auth });
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
  });
});

describe("resources", () => {
  it("lists the demo organisations with filters, search and paging", async () => {
    const all = await app.inject({ url: `${base}/organisations?limit=5`, headers: auth });
    expect(all.statusCode).toBe(200);
    const body = all.json();
    expect(body.items).toHaveLength(5);
    expect(body.total).toBeGreaterThan(40);
    const third = await app.inject({
      url: `${base}/organisations?sector=public&limit=500`,
      headers: auth,
    });
    expect(third.json().items.every((o: { sector: string }) => o.sector === "public")).toBe(true);
    const search = await app.inject({
      url: `${base}/organisations?q=organisation%20a`,
      headers: auth,
    });
    expect(search.json().items.map((o: { id: string }) => o.id)).toContain("demo-org-a");
  });

  it("creates, reads, replaces and deletes an organisation", async () => {
    const org = buildOrganisation({ id: "GB-CHC-7777777", name: "Test Trust" });
    const created = await app.inject({
      method: "POST",
      url: `${base}/organisations`,
      headers: auth,
      payload: org,
    });
    expect(created.statusCode).toBe(201);
    const got = await app.inject({ url: `${base}/organisations/GB-CHC-7777777`, headers: auth });
    expect(got.json()).toEqual(org);
    const renamed = await app.inject({
      method: "PUT",
      url: `${base}/organisations/GB-CHC-7777777`,
      headers: auth,
      payload: { ...org, name: "Test Trust Renamed", otherNames: ["Test Trust"] },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().otherNames).toEqual(["Test Trust"]);
    const deleted = await app.inject({
      method: "DELETE",
      url: `${base}/organisations/GB-CHC-7777777`,
      headers: auth,
    });
    expect(deleted.statusCode).toBe(204);
    const gone = await app.inject({ url: `${base}/organisations/GB-CHC-7777777`, headers: auth });
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.message).toContain("GB-CHC-7777777");
  });

  it("answers 400 naming each invalid field by path", async () => {
    const res = await app.inject({
      method: "POST",
      url: `${base}/partnerships`,
      headers: auth,
      payload: {
        ...buildPartnership({ id: "p-x" }),
        stage: 9,
        members: [{ organisation: "demo-org-a", role: "boss" }],
      },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["$.stage", "$.members[0].role"]));
  });

  it("answers 409 for a duplicate id, an unknown member and a delete of something referenced", async () => {
    const dup = await app.inject({
      method: "POST",
      url: `${base}/organisations`,
      headers: auth,
      payload: buildOrganisation({ id: "demo-org-a" }),
    });
    expect(dup.statusCode).toBe(409);
    const ghost = await app.inject({
      method: "POST",
      url: `${base}/partnerships`,
      headers: auth,
      payload: buildPartnership({ id: "p-ghost", commissioner: "ghost-org" }),
    });
    expect(ghost.statusCode).toBe(409);
    expect(ghost.json().error.problems[0].path).toBe("$.commissioner");
    const referenced = await app.inject({
      method: "DELETE",
      url: `${base}/organisations/demo-org-a`,
      headers: auth,
    });
    expect(referenced.statusCode).toBe(409);
  });

  it("creates a partnership with two members and lists it for each member", async () => {
    const p = buildPartnership({
      id: "p-new",
      members: [
        {
          organisation: "demo-org-a",
          role: "lead",
          joined: "2020-01-01",
          left: null,
          shareOfValue: null,
          shareOfTurnover: 0.1,
          shareOfStaff: null,
        },
        {
          organisation: "demo-org-b",
          role: "member",
          joined: "2020-01-01",
          left: null,
          shareOfValue: null,
          shareOfTurnover: null,
          shareOfStaff: null,
        },
      ],
    });
    const created = await app.inject({
      method: "POST",
      url: `${base}/partnerships`,
      headers: auth,
      payload: p,
    });
    expect(created.statusCode).toBe(201);
    const forB = await app.inject({
      url: `${base}/partnerships?organisation=demo-org-b&limit=500`,
      headers: auth,
    });
    expect(forB.json().items.map((x: { id: string }) => x.id)).toContain("p-new");
  });

  it("answers 404 for an unknown workspace and 413 for an oversized body", async () => {
    const none = await app.inject({
      url: "/api/v1/workspaces/nowhere/organisations",
      headers: auth,
    });
    expect(none.statusCode).toBe(404);
    const big = await app.inject({
      method: "POST",
      url: `${base}/organisations`,
      headers: { ...auth, "content-type": "application/json" },
      payload: JSON.stringify({ name: "x".repeat(6 * 1024 * 1024) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("too_large");
  });

  it("publishes OpenAPI for signed-in callers", async () => {
    const res = await app.inject({ url: "/api/docs/json", headers: auth });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain("/api/v1/workspaces/{workspace}/partnerships");
  });
});

describe("workspaces", () => {
  it("creates, renames and deletes a workspace with everything in it", async () => {
    const created = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: auth,
      payload: { slug: "scratch", name: "Scratch" },
    });
    expect(created.statusCode).toBe(201);
    await app.inject({
      method: "POST",
      url: "/api/v1/workspaces/scratch/organisations",
      headers: auth,
      payload: buildOrganisation(),
    });
    const renamed = await app.inject({
      method: "PUT",
      url: "/api/v1/workspaces/scratch",
      headers: auth,
      payload: { name: "Renamed" },
    });
    expect(renamed.json()).toEqual({ slug: "scratch", name: "Renamed" });
    expect(
      (await app.inject({ url: "/api/v1/workspaces/scratch", headers: auth })).json().name,
    ).toBe("Renamed");
    const badSlug = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      headers: auth,
      payload: { slug: "Bad Slug", name: "x" },
    });
    expect(badSlug.json().error.problems[0].path).toBe("$.slug");
    expect(
      (await app.inject({ method: "DELETE", url: "/api/v1/workspaces/scratch", headers: auth }))
        .statusCode,
    ).toBe(204);
    expect(
      (await app.inject({ url: "/api/v1/workspaces/scratch/organisations", headers: auth }))
        .statusCode,
    ).toBe(404);
  });
});

describe("exchange over HTTP", () => {
  it("exports a workspace and imports it into a new one, all or nothing", async () => {
    const exported = await app.inject({ url: `${base}/export`, headers: auth });
    expect(exported.json().format).toBe("partnerscope/v1");
    const bad = { ...exported.json(), events: [{ id: "e", date: "2010-02-30", type: "formed" }] };
    const rejected = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces/copy/import",
      headers: auth,
      payload: bad,
    });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json().error.problems[0].path).toBe("$.events[0].date");
    const listed = await app.inject({ url: "/api/v1/workspaces", headers: auth });
    expect(listed.json().items.map((w: { slug: string }) => w.slug)).not.toContain("copy");
    const ok = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces/copy/import",
      headers: auth,
      payload: exported.json(),
    });
    expect(ok.json()).toMatchObject({ workspace: "copy", created: true });
  });
});
