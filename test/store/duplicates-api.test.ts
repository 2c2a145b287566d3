import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { contextOf, demoLoad, tokenIssue } from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { buildOrganisation } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const base = "/api/v1/workspaces/demo";

// Duplicates on each dialect: two same-named organisations with different company numbers are
// not offered unless weaker matches are asked for, and then with a warning naming both numbers;
// a merge is listed with both organisations' names, so that 'Undo merge' can name them.
describe.each(STORE_FACTORIES)("duplicates and merges on $name", (factory) => {
  let store: Store;
  let app: FastifyInstance;
  let headers: { authorization: string };
  type Pair = { a: string; b: string; warning?: string };
  const riverside = (items: Pair[]) =>
    items
      .filter((p) => p.a.startsWith("rc-") && p.b.startsWith("rc-"))
      .map((p) => `${p.a}|${p.b}${p.warning ? ` ${p.warning}` : ""}`);

  beforeAll(async () => {
    store = await factory.open();
    const ctx = contextOf(store);
    await demoLoad(ctx);
    app = await buildApp({ ctx });
    headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
    const orgs = [
      buildOrganisation({
        id: "rc-1",
        name: "Riverside Care Ltd",
        identifiers: [{ scheme: "GB-COH", id: "01234567" }],
      }),
      buildOrganisation({
        id: "rc-2",
        name: "Riverside Care Limited",
        identifiers: [{ scheme: "GB-COH", id: "07654321" }],
      }),
      buildOrganisation({ id: "rc-3", name: "Riverside Care", identifiers: [] }),
    ];
    for (const org of orgs) {
      const res = await app.inject({
        method: "POST",
        url: `${base}/organisations`,
        headers,
        payload: org,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("leaves out the pair with two company numbers unless weaker matches are asked for", async () => {
    const strict = await app.inject({ url: `${base}/duplicates`, headers });
    expect(strict.statusCode).toBe(200);
    expect(riverside(strict.json().items)).toEqual(["rc-1|rc-3", "rc-2|rc-3"]);
    const weaker = await app.inject({ url: `${base}/duplicates?weaker=true`, headers });
    expect(riverside(weaker.json().items)).toEqual([
      "rc-1|rc-2 Probably two organisations: different company numbers: 01234567 and 07654321",
      "rc-1|rc-3",
      "rc-2|rc-3",
    ]);
  });

  it("lists a merge with the names of both organisations", async () => {
    const merged = await app.inject({
      method: "POST",
      url: `${base}/organisations/rc-3/merge`,
      headers,
      payload: { into: "rc-1" },
    });
    expect(merged.statusCode).toBe(201);
    const merges = (await app.inject({ url: `${base}/merges`, headers })).json().items;
    expect(merges[0]).toMatchObject({
      survivorId: "rc-1",
      survivorName: "Riverside Care Ltd",
      mergedId: "rc-3",
      mergedName: "Riverside Care",
    });
  });
});
