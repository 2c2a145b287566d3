import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

// Outcome frameworks edited in the browser: an editor (the demo's owner) creates a framework with
// two outcomes, enters measures and sees the chart and paired change move; a CSV with a bad line is
// refused by line and stores nothing; a viewer sees the framework but no edit controls.

const SHOTS = "test-results";
const PARTNERSHIP = "demo-p-ipc-midlands";
const PAGE = `/w/demo/partnerships/${PARTNERSHIP}/outcomes`;

let server: TestServer;
let browser: Browser;
let page: Page;
let frameworkId = "";
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  // bypassCSP lets axe-core's script be injected; the app's own scripts need no such help.
  page = await (await browser.newContext({ locale: "en-GB", bypassCSP: true })).newPage();
  watchPage(page, problems, { consoleErrors: false });
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function fillOutcome(n: number, title: string, setBy: string, ind: string[]) {
  await page.getByLabel(`Outcome ${n}: the change sought`).fill(title);
  await page.getByLabel(`Outcome ${n}: who set it`).selectOption(setBy);
  const p = `Outcome ${n}, indicator 1`;
  await page.getByLabel(`${p}: what is measured`).fill(ind[0]!);
  await page.getByLabel(`${p}: unit`).fill(ind[1]!);
  await page.getByLabel(`${p}: baseline`).fill(ind[2]!);
  await page.getByLabel(`${p}: target`).fill(ind[3]!);
  await page.getByLabel(`${p}: which way is better`).selectOption(ind[4]!);
}

async function addMeasure(date: string, value: string, person: string, phase: string) {
  const form = page.getByRole("form", { name: "Enter a measure" });
  await form.getByLabel("Indicator").selectOption({ index: 0 });
  await form.getByLabel("Date measured").fill(date);
  await form.getByLabel("Value").fill(value);
  await form.getByLabel("Person's code (optional)").fill(person);
  await form.getByLabel("Before or after (optional)").selectOption(phase);
  await form.getByRole("button", { name: "Add measure" }).click();
}

describe("editing a partnership's outcomes in the browser", () => {
  it("creates a framework with two outcomes; the gauge counts the one users set", async () => {
    await page.goto(`${server.origin}${PAGE}`);
    await page.getByRole("button", { name: "New outcome framework" }).click();
    await page.getByLabel("Title").fill("Midlands care outcomes");
    await page.getByLabel("How far service users are involved").selectOption("involve");
    await fillOutcome(1, "People feel less lonely", "users", [
      "Loneliness score",
      "points",
      "6",
      "3",
      "lower_is_better",
    ]);
    await page.getByRole("button", { name: "Add another outcome" }).click();
    await fillOutcome(2, "Fewer emergency admissions", "commissioner", [
      "Emergency admissions",
      "admissions",
      "10",
      "5",
      "lower_is_better",
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Create framework" }).click();
    const gauge = page.getByRole("region", { name: "Voice of users" });
    // One outcome of two set by users, none co-produced: 50 %.
    await expect.poll(() => gauge.textContent()).toContain("1 of 2 outcomes");
    await expect.poll(() => gauge.textContent()).toContain("50%");
    const list = await pageApi(page, "/workspaces/demo/outcome-frameworks");
    const mine = list.json.items.filter(
      (f: { partnership: string }) => f.partnership === PARTNERSHIP,
    );
    expect(mine).toHaveLength(1);
    frameworkId = mine[0].id;
    expect(mine[0].title).toBe("Midlands care outcomes");
  });

  it("shows a wrong value and the server's problem with the date beside the fields, then enters two measures and the chart and paired change update", async () => {
    await addMeasure("01/03/2026", "", "R1", "before");
    const value = page.getByRole("form", { name: "Enter a measure" }).getByLabel("Value");
    await expect.poll(() => value.getAttribute("aria-invalid")).toBe("true");
    await expect
      .poll(() => page.locator(".error-summary").textContent())
      .toContain("Measure 1: value must be a number");
    // 31 February is no date: the field passes the text on and the server names the field.
    await addMeasure("31/02/2026", "6", "R1", "before");
    const date = page.getByRole("form", { name: "Enter a measure" }).getByLabel("Date measured");
    await expect.poll(() => date.getAttribute("aria-invalid")).toBe("true");
    const summary = page.locator(".error-summary");
    await expect.poll(() => summary.textContent()).toContain("No measures were added");
    await expect.poll(() => summary.textContent()).toContain("Measure 1: date");
    await addMeasure("01/03/2026", "6", "R1", "before");
    await expect.poll(() => page.locator("figure.outcome-chart circle.point").count()).toBe(1);
    await addMeasure("01/09/2026", "4", "R1", "after");
    await expect.poll(() => page.locator("figure.outcome-chart circle.point").count()).toBe(2);
    const paired = page.locator('table[data-table="paired-change"]');
    // R1: 6 before, 4 after: change −2, lower is better so improved; one pair has no interval.
    await expect.poll(() => paired.textContent()).toContain("-2");
    await expect.poll(() => paired.textContent()).toContain("100% (1)");
    await expect.poll(() => paired.textContent()).toContain("needs two or more people");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/outcomes-editing.png`, fullPage: true });
  });

  it("refuses a CSV with a bad line, naming it, and stores nothing from it", async () => {
    const summary = await pageApi(
      page,
      `/workspaces/demo/outcome-frameworks/${frameworkId}/summary`,
    );
    const indicator = summary.json.indicators[1].indicator as string;
    const csv = `indicator,date,value,person,phase\n${indicator},2026-04-01,9,,\n${indicator},2026-05-01,lots,,\n`;
    const file = join(tmpdir(), `measures-${Date.now()}.csv`);
    writeFileSync(file, csv);
    await page.getByLabel("Measures file (CSV or XLSX)").setInputFiles(file);
    const alert = page.locator(".measure-import [role=alert]");
    await expect.poll(() => alert.textContent()).toContain("line 3, column value");
    const after = await pageApi(page, `/workspaces/demo/outcome-frameworks/${frameworkId}/summary`);
    expect(after.json.indicators[1].series).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("imports measures from an XLSX workbook and the second indicator's chart appears", async () => {
    const summary = await pageApi(
      page,
      `/workspaces/demo/outcome-frameworks/${frameworkId}/summary`,
    );
    const indicator = summary.json.indicators[1].indicator as string;
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Measures");
    sheet.addRow(["indicator", "date", "value", "person", "phase"]);
    sheet.addRow([indicator, "2026-04-01", 9]);
    sheet.addRow([indicator, "2026-06-01", 7]);
    const file = join(tmpdir(), `measures-${Date.now()}.xlsx`);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    await page.getByLabel("Measures file (CSV or XLSX)").setInputFiles(file);
    await expect
      .poll(() => page.locator(".measure-import [role=status]").textContent())
      .toContain("Imported 2 measures");
    // Two charts now: the loneliness score's and the admissions' two dates.
    await expect.poll(() => page.locator("figure.outcome-chart").count()).toBe(2);
    await expect.poll(() => page.locator("figure.outcome-chart circle.point").count()).toBe(4);
  });

  it("creates a framework for a contract on the workspace's outcomes page", async () => {
    const contracts = await pageApi(page, "/workspaces/demo/contracts?limit=5");
    const contract = contracts.json.items[0].id as string;
    await page.goto(`${server.origin}/w/demo/outcomes`);
    await page.getByRole("button", { name: "New outcome framework" }).click();
    await page.getByLabel("What the framework is for").selectOption("contract");
    await page.getByLabel("Which contract").selectOption(contract);
    await page.getByLabel("Title").fill("Contract outcomes");
    await fillOutcome(1, "People stay in work", "co_produced", [
      "People in work after six months",
      "people",
      "0",
      "40",
      "higher_is_better",
    ]);
    await page.getByRole("button", { name: "Create framework" }).click();
    await expect
      .poll(() => page.locator('table[data-table="outcome-frameworks"]').textContent())
      .toContain(`Contract ${contract}`);
    // The one outcome is co-produced: 100 % for this framework.
    await expect
      .poll(() => page.getByRole("heading", { name: "Contract outcomes" }).count())
      .toBe(1);
    const list = await pageApi(page, "/workspaces/demo/outcome-frameworks");
    const made = list.json.items.find((f: { title: string }) => f.title === "Contract outcomes");
    expect([made.contract, made.partnership, made.supplyChain]).toEqual([contract, null, null]);
    expect(made.gauge).toMatchObject({ outcomes: 1, coProduced: 1, share: 1 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows a viewer the framework but no edit controls", async () => {
    const made = await pageApi(page, "/workspaces/demo/invitations", "POST", {
      email: "violet.viewer@example.org",
      role: "viewer",
    });
    const viewer = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await viewer.goto(made.json.link);
    await viewer.getByLabel("Your name").fill("Violet");
    await viewer.getByLabel("Choose a password").fill("a long enough viewer passphrase");
    await viewer.getByRole("button", { name: "Create account and join" }).click();
    await viewer.waitForURL(/\/w\/demo\//);
    await viewer.goto(`${server.origin}${PAGE}`);
    await expect
      .poll(() => viewer.getByRole("heading", { name: "Midlands care outcomes" }).count())
      .toBe(1);
    await expect.poll(() => viewer.locator("figure.outcome-chart").count()).toBe(2);
    expect(await viewer.getByRole("button", { name: "New outcome framework" }).count()).toBe(0);
    expect(await viewer.getByRole("form", { name: "Enter a measure" }).count()).toBe(0);
    expect(await viewer.getByLabel("Measures file (CSV or XLSX)").count()).toBe(0);
    expect(
      await viewer.getByRole("button", { name: "Edit outcomes and involvement" }).count(),
    ).toBe(0);
    await viewer.context().close();
    expect(problems).toEqual([]);
  });
});
