import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STAGE_LABELS } from "../../src/shared/index.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

const SHOTS = "test-results";
const demo = JSON.parse(readFileSync("src/services/demo/tsrc-case-studies.json", "utf8")) as {
  organisations: { id: string; name: string }[];
};
const firstOrganisation = demo.organisations[0]!;
const NEW_ORG = "Riverside Community Trust";
const NEW_PARTNERSHIP = "Riverside employment consortium";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/journey-${name}.png`, fullPage: true });
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  page = await context.newPage();
  watchPage(page, problems, { failedRequests: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the browser journey", () => {
  it("signs in and shows the demo organisations", async () => {
    await page.goto(server.loginUrl);
    await page.waitForURL(/\/w\/demo\/organisations/);
    await expect
      .poll(() => page.getByRole("heading", { name: "Organisations", level: 1 }).isVisible())
      .toBe(true);
    await page.getByRole("link", { name: firstOrganisation.name, exact: true }).waitFor();
    await expect
      .poll(() => page.getByText(/\d+ organisations/).textContent())
      .toMatch(/^\d+ organisations$/);
    await shot("01-organisations");
  });

  it("narrows the list when searching", async () => {
    const count = page.locator(".result-count");
    const before = Number((await count.textContent())?.match(/\d+/)?.[0]);
    await page.getByLabel("Search organisations").fill(firstOrganisation.name);
    await page.waitForURL(/[?&]q=/);
    await expect
      .poll(async () => Number((await count.textContent())?.match(/\d+/)?.[0]))
      .toBeLessThan(before);
    await page.getByRole("link", { name: firstOrganisation.name, exact: true }).waitFor();
    await shot("02-search");
  });

  it("validates, then creates an organisation", async () => {
    await page.getByRole("link", { name: "New organisation" }).click();
    await page.getByRole("heading", { name: "New organisation" }).waitFor();
    await page.getByRole("button", { name: "Create organisation" }).click();
    const nameError = page.locator("#org-name-error");
    await nameError.waitFor();
    expect(await nameError.textContent()).toBe("Name: must not be empty");
    await shot("03-validation");
    await page.getByLabel("Name", { exact: true }).fill(NEW_ORG);
    await page.getByLabel("Org-id identifier (optional)").fill("GB-CHC-1234567");
    await page.getByLabel("Kind").selectOption({ label: "Charity" });
    await page.getByLabel("Nation").selectOption({ label: "England" });
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.waitForURL(/\/organisations\/GB-CHC-1234567$/);
    await page.getByRole("heading", { name: NEW_ORG, level: 1 }).waitFor();
    await shot("04-organisation");
  });

  it("creates a partnership of two members with roles", async () => {
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Partnerships" })
      .click();
    await page.getByRole("link", { name: "New partnership" }).click();
    await page.getByLabel("Name", { exact: true }).fill(NEW_PARTNERSHIP);
    await page
      .getByLabel("Form", { exact: true })
      .selectOption({ label: "Joint bidding consortium" });
    await page.getByLabel("Continuum stage").selectOption("4");
    await addMember(1, NEW_ORG, "Lead");
    await addMember(2, firstOrganisation.name, "Member");
    await shot("05-partnership-form");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await page.getByRole("heading", { name: NEW_PARTNERSHIP, level: 1 }).waitFor();

    const members = page.locator(".members-table tbody tr");
    await expect.poll(() => members.count()).toBe(2);
    const rows = await members.allTextContents();
    expect(rows.some((r) => r.includes(NEW_ORG) && r.includes("Lead"))).toBe(true);
    expect(rows.some((r) => r.includes(firstOrganisation.name) && r.includes("Member"))).toBe(true);
    const current = page.locator('.stage-steps [aria-current="step"]');
    await expect.poll(() => current.count()).toBe(1);
    expect(await current.textContent()).toContain(STAGE_LABELS[4]);
    await shot("06-partnership");
  });

  it("fits a phone's width on the partnership page", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole("heading", { name: NEW_PARTNERSHIP, level: 1 }).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(391);
    await shot("07-partnership-phone");
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("met no server errors, failed requests or console errors", () => {
    expect(problems).toEqual([]);
  });
});

async function addMember(n: number, organisation: string, role: string): Promise<void> {
  await page.getByRole("button", { name: "Add a member" }).click();
  await page.getByLabel(`Organisation of member ${n}`).fill(organisation);
  await page
    .getByRole("listbox", { name: /Organisations matching/ })
    .getByRole("option", { name: organisation, exact: true })
    .click();
  await page.getByLabel(`Role of member ${n}`).selectOption({ label: role });
}
