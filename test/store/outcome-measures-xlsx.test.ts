import ExcelJS from "exceljs";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { contextOf, demoLoad, type ServiceContext, tokenIssue } from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const F = "/api/v1/workspaces/demo/outcome-frameworks/demo-of-jus-navigators";

/** A workbook with a notes sheet first and a 'Measures' sheet of the given rows under the titles. */
async function workbookOf(rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("Notes").addRow(["Illustrative measures for a test"]);
  const sheet = book.addWorksheet("Measures");
  sheet.addRow(["indicator", "date", "value", "person", "phase"]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

// XLSX import of outcome measures on each dialect: the 'Measures' sheet found by name, date cells
// read as dates, all or nothing with each problem named by sheet, row and column.
describe.each(STORE_FACTORIES)("outcome measures from XLSX on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  let app: FastifyInstance;
  let headers: Record<string, string>;
  const upload = (body: Buffer) =>
    app.inject({
      method: "POST",
      url: `${F}/measures/import.xlsx`,
      headers: { ...headers, "content-type": XLSX },
      payload: body,
    });
  const measureLines = async () =>
    (await app.inject({ url: `${F}/measures.csv`, headers })).body.trim().split("\r\n").length - 1;

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

  it("refuses the whole workbook when any row is wrong, naming sheet, row and column", async () => {
    const before = await measureLines();
    const res = await upload(
      await workbookOf([
        ["jus-wemwbs", new Date(Date.UTC(2011, 0, 10)), 20, "X-1", "before"],
        ["jus-wemwbs", "2011-06-10", "lots", "X-1", "after"],
        ["no-such-indicator", "2011-06-10", 3],
      ]),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems.map((p: { path: string }) => p.path)).toEqual([
      "sheet 'Measures', row 3, column value",
      "sheet 'Measures', row 4, column indicator",
    ]);
    expect(await measureLines()).toBe(before);
  });

  it("adds every row of a good workbook, a date cell read as its date", async () => {
    const before = await measureLines();
    const res = await upload(
      await workbookOf([
        ["jus-wemwbs", new Date(Date.UTC(2011, 0, 10)), 20, "X-1", "before"],
        ["jus-wemwbs", "2011-06-10", 27, "X-1", "after"],
      ]),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ added: 2 });
    expect(await measureLines()).toBe(before + 2);
    const csv = (await app.inject({ url: `${F}/measures.csv`, headers })).body;
    expect(csv).toContain("jus-wemwbs,2011-01-10,20,X-1,before,imported");
    expect(csv).toContain("jus-wemwbs,2011-06-10,27,X-1,after,imported");
  });

  it("names a missing column and an unreadable file", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Measures").addRow(["indicator", "when", "value"]);
    const res = await upload(Buffer.from(await book.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems[0]).toEqual({
      path: "sheet 'Measures', row 1",
      message: "row 1 needs columns indicator,date,value,person,phase; missing date",
    });
    const junk = await upload(Buffer.from("not a workbook"));
    expect(junk.statusCode).toBe(400);
    expect(junk.json().error.problems[0].path).toBe("file");
  });
});
