import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEvidence, buildPartnership } from "../../../test/factories/entities.ts";
import { contextOf, type ServiceContext, tokenIssue } from "../../services/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let headers: { authorization: string };
const W = "/api/v1/workspaces/t";

beforeAll(async () => {
  store = await openStore({
    databaseUrl: process.env.PARTNERSCOPE_TEST_API_DATABASE_URL ?? ":memory:",
  });
  ctx = contextOf(store);
  app = await buildApp({ ctx });
  headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  await send("POST", "/api/v1/workspaces", { slug: "t", name: "T" });
  await send(
    "POST",
    `${W}/partnerships`,
    buildPartnership({ id: "p-merger", form: "merger", origin: "mandated", stage: 7 }),
  );
  await send(
    "POST",
    `${W}/partnerships`,
    buildPartnership({ id: "p-group", form: "group_structure" }),
  );
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const get = (url: string) => app.inject({ url, headers });
const send = (method: "POST" | "PUT" | "DELETE", url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const trustRow = async (by: string) =>
  (await get(`${W}/evidence/summary?by=${by}`))
    .json()
    .rows.find((r: { code: string }) => r.code === "barriers");

describe("codebook routes", () => {
  it("lists the default codebook in tree order with uses", async () => {
    const res = await get(`${W}/codebook`);
    expect(res.statusCode).toBe(200);
    const codes = res.json().codes;
    expect(codes).toHaveLength(34);
    // Top level by name: Barriers, Drivers, Themes of the paper; each followed by its children.
    expect(codes[0]).toMatchObject({ id: "barriers", parent: null, uses: 0 });
    expect(codes[1]).toMatchObject({ id: "barrier-capacity", parent: "barriers" });
  });

  it("adds, renames and moves a code; refuses a move under itself, naming the field", async () => {
    expect(
      (
        await send("POST", `${W}/codebook`, {
          id: "lp",
          name: "Local politics",
          parent: "barriers",
        })
      ).statusCode,
    ).toBe(201);
    const renamed = await send("PUT", `${W}/codebook/lp`, {
      name: "Councillors",
      parent: "themes",
    });
    expect(renamed.json()).toMatchObject({ id: "lp", name: "Councillors", parent: "themes" });
    const loop = await send("PUT", `${W}/codebook/themes`, { parent: "lp" });
    expect(loop.statusCode).toBe(400);
    expect(loop.json().error.problems[0].path).toBe("$.parent");
    const clash = await send("POST", `${W}/codebook`, { id: "lp", name: "Again" });
    expect(clash.statusCode).toBe(409);
  });

  it("removes an unused code, and refuses a used one or one with children, saying why", async () => {
    expect(
      (
        await send("POST", `${W}/evidence`, {
          ...buildEvidence({ id: "e-lp", themes: [] }),
          codes: ["lp"],
        })
      ).statusCode,
    ).toBe(201);
    const used = await send("DELETE", `${W}/codebook/lp`);
    expect(used.statusCode).toBe(409);
    expect(used.json().error.message).toContain("used by 1 evidence item");
    const parent = await send("DELETE", `${W}/codebook/drivers`);
    expect(parent.json().error.message).toContain("has codes under it");
    expect((await send("DELETE", `${W}/evidence/e-lp`)).statusCode).toBe(204);
    expect((await send("DELETE", `${W}/codebook/lp`)).statusCode).toBe(204);
  });

  it("refuses evidence coded with a code the codebook lacks, naming the index", async () => {
    const res = await send("POST", `${W}/evidence`, {
      ...buildEvidence({ id: "e-x" }),
      codes: ["barrier-trust", "nope"],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.problems).toEqual([
      { path: "$.codes[1]", message: `there is no code "nope" in this workspace's codebook` },
    ]);
  });
});

describe("evidence filters, summaries, drivers and barriers", () => {
  it("counts an item under its code and every code above it, per partnership form", async () => {
    expect(await trustRow("form")).toMatchObject({ total: 0 });
    await send("POST", `${W}/evidence`, {
      ...buildEvidence({ id: "e1", themes: [], partnership: "p-merger" }),
      codes: ["barrier-trust", "barrier-culture"],
    });
    await send("POST", `${W}/evidence`, {
      ...buildEvidence({ id: "e2", themes: [], partnership: "p-group", source: "Board paper" }),
      codes: ["barrier-vat-tax", "driver-policy"],
    });
    await send("POST", `${W}/evidence`, {
      ...buildEvidence({ id: "e3", themes: [] }),
      codes: ["barrier-trust"],
    });
    // Barriers: e1 (merger, once though coded twice), e2 (group structure), e3 (no partnership).
    const row = await trustRow("form");
    expect(row.counts).toEqual({ merger: 1, group_structure: 1, none: 1 });
    expect(row.total).toBe(3);
    expect((await trustRow("origin")).counts).toEqual({ mandated: 1, voluntary: 1, none: 1 });
    const summary = (await get(`${W}/evidence/summary?by=form`)).json();
    // Columns in the order of the forms list (group structure before merger), "none" last.
    expect(summary.columns).toEqual(["group_structure", "merger", "none"]);
    expect(summary.rows.find((r: { code: string }) => r.code === "driver-policy").counts).toEqual({
      merger: 0,
      group_structure: 1,
      none: 0,
    });
  });

  it("refuses an unknown summary axis, naming it", async () => {
    expect((await get(`${W}/evidence/summary?by=colour`)).statusCode).toBe(400);
  });

  it("filters the list by code with descendants, partnership and text", async () => {
    const ids = async (query: string) =>
      (await get(`${W}/evidence?${query}`)).json().items.map((e: { id: string }) => e.id);
    expect(await ids("code=barriers")).toEqual(["e1", "e2", "e3"]);
    expect(await ids("code=drivers-top-down")).toEqual(["e2"]);
    expect(await ids("code=barriers&partnership=p-merger")).toEqual(["e1"]);
    expect(await ids("q=board%20PAPER")).toEqual(["e2"]);
  });

  it("lists a partnership's drivers and barriers with their evidence", async () => {
    const res = await get(`${W}/partnerships/p-group/drivers-barriers`);
    expect(res.json()).toEqual({
      partnership: "p-group",
      drivers: [
        {
          code: "driver-policy",
          name: "Policy and mandate",
          group: "Top-down drivers",
          evidence: ["e2"],
        },
      ],
      barriers: [
        { code: "barrier-vat-tax", name: "VAT and tax", group: "Barriers", evidence: ["e2"] },
      ],
    });
    expect((await get(`${W}/partnerships/nope/drivers-barriers`)).statusCode).toBe(404);
  });

  it("exports a .qdpx and imports it back (all codings kept)", async () => {
    const res = await get(`${W}/evidence/export.qdpx`);
    expect(res.headers["content-type"]).toBe("application/zip");
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const back = await app.inject({
      method: "POST",
      url: `${W}/evidence/import`,
      headers: { ...headers, "content-type": "application/zip" },
      payload: res.rawPayload,
    });
    expect(back.json()).toEqual({
      codesAdded: 0,
      evidenceAdded: 0,
      evidenceUpdated: 3,
      codings: 5,
    });
    const broken = await app.inject({
      method: "POST",
      url: `${W}/evidence/import`,
      headers: { ...headers, "content-type": "application/zip" },
      payload: Buffer.from("not a zip"),
    });
    expect(broken.statusCode).toBe(400);
  });
});
