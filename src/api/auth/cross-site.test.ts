import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contextOf,
  demoLoad,
  firstOwnerEnsure,
  type ServiceContext,
  sessionStart,
  tokenIssue,
} from "../../services/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";
import { SESSION_COOKIE } from "./guard.ts";
import { originCheck } from "./origin.ts";

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let cookies: Record<string, string>;
let bearer: { authorization: string };
const own = "http://localhost:80";
const csv = "id,name,sector\nGB-CHC-1,Cross-site charity,third\n";

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  app = await buildApp({ ctx });
  cookies = { [SESSION_COOKIE]: await sessionStart(ctx, (await firstOwnerEnsure(ctx)).id) };
  bearer = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
});
afterAll(async () => {
  await app.close();
  await store.close();
});

function importCsv(headers: Record<string, string>, auth: "cookie" | "bearer" = "cookie") {
  return app.inject({
    method: "POST",
    url: "/api/v1/workspaces/demo/imports?kind=csv&filename=orgs.csv",
    headers: { "content-type": "text/csv", ...headers, ...(auth === "bearer" ? bearer : {}) },
    ...(auth === "cookie" ? { cookies } : {}),
    payload: csv,
  });
}

async function organisationCount(): Promise<number> {
  const res = await app.inject({
    url: "/api/v1/workspaces/demo/organisations?limit=1",
    headers: bearer,
  });
  return res.json().total;
}

describe("originCheck", () => {
  it.each([
    ["GET", {}, null],
    ["HEAD", { origin: "http://evil.test" }, null],
    ["POST", { origin: own }, null],
    ["POST", { origin: "HTTP://LOCALHOST:80" }, null],
    ["DELETE", { "sec-fetch-site": "same-origin" }, null],
    ["POST", { origin: "http://localhost:9999" }, "another origin (http://localhost:9999)"],
    ["PUT", { origin: "null" }, "another origin (null)"],
    ["POST", { "sec-fetch-site": "same-site" }, "came from a same-site page"],
    ["PATCH", { "sec-fetch-site": "cross-site" }, "came from a cross-site page"],
    ["POST", {}, "must say where it came from"],
  ] as const)("%s with %j → %s", (method, headers, expected) => {
    const why = originCheck(method, headers, own);
    if (expected === null) expect(why).toBeNull();
    else expect(why).toContain(expected);
  });
});

describe("cross-site writes with the session cookie", () => {
  it("refuses an import from a page on another port of the same host, and writes nothing", async () => {
    const before = await organisationCount();
    const refused: Record<string, string>[] = [
      { origin: "http://localhost:9999" },
      { "sec-fetch-site": "same-site" },
      {},
    ];
    for (const headers of refused) {
      const res = await importCsv(headers);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe("cross_site");
    }
    const undo = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces/demo/imports/some-batch/undo",
      cookies,
      headers: { origin: "http://127.0.0.1:5173" },
    });
    expect(undo.statusCode).toBe(403);
    const remove = await app.inject({ method: "DELETE", url: "/api/v1/workspaces/demo", cookies });
    expect(remove.statusCode).toBe(403);
    expect(await organisationCount()).toBe(before);
  });

  it("accepts the same write from our own origin, and from a bearer token with no origin", async () => {
    const before = await organisationCount();
    const own = await importCsv({ origin: "http://localhost:80" });
    expect(own.statusCode, own.body).toBe(200);
    expect(await organisationCount()).toBe(before + 1);
    const script = await importCsv({}, "bearer");
    expect(script.statusCode, script.body).toBe(200);
    expect(script.json().report.valid).toBe(true);
  });

  it("lets reads through whatever their origin (a cross-site page cannot read the answer)", async () => {
    const res = await app.inject({
      url: "/api/v1/workspaces/demo",
      cookies,
      headers: { origin: "http://localhost:9999" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("no-store");
  });
});

describe("the imports route's content types", () => {
  it.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])(
    "refuses %s, which any page's form could send, with 415",
    async (type) => {
      const res = await importCsv({ "content-type": type }, "bearer");
      expect(res.statusCode).toBe(415);
      expect(res.json().error.message).toContain(type.split(";")[0]);
    },
  );

  it("imports a JSON file sent as application/json (was a 500)", async () => {
    const res = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces/demo/imports?kind=ocds&dryRun=true",
      headers: { ...bearer, "content-type": "application/json" },
      payload: JSON.stringify({ releases: [] }),
    });
    expect(res.statusCode, res.body).toBeLessThan(500);
    expect(res.statusCode, res.body).toBe(200);
  });

  it("answers 400 naming the mapping for a malformed or unusable mapping (was a 500)", async () => {
    for (const mapping of ["{not json", "{}"]) {
      const res = await app.inject({
        method: "POST",
        url: `/api/v1/workspaces/demo/imports?kind=csv&mapping=${encodeURIComponent(mapping)}`,
        headers: { ...bearer, "content-type": "text/csv" },
        payload: csv,
      });
      expect(res.statusCode, mapping).toBe(400);
      expect(res.json().error.problems[0].path).toBe("query.mapping");
    }
  });
});
