import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// The simulation page: run a preset with a policy switched off, watch the job finish, read the
// bands and the calibration report; start a long run and cancel it.

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  watchPage(page, problems);
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the simulation page", () => {
  it("runs a preset with a policy changed and shows bands and the calibration report", async () => {
    await page.getByRole("link", { name: "Simulation" }).first().click();
    await page.waitForURL(/\/w\/demo\/simulation$/);
    await page.getByLabel("Preset").selectOption("ni-procurement-2008");
    await page.getByLabel("Runs").fill("4");
    await page
      .getByLabel("Credit crisis: lenders re-price loans at mergers: setting")
      .selectOption("off");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.locator('[data-result="simulation"] table[data-table="calibration"]').waitFor();
    await expect.poll(() => page.locator("[data-progress-text]").textContent()).toMatch(/^100%/);
    expect(await page.locator('figure[data-chart="Organisations"] polygon').count()).toBe(1);
    expect(await page.locator('figure[data-chart="Top-20 share (per entity)"]').count()).toBe(1);
    expect(
      await page
        .locator('[data-result="simulation"] table[data-table="calibration"] tbody tr')
        .count(),
    ).toBeGreaterThan(0);
    const header = page.locator('[data-result="simulation"] table[data-table="calibration"] th');
    expect(await header.allTextContents()).toContain("90% of runs (P5–P95)");
    expect(problems).toEqual([]);
  });

  it("cancels a long run", async () => {
    await page.getByLabel("Preset").selectOption("england-housing-2002");
    await page.getByLabel("Runs").fill("10000");
    await page.getByRole("button", { name: "Run", exact: true }).click();
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect
      .poll(() => page.locator("[data-progress-text]").textContent())
      .toMatch(/Cancelled/);
    expect(await page.getByRole("button", { name: "Run", exact: true }).isEnabled()).toBe(true);
  });
});
