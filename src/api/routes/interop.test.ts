import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildOrganisation } from "../../../test/factories/entities.ts";
import {
  contextOf,
  demoLoad,
  exchangeExportJson,
  type ServiceContext,
  tokenIssue,
} from "../../services/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";

const CF = new URL(
  "../../../test/fixtures/ocds/contracts-finder-2025/ocds-b5fd17-8c7529f3-ad28-4b4d-b917-c5d1578e412f.json",
  import.meta.url,
);
let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let headers: Record<string, string>;
const base = "/api/v1/workspaces/demo";

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  app = await buildApp({ ctx });
  headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const upload = (query: string, payload: string | Buffer) =>
  app.inject({
    method: "POST",
    url: `${base}/imports?${query}`,
    headers: { ...headers, "content-type": "application/octet-stream" },
    payload,
  });

describe("imports API", () => {
  it("dry-runs, imports, lists and undoes a raw OCDS upload", async () => {
    const before = await exchangeExportJson(ctx, "demo");
    const file = readFileSync(CF);
    const dry = await upload("kind=ocds&dryRun=true&filename=pfp.json", file);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({
      dryRun: true,
      batch: null,
      sourceFile: "pfp.json",
      report: { valid: true },
    });
    expect(await exchangeExportJson(ctx, "demo")).toBe(before);
    const done = await upload("kind=ocds&filename=pfp.json", file);
    const { batch, created } = done.json();
    expect(created.contracts).toHaveLength(1);
    const list = await app.inject({ url: `${base}/imports`, headers });
    expect(list.json().items[0]).toMatchObject({
      id: batch,
      sourceFile: "pfp.json",
      undoneAt: null,
    });
    const undo = await app.inject({
      method: "POST",
      url: `${base}/imports/${batch}/undo`,
      headers,
    });
    expect(undo.statusCode).toBe(200);
    expect(await exchangeExportJson(ctx, "demo")).toBe(before);
    const twice = await app.inject({
      method: "POST",
      url: `${base}/imports/${batch}/undo`,
      headers,
    });
    expect(twice.statusCode).toBe(409);
  });

  it("answers 400 naming the byte offset of broken JSON, and the rules of invalid records", async () => {
    const broken = await upload("kind=ocds", '{"releases": [');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toMatch(/byte \d+/);
    const bad = await upload(
      "kind=csv&filename=o.csv",
      "id,name,sector,kind\nx,X,nowhere,charity\n",
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems[0].message).toMatch(/organisation sector/);
  });
});

describe("duplicates and merges API", () => {
  it("proposes the Axis Europe duplicates, merges two and undoes the merge", async () => {
    await upload("kind=ocds&filename=pfp.json", readFileSync(CF));
    const dups = await app.inject({ url: `${base}/duplicates`, headers });
    const pair = dups.json().items.find((c: { aName: string }) => /Axis Europe/i.test(c.aName));
    expect(pair).toMatchObject({
      score: expect.any(Number),
      reasons: expect.arrayContaining(["same name"]),
    });
    const merged = await app.inject({
      method: "POST",
      url: `${base}/organisations/${pair.b}/merge`,
      headers,
      payload: { into: pair.a },
    });
    expect(merged.statusCode).toBe(201);
    const { merge } = merged.json();
    const gone = await app.inject({ url: `${base}/organisations/${pair.b}`, headers });
    expect(gone.statusCode).toBe(404);
    expect((await app.inject({ url: `${base}/merges`, headers })).json().items[0].id).toBe(merge);
    const undo = await app.inject({ method: "POST", url: `${base}/merges/${merge}/undo`, headers });
    expect(undo.statusCode).toBe(200);
    expect((await app.inject({ url: `${base}/organisations/${pair.b}`, headers })).statusCode).toBe(
      200,
    );
  });
});

describe("exports API", () => {
  it("serves formula-safe CSV per entity, an XLSX workbook and an OCDS package", async () => {
    const csv = await app.inject({ url: `${base}/export.csv?entity=memberships`, headers });
    expect(csv.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.body.split("\r\n")[0]).toBe(
      "partnership,organisation,role,joined,left,shareOfValue,shareOfTurnover,shareOfStaff",
    );
    expect((await app.inject({ url: `${base}/export.csv?entity=nope`, headers })).statusCode).toBe(
      400,
    );
    const xlsx = await app.inject({ url: `${base}/export.xlsx`, headers });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const ocds = await app.inject({ url: `${base}/export.ocds.json`, headers });
    expect(ocds.json().version).toBe("1.1");
  });
});

describe("provenance API", () => {
  it("says which file, publisher, release and import each imported record came from", async () => {
    // A workspace of its own: the demo's may hold this release from the tests above.
    const done = await app.inject({
      method: "POST",
      url: "/api/v1/workspaces/provenance/imports?kind=ocds&filename=cf-2025.json",
      headers: { ...headers, "content-type": "application/octet-stream" },
      payload: readFileSync(CF),
    });
    const base = "/api/v1/workspaces/provenance";
    const { batch, created } = done.json();
    // The file is one bare release.
    const release = JSON.parse(readFileSync(CF, "utf8"));
    const contract = created.contracts[0];
    const res = await app.inject({ url: `${base}/contracts/${contract}/provenance`, headers });
    expect(res.statusCode, `${contract}: ${res.body}`).toBe(200);
    expect(res.json().items).toEqual([
      expect.objectContaining({
        batch,
        importKind: "ocds",
        sourceFile: "cf-2025.json",
        ocid: release.ocid,
      }),
    ]);
    expect(res.json().items[0].sourceId).toContain(release.id);
    const buyer = await app.inject({
      url: `${base}/organisations/${created.organisations[0]}/provenance`,
      headers,
    });
    expect(buyer.json().items).toHaveLength(1);
    // A record entered by hand has no provenance; an unknown one is not found.
    const typed = await app.inject({
      method: "POST",
      url: `${base}/organisations`,
      headers,
      payload: { ...buildOrganisation(), id: "GB-CHC-9999991" },
    });
    expect(typed.statusCode).toBe(201);
    const hand = await app.inject({
      url: `${base}/organisations/GB-CHC-9999991/provenance`,
      headers,
    });
    expect(hand.json()).toEqual({ items: [] });
    const missing = await app.inject({ url: `${base}/contracts/nope/provenance`, headers });
    expect(missing.statusCode).toBe(404);
    const wrong = await app.inject({ url: `${base}/imports/${batch}/provenance`, headers });
    expect(wrong.statusCode).toBe(400);
  });
});
