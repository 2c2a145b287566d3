import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import {
  auditOf,
  contextOf,
  demoLoad,
  type ServiceContext,
  tokenIssue,
} from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const W = "/api/v1/workspaces/demo";
const example = JSON.parse(
  readFileSync(
    new URL("../../examples/value-maps/community-navigator.json", import.meta.url),
    "utf8",
  ),
);
const HEADER = "id,name,value,unit,currency,year,source,confidence,notes";

// The proxy library on each dialect: the demo's own illustrative proxies, CRUD, CSV import all or
// nothing with problems naming the line, and a proxy copied into a value map's outcome.
describe.each(STORE_FACTORIES)("the proxy library on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  let app: FastifyInstance;
  let headers: { authorization: string };
  const send = (method: "POST" | "PUT" | "GET" | "DELETE", url: string, payload?: unknown) =>
    app.inject({
      method,
      url,
      headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const csv = (text: string) =>
    app.inject({
      method: "POST",
      url: `${W}/proxies/import`,
      headers: { ...headers, "content-type": "text/csv" },
      payload: text,
    });
  const count = async () => (await send("GET", `${W}/proxies`)).json().items.length;

  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store);
    await demoLoad(ctx);
    app = await buildApp({ ctx });
    headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("holds the navigator reconstruction's own five illustrative proxies in the demo", async () => {
    const items = (await send("GET", `${W}/proxies`)).json().items;
    expect(items).toHaveLength(5);
    // The example map's proxies: A&E attendance £150 (confidence 3), priced at its base year 2010.
    expect(items).toContainEqual(
      expect.objectContaining({
        id: "demo-proxy-fewer-ae-attendances",
        value: 150,
        currency: "GBP",
        year: 2010,
        source: "Illustrative unit cost of an A&E attendance",
        confidence: 3,
      }),
    );
    expect(JSON.stringify(items)).not.toMatch(/HACT|Social Value Bank/i);
  });

  it("creates, reads, changes and deletes a proxy; a source is required", async () => {
    const proxy = {
      id: "gp-visit",
      name: "GP visit",
      value: 42,
      unit: "appointment",
      currency: "GBP",
      year: 2024,
      source: "Our own costing, 2024",
    };
    const noSource = await send("POST", `${W}/proxies`, { ...proxy, source: "" });
    expect(noSource.statusCode).toBe(400);
    expect(noSource.json().error.problems).toEqual([
      { path: "$.source", message: 'must not be empty (given "")' },
    ]);
    expect((await send("POST", `${W}/proxies`, proxy)).statusCode).toBe(201);
    expect((await send("POST", `${W}/proxies`, proxy)).statusCode).toBe(409);
    const changed = await send("PUT", `${W}/proxies/gp-visit`, {
      ...proxy,
      value: 45,
      confidence: 4,
    });
    expect(changed.json()).toMatchObject({ value: 45, confidence: 4 });
    const exported = await send("GET", `${W}/proxies.csv`);
    expect(exported.body).toContain(
      'gp-visit,GP visit,45,appointment,GBP,2024,"Our own costing, 2024",4,',
    );
    expect((await send("DELETE", `${W}/proxies/gp-visit`)).statusCode).toBe(204);
    expect((await send("GET", `${W}/proxies/gp-visit`)).statusCode).toBe(404);
    const log = await auditOf(ctx, "demo", { collection: "proxies", recordId: "gp-visit" });
    expect(log.items.map((e) => e.action).sort()).toEqual(["create", "delete", "update"]);
  });

  it("imports a CSV all or nothing, naming the line and column of each problem", async () => {
    const before = await count();
    const bad = await csv(
      [
        HEADER,
        "a1,Bed night,80,night,GBP,2023,Council figures,3,",
        "a2,Meal,5,meal,GBP,2023,Council figures,7,",
        "a3,Visit,12,visit,GBP,2023,,2,",
        "a1,Again,1,x,GBP,2023,Somewhere,,",
      ].join("\n"),
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems.map((p: { path: string }) => p.path)).toEqual([
      "line 3, column confidence",
      "line 4, column source",
      "line 5, column id",
    ]);
    expect(await count()).toBe(before);
    const good = await csv(
      `${HEADER}\na1,Bed night,80,night,GBP,2023,Council figures,3,\na2,Meal,5,meal,GBP,2023,Council figures,,"a note, with a comma"\n`,
    );
    expect(good.statusCode).toBe(201);
    expect(good.json()).toEqual({ added: 2 });
    expect(await count()).toBe(before + 2);
    const again = await csv(`${HEADER}\na2,Meal,5,meal,GBP,2023,Council figures,,\n`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.problems[0].path).toBe("line 2, column id");
  });

  it("copies a proxy into a value map's outcome, which doubles that outcome's value", async () => {
    await send("POST", `${W}/value-maps`, { id: "nav-copy", document: example });
    const before = (await send("GET", `${W}/value-maps/nav-copy/results?iterations=0`)).json();
    await send("POST", `${W}/proxies`, {
      id: "ae-dear",
      name: "A&E attendance",
      value: 300,
      unit: "attendance",
      currency: "GBP",
      year: 2010,
      source: "A test figure",
      confidence: 4,
    });
    const copied = await send("POST", `${W}/value-maps/nav-copy/proxy-copy`, {
      proxy: "ae-dear",
      outcome: "fewer-ae-attendances",
    });
    expect(copied.statusCode, copied.body).toBe(200);
    const outcome = copied
      .json()
      .document.outcomes.find((o: { id: string }) => o.id === "fewer-ae-attendances");
    expect(outcome.proxy).toEqual({
      value: 300,
      confidence: 4,
      source:
        "A test figure (library proxy 'ae-dear': A&E attendance, per attendance, GBP 2010 prices)",
    });
    // PV is linear in the proxy value (impact = quantity × proxy × …): 150 → 300 doubles it.
    const after = (await send("GET", `${W}/value-maps/nav-copy/results?iterations=0`)).json();
    const pv = (r: { perspectives: { id: string; byOutcome: Record<string, number> }[] }) =>
      r.perspectives.find((p) => p.id === "government")!.byOutcome["fewer-ae-attendances"]!;
    expect(pv(after)).toBeCloseTo(2 * pv(before), 6);
    await send("POST", `${W}/proxies`, {
      id: "ae-euro",
      name: "A&E",
      value: 170,
      unit: "attendance",
      currency: "EUR",
      year: 2010,
      source: "A test figure",
    });
    const euro = await send("POST", `${W}/value-maps/nav-copy/proxy-copy`, {
      proxy: "ae-euro",
      outcome: "fewer-ae-attendances",
    });
    expect(euro.statusCode).toBe(409);
    expect(euro.json().error.problems).toEqual([
      { path: "$.proxy", message: "is in EUR; the value map is in GBP" },
    ]);
    const nowhere = await send("POST", `${W}/value-maps/nav-copy/proxy-copy`, {
      proxy: "ae-dear",
      outcome: "nowhere",
    });
    expect(nowhere.statusCode).toBe(404);
  });
});
