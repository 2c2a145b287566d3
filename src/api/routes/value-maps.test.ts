import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  auditOf,
  contextOf,
  type ServiceContext,
  tokenIssue,
  workspaceAdd,
} from "../../services/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let headers: { authorization: string };
let example: Record<string, unknown>;
const base = "/api/v1/workspaces/vm/value-maps";

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await workspaceAdd(ctx, { slug: "vm", name: "Value maps" });
  app = await buildApp({ ctx });
  headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  example = JSON.parse(
    await readFile(
      new URL("../../../examples/value-maps/community-navigator.json", import.meta.url),
      "utf8",
    ),
  );
});
afterAll(async () => {
  await app.close();
  await store.close();
});

const send = (method: "POST" | "PUT" | "GET" | "DELETE", url: string, payload?: unknown) =>
  app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const ratios = (result: { perspectives: { id: string; ratio: number }[] }) =>
  Object.fromEntries(result.perspectives.map((p) => [p.id, p.ratio.toFixed(2)]));

describe("value maps API", () => {
  it("evaluates an unsaved document without storing it: 4.44 and 3.87", async () => {
    const res = await send("POST", `${base}/evaluate?iterations=500&seed=3`, { document: example });
    expect(res.statusCode).toBe(200);
    expect(ratios(res.json())).toEqual({ government: "4.44", society: "3.87" });
    expect(res.json().perspectives[0].monteCarlo).toEqual(
      expect.objectContaining({ p50: expect.any(Number) }),
    );
    expect((await send("GET", base)).json().items).toEqual([]);
  });

  it("refuses a bad document naming the path under $.document", async () => {
    const bad = structuredClone(example) as { outcomes: { dropOff: number }[] };
    bad.outcomes[1]!.dropOff = 2;
    const res = await send("POST", `${base}/evaluate`, { document: bad });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems[0]).toEqual({
      path: "$.document.outcomes[1].dropOff",
      message: "must be between 0 and 1 (given 2)",
    });
  });

  it("creates, lists, reads, replaces and deletes a value map, auditing each write", async () => {
    const created = await send("POST", base, { id: "navigator", document: example });
    expect(created.statusCode).toBe(201);
    expect(created.json().document.outcomes[0].startYear).toBe(1);
    expect((await send("POST", base, { id: "navigator", document: example })).statusCode).toBe(409);
    expect((await send("GET", base)).json().items).toEqual([
      expect.objectContaining({ id: "navigator", perspectives: 2, inputs: 2, outcomes: 5 }),
    ]);
    const results = await send("GET", `${base}/navigator/results?iterations=0`);
    expect(ratios(results.json())).toEqual({ government: "4.44", society: "3.87" });
    expect(results.json().perspectives[0].monteCarlo).toBeNull();
    const changed = structuredClone(example) as { title: string; inputs: { amount: number }[] };
    changed.title = "Navigator (illustrative) — volunteers doubled";
    changed.inputs[1]!.amount = 64_000;
    const put = await send("PUT", `${base}/navigator`, { document: changed });
    expect(put.statusCode).toBe(200);
    // Society's inputs are now 150,000 + 64,000 = 214,000: 704,844.57 / 214,000 = 3.29.
    expect(
      ratios((await send("GET", `${base}/navigator/results?iterations=0`)).json()).society,
    ).toBe("3.29");
    expect((await send("DELETE", `${base}/navigator`)).statusCode).toBe(204);
    expect((await send("GET", `${base}/navigator`)).statusCode).toBe(404);
    const audit = await auditOf(ctx, "vm", { collection: "value-maps" });
    expect(audit.items.map((a) => a.action)).toEqual(["delete", "update", "create"]);
    expect(JSON.stringify(audit.items)).not.toContain("Council housing service");
  });

  it("exports the workbook and the HTML report", async () => {
    await send("POST", base, { id: "nav2", document: example });
    const xlsx = await send("GET", `${base}/nav2/export.xlsx?iterations=100`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.getWorksheet("Outcomes")!.rowCount).toBe(6);
    const html = await send("GET", `${base}/nav2/export.html`);
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.body).toContain("reconstruction with illustrative inputs");
  });
});
