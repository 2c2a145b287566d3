import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { contextOf, demoLoad, tokenIssue } from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const base = "/api/v1/workspaces/demo";

// The report files the web app offers, on each dialect: an appraisal's printable HTML report and
// a supply chain's XLSX workbook (both read by a viewer's links).
describe.each(STORE_FACTORIES)("report files on $name", (factory) => {
  let store: Store;
  let app: FastifyInstance;
  let headers: { authorization: string };
  const get = (url: string) => app.inject({ url, headers });

  beforeAll(async () => {
    store = await factory.open();
    const ctx = contextOf(store);
    await demoLoad(ctx);
    app = await buildApp({ ctx });
    headers = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("serves an appraisal's printable HTML report, shown in the browser", async () => {
    const [first] = (await get(`${base}/appraisals`)).json().items;
    const res = await get(`${base}/appraisals/${first.id}/report.html?iterations=200&seed=7`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-disposition"]).toBe(`inline; filename="${first.id}-v1.html"`);
    expect(res.body.startsWith("<!doctype html>")).toBe(true);
    expect(res.body).toContain(`<h1>${first.title.replace(/&/g, "&amp;")}</h1>`);
    expect(res.body).toContain("<svg");
  });

  it("serves a supply chain's analysis as an XLSX workbook matching the analysis", async () => {
    const [chain] = (await get(`${base}/supply-chains`)).json().items;
    const analysis = (await get(`${base}/supply-chains/${chain.id}/analysis`)).json();
    const res = await get(`${base}/supply-chains/${chain.id}/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toBe(
      `attachment; filename="${chain.id}-analysis.xlsx"`,
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Summary", "Providers", "Cash by week"]);
    const providers = book.getWorksheet("Providers")!;
    expect(providers.getCell("B1").value).toBe("Provider");
    expect(providers.getCell("H1").value).toBe("NPV (£)");
    expect(providers.rowCount).toBe(1 + analysis.providers.length);
    expect(providers.getCell("B2").value).toBe(analysis.providers[0].name);
    expect(providers.getCell("H2").value).toBe(analysis.providers[0].npv);
    const weeks = book.getWorksheet("Cash by week")!;
    expect(weeks.rowCount).toBe(1 + analysis.providers[0].cashCurve.length);
  });
});
