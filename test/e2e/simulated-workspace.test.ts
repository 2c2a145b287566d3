import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// Simulated workspaces in the browser: the demo's 'England housing 2002–2012 (simulated)' is in
// the workspace picker marked simulated; a run saved from the simulation page opens in the sector
// page with the simulated banner and badge; two scenarios compare as small multiples with a table
// and CSV export.

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  // bypassCSP lets axe-core's script be injected for the accessibility checks.
  page = await (await browser.newContext({ locale: "en-GB", bypassCSP: true })).newPage();
  watchPage(page, problems);
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("simulated workspaces", () => {
  it("lists the simulated demo as simulated, and a real workspace without the label", async () => {
    const picker = page.getByLabel("Workspace");
    await expect
      .poll(() => picker.locator("option").allTextContents())
      .toContain("England housing 2002–2012 (simulated)");
    expect(await page.locator('[data-simulated="badge"]').count()).toBe(0); // on 'demo'
    await picker.selectOption("england-housing-simulated");
    await page.waitForURL(/\/w\/england-housing-simulated\/organisations/);
    await page.locator('[data-simulated="badge"]').first().waitFor();
  });

  it("the simulated demo's sector page shows the paper's figures on simulated data", async () => {
    await page.goto(`${server.origin}/w/england-housing-simulated/sector`);
    await page.locator('[data-simulated="banner"]').waitFor();
    const values = page.locator(".stat-value");
    // Run 9 of england-housing-2002 (seed 1) on 1 April 2010, per legal entity: mean 1,829.9 homes,
    // top 20 hold 29.09%; constitutional change 2002–2010: 870 of 2,075 (41.9%), 27 of the 28 over
    // 10,000 homes (96.4%) — the paper's 1,816, 30%, 43% and 90% within the preset's tolerances.
    await expect
      .poll(() => values.allTextContents())
      .toEqual(expect.arrayContaining(["1,830", "29.1%", "41.9%", "96.4%"]));
  });

  it("saves a run as a workspace that opens in the sector page labelled simulated", async () => {
    await page.goto(`${server.origin}/w/demo/simulation`);
    await page.getByLabel("Preset").selectOption("ni-procurement-2008");
    await page.getByLabel("Seed").fill("3");
    await page.getByLabel("New workspace's address").fill("ni-run-3");
    await page.getByRole("button", { name: "Save this run as a workspace" }).click();
    const saved = page.locator('[data-saved="ni-run-3"]');
    await saved.waitFor();
    expect(await saved.textContent()).toMatch(/\(simulated\): \d+ organisations/);
    await saved.getByRole("link", { name: "Open its sector page" }).click();
    await page.waitForURL(/\/w\/ni-run-3\/sector/);
    const banner = page.locator('[data-simulated="banner"]');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Simulated data\..*not real organisations/);
    expect(await page.locator('[data-simulated="badge"]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("heading", { name: "Size and concentration" }).waitFor();
    expect(problems).toEqual([]);
  });

  it("shows the preset's stored calibration with tolerance and the 90% interval over runs", async () => {
    await page.goto(`${server.origin}/w/demo/simulation`);
    await page.getByText("How england-housing-2002 was calibrated").click();
    const row = page.locator(
      '[data-preset-calibration="england-housing-2002"] tr[data-target="meanSize.2010"]',
    );
    // The stored report: target 1,816, tolerance 1,700–1,930, mean 1,792.6 over 16 runs, P5 1,748.1,
    // P95 1,833.6 (src/engine/simulation/presets/england-housing-2002.json), rounded to whole homes.
    expect((await row.locator("th, td").allTextContents()).map((t) => t.trim())).toEqual([
      "Mean size (homes) in 2010",
      "1,816",
      "1,700 – 1,930",
      "1,793",
      "1,748 – 1,834",
      "Yes",
    ]);
    const repricing = page.locator('table[data-table="policies"] tr', {
      hasText: "lender_repricing_2008",
    });
    expect(await repricing.locator('[data-cell="in-preset"]').textContent()).toBe("2008–2010");
  });

  it("compares two scenarios as small multiples with a table and exports", async () => {
    await page.goto(`${server.origin}/w/demo/simulation`);
    await page.getByLabel("Preset").selectOption("ni-procurement-2008");
    await page.getByLabel("Runs").fill("3");
    await page.getByRole("button", { name: "Add current settings as a scenario" }).click();
    await page
      .getByLabel("Northern Ireland: mandated procurement groups: setting")
      .selectOption("off");
    await page.getByRole("button", { name: "Add current settings as a scenario" }).click();
    await page.getByLabel("Scenario 2 name").fill("No mandate");
    await page.getByRole("button", { name: "Compare 2 scenarios" }).click();
    const result = page.locator('[data-result="comparison"]');
    await result.waitFor();
    const charts = result.locator('section[data-statistic="Organisations"] svg[role="img"]');
    expect(await charts.count()).toBe(2);
    expect(await charts.nth(1).getAttribute("aria-label")).toMatch(/^Organisations, No mandate: /);
    const legend = await result.locator("[data-legend]").allTextContents();
    expect(legend.map((t) => t.trim())).toEqual([
      "Scenario 1: line = mean, shaded = P10–P90",
      "No mandate: line = mean, shaded = P10–P90",
    ]);
    const table = result.locator('table[data-table="compare Organisations"]');
    expect(await table.locator("thead th").allTextContents()).toEqual([
      "Year",
      "Scenario 1",
      "No mandate",
    ]);
    const csv = await result.getByRole("link", { name: "comparison (CSV)" }).getAttribute("href");
    expect(decodeURIComponent(csv ?? "")).toContain(
      "scenario,preset,changes,seed,runs,year,statistic,mean,p10,p90",
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("cancels a long comparison", async () => {
    await page.goto(`${server.origin}/w/demo/simulation`);
    await page.getByLabel("Preset").selectOption("england-housing-2002");
    await page.getByLabel("Runs").fill("5000");
    await page.getByRole("button", { name: "Add current settings as a scenario" }).click();
    await page.getByRole("button", { name: "Compare 1 scenario" }).click();
    await page.getByRole("button", { name: "Cancel comparison" }).click();
    await expect
      .poll(() => page.locator('[data-progress-text="comparison"]').textContent())
      .toMatch(/Cancelled/);
    expect(await page.getByRole("button", { name: "Compare 1 scenario" }).isEnabled()).toBe(true);
  });
});
