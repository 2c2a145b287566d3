import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

// The 360Giving report in the web app names the value given and the total; 'Import valid records'
// says when nothing is valid; all records can be imported, problems included, into a new
// workspace; and a workspace can be created from the top bar.
const LLOYDS = new URL(
  "../fixtures/360giving/grantnav-test-data/a002400000OiDBQAA3.json",
  import.meta.url,
).pathname;

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  watchPage(page, problems);
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\/organisations/);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const report = () => page.getByRole("region", { name: "Validation report" });

describe("360Giving in the web app", () => {
  it("reports the value given and the total, and says when no record is valid", async () => {
    await page.goto(`${server.origin}/w/demo/imports`);
    await page.getByLabel("Kind of file").selectOption("360giving");
    await page.getByLabel("File", { exact: true }).setInputFiles(LLOYDS);
    await page.getByRole("button", { name: "Check file" }).click();
    await report().getByText("kind(s) of problem").waitFor({ timeout: 60_000 });
    expect(await report().textContent()).toContain(
      '4,116 of 4,116 grants: fromOpenCall is "Y" or "N"; must be "Yes" or "No"',
    );
    await page.getByRole("button", { name: "Import valid records" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Nothing to import: none of the 4,116 grants is valid.");
    expect(await page.getByText(/'Import all records' stores the grants/).count()).toBe(1);
  });

  it("imports all records, problems included, into a new workspace", async () => {
    await page.getByLabel("A new workspace").check();
    await page.getByLabel("Name of the new workspace").fill("Lloyds grants");
    await page.getByRole("button", { name: "Check file" }).click();
    await page.getByRole("button", { name: "Import all records, problems included" }).click();
    const opened = page.getByRole("link", { name: "Lloyds grants", exact: true });
    await opened.waitFor({ timeout: 90_000 });
    const contracts = await pageApi(page, "/workspaces/lloyds-grants/contracts?limit=1");
    expect(contracts.json.total).toBe(4116);
    expect((await pageApi(page, "/workspaces/lloyds-grants")).json.name).toBe("Lloyds grants");
    await opened.click();
    await page.waitForURL(/\/w\/lloyds-grants\/organisations/);
    expect(await page.getByLabel("Workspace").inputValue()).toBe("lloyds-grants");
  });

  it("creates a workspace from the top bar", async () => {
    await page.getByRole("link", { name: "New workspace" }).click();
    await page.getByRole("heading", { name: "New workspace", level: 1 }).waitFor();
    await page.getByLabel("Name", { exact: true }).fill("Valley partnerships");
    expect(await page.getByLabel("Address").inputValue()).toBe("valley-partnerships");
    await page.getByRole("button", { name: "Create workspace" }).click();
    await page.waitForURL(/\/w\/valley-partnerships\/organisations/);
    const mine = await pageApi(page, "/me");
    const created = mine.json.workspaces.find(
      (w: { slug: string }) => w.slug === "valley-partnerships",
    );
    expect(created).toMatchObject({ name: "Valley partnerships", role: "owner" });
    expect(problems).toEqual([]);
  });
});
