import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "./server.ts";
import { signedInBrowser } from "./signed-in.ts";

// The appraisal's printable HTML report beside its XLSX, and a supply chain's XLSX workbook,
// offered in the web app.
const TITLE = "Sight-loss charities: the Association against a full merger (illustrative figures)";
const CHAIN = "work-programme-area-x";

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems, { acceptDownloads: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("report files in the web app", () => {
  it("opens the appraisal's printable report, beside the XLSX workbook", async () => {
    await page.goto(`${server.origin}/w/demo/appraisals`);
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByTestId("npv").waitFor();
    const exports = page.locator(".exports");
    expect(await exports.getByRole("link", { name: "XLSX workbook" }).count()).toBe(1);
    const [report] = await Promise.all([
      page.context().waitForEvent("page"),
      exports.getByRole("link", { name: /^Printable report/ }).click(),
    ]);
    await report.waitForLoadState();
    expect(await report.locator("h1").textContent()).toBe(TITLE);
    expect(await report.locator("svg").count()).toBeGreaterThan(0);
    await report.close();
  });

  it("downloads the supply chain's workbook", async () => {
    await page.goto(`${server.origin}/w/demo/supply-chains/${CHAIN}`);
    const link = page.getByRole("link", { name: "workbook (XLSX)" });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe(`${CHAIN}-analysis.xlsx`);
    expect(problems).toEqual([]);
  });
});
