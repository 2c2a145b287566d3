import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoApi, openDemoApi } from "../../../test/factories/demo-api.ts";

let app: FastifyInstance;
let headers: { authorization: string };
const base = "/api/v1/workspaces/demo/appraisals";
const association = `${base}/association-back-office`;

let api: DemoApi;
beforeAll(async () => {
  api = await openDemoApi(() => new Date("2026-11-29T12:00:00Z"));
  ({ app, headers } = api);
});
afterAll(() => api.close());

const call = (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) =>
  app.inject(payload === undefined ? { method, url, headers } : { method, url, headers, payload });

describe("appraisals API", () => {
  it("lists the demo's worked examples and needs a token", async () => {
    expect((await app.inject({ url: base })).statusCode).toBe(401);
    const res = await call("GET", base);
    expect(res.json().items.map((a: { id: string }) => a.id)).toContain("association-back-office");
  });

  it("runs the engine with capped iterations and a seed, the same twice", async () => {
    const url = `${association}/results?iterations=500&seed=7`;
    const one = (await call("POST", url)).json();
    const two = (await call("POST", url)).json();
    expect(one.version).toBe(1);
    expect(one.result.monteCarlo).toEqual({ iterations: 500, seed: 7 });
    expect(one.result.options.map((o: { id: string }) => o.id)).toEqual([
      "stand-alone-collaboration",
      "association",
      "full-merger",
    ]);
    expect(one.result.options[1].monteCarlo.mean).toBe(two.result.options[1].monteCarlo.mean);
    expect(one.result.assumptions.length).toBeGreaterThan(3);
    const tooMany = await call("POST", `${association}/results?iterations=10000000`);
    expect(tooMany.statusCode).toBe(400);
  });

  it("exports cash flows as CSV, the result as JSON and the workbook as XLSX", async () => {
    const csv = await call("GET", `${association}/export.csv?iterations=100`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.trim().split("\r\n");
    // 3 options × 11 years (0..10) and a header.
    expect(lines).toHaveLength(34);
    expect(lines[1]).toMatch(/^stand-alone-collaboration,Stand-alone with collaboration,0,/);
    const json = (await call("GET", `${association}/export.json?iterations=100`)).json();
    expect(json.document.format).toBe("partnerscope-appraisal/v1");
    const xlsx = await call("GET", `${association}/export.xlsx?iterations=100`);
    expect(xlsx.headers["content-disposition"]).toContain("association-back-office-v1.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain("Cash flows");
  });

  it("creates, refuses a bad document by path, decides, records actuals and shows realisation", async () => {
    const detail = (await call("GET", association)).json();
    const bad = await call("POST", base, {
      id: "copy",
      document: { ...detail.document, horizonYears: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems[0].path).toBe("$.document.horizonYears");
    const created = await call("POST", base, { id: "copy", document: detail.document });
    expect(created.statusCode).toBe(201);
    const noDecision = await call("GET", `${base}/copy/realisation`);
    expect(noDecision.statusCode).toBe(409);
    const decided = await call("POST", `${base}/copy/decide`, { option: "association" });
    expect(decided.json()).toMatchObject({ status: "decided", decidedVersion: 1 });
    const wrong = await call("PUT", `${base}/copy/actuals`, [
      { option: "full-merger", line: "fundraising", year: 1, amount: 1 },
    ]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.problems[0].path).toBe("$[0].option");
    const ok = await call("PUT", `${base}/copy/actuals`, [
      { option: "association", line: "fundraising", year: 1, amount: 39600 },
    ]);
    expect(ok.json()).toEqual({ recorded: 1 });
    const r = (await call("GET", `${base}/copy/realisation?asOf=2011-06-01`)).json();
    // Fundraising year 1 plan (the Association's integrated fundraising, ramping over 2 years):
    // 220,000 × 1/2 × 0.8 probability × (1 − 0.1 benefits bias) = 79,200; 39,600 is 50%.
    const line = r.lines.find((l: { id: string }) => l.id === "fundraising");
    expect(line.planned[1]).toBeCloseTo(79200, 6);
    expect(line.rate).toBeCloseTo(0.5, 12);
    expect(r.currentYear).toBe(2);
    expect(r.followUp.map((f: { line: string }) => f.line)).toEqual([
      "strategic-planning",
      "regional-services",
      "integration",
      "donor-database",
    ]);
    expect((await call("DELETE", `${base}/copy`)).statusCode).toBe(204);
    expect((await call("GET", `${base}/copy`)).statusCode).toBe(404);
  });
});
