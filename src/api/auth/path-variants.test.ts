import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextOf, demoLoad, type ServiceContext, tokenIssue } from "../../services/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";
import { ACCESS_TABLE } from "./access-table.ts";

// Every route of the OpenAPI document, asked anonymously under every spelling of its path that a
// router or proxy might read as the same route, must answer 401 or 404 with an error and no data.
// Requests go over real HTTP so that the path reaches the server byte for byte as written.

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let port: number;

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  app = await buildApp({ ctx });
  await app.listen({ host: "127.0.0.1", port: 0 });
  port = (app.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app.close();
  await store.close();
});

interface Answer {
  status: number;
  body: string;
}

function send(method: string, path: string, headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const body = method === "GET" || method === "DELETE" ? undefined : "{}";
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: body ? { ...headers, "content-type": "application/json" } : headers,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (p: Buffer) => parts.push(p));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString() }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** An OpenAPI path with its parameters filled with values that exist in the demo workspace. */
function concrete(path: string): string {
  return path
    .replace("{workspace}", "demo")
    .replace("{collection}", "organisations")
    .replace(/\{[^}]+\}/g, "demo-org-a");
}

/** Spellings of one path that a lenient parser could take for the same route. */
function variantsOf(path: string): string[] {
  const rest = path.slice("/api".length);
  const [first = "", ...tail] = path.split("/").filter(Boolean).slice(1);
  const after = tail.join("/");
  return [
    path,
    `/%61pi${rest}`,
    `/a%70i${rest}`,
    `/%61%70%69${rest}`,
    `/%2561pi${rest}`,
    `/API${rest}`,
    `/Api${rest}`,
    `//api${rest}`,
    `/api/${first}//${after}`,
    `/api;x${rest}`,
    `/api/${first};/${after}`,
    `${path}/`,
    `${path};`,
    `/x/..${path}`,
    `/api/${first}/../${first}/${after}`,
    `/api/%2e%2e/api${rest}`,
    `/api%2F${first}%2F${after}`,
  ];
}

async function documentedRoutes(): Promise<{ method: string; path: string }[]> {
  const token = await tokenIssue(ctx, "api", "path-variant test");
  const doc = (
    await app.inject({ url: "/api/docs/json", headers: { authorization: `Bearer ${token}` } })
  ).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  // Public routes (signing in, opening an invitation) are meant to be reached without a session.
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .map((method) => ({
        method: method.toUpperCase(),
        template: path.replace(/\{([^}]+)\}/g, ":$1"),
      }))
      .filter(({ method, template }) => ACCESS_TABLE[`${method} ${template}`] !== "public")
      .map(({ method }) => ({ method: method, path: concrete(path) })),
  );
  // The documentation itself is an API route too, hidden from the document it serves.
  return [
    ...routes,
    { method: "GET", path: "/api/docs/json" },
    { method: "GET", path: "/api/docs" },
  ];
}

describe("anonymous requests under path variants", () => {
  it("never reach a route's handler: 401 or 404, an error body, and nothing changed", async () => {
    const routes = await documentedRoutes();
    expect(routes.length).toBeGreaterThan(50);
    const before = (
      await store.db
        .selectFrom("organisations")
        .select(({ fn }) => fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    const seen: string[] = [];
    for (const { method, path } of routes) {
      for (const variant of variantsOf(path)) {
        const answer = await send(method, variant);
        const where = `${method} ${variant} → ${answer.status}`;
        seen.push(where);
        expect([401, 404], where).toContain(answer.status);
        const body = JSON.parse(answer.body) as Record<string, { status?: number }>;
        expect(Object.keys(body), where).toEqual(["error"]);
        expect(body.error?.status, where).toBe(answer.status);
      }
    }
    expect(seen.length).toBeGreaterThan(routes.length * 10);
    const after = (
      await store.db
        .selectFrom("organisations")
        .select(({ fn }) => fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n;
    expect(Number(after)).toBe(Number(before));
    const workspaces = await store.db.selectFrom("workspaces").select("slug").execute();
    expect(workspaces.map((w) => w.slug)).toContain("demo");
  });

  it("still serves the same routes to a signed-in caller (the variants above are not just broken URLs)", async () => {
    const token = await tokenIssue(ctx, "api", "path-variant control");
    const answer = await send("GET", "/api/v1/workspaces/demo/organisations", {
      authorization: `Bearer ${token}`,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"id":"demo-ha1"');
  });
});
