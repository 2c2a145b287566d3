import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { pageApi } from "./page-api.ts";
import type { TestServer } from "./server.ts";
import { signedInBrowser } from "./signed-in.ts";

// An import run as a background job (decision 0022): the file is uploaded, the job's progress bar
// fills, the report appears when it is done, and the job is listed on the jobs page.
const POWER = new URL(
  "../fixtures/360giving/grantnav-test-data/a002400000nO46WAAS.json",
  import.meta.url,
).pathname;

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  // bypassCSP lets axe-core's script be injected; the app's own scripts need no such help.
  ({ server, browser, page } = await signedInBrowser(problems, { bypassCSP: true }));
});
const dir = mkdtempSync(join(tmpdir(), "partnerscope-e2e-import-job-"));
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const report = () => page.getByRole("region", { name: "Validation report" });
const progress = () => page.locator("#import-job-progress");

describe("an import as a job in the web app", () => {
  it("checks and imports a 360Giving file as jobs, showing progress, the report and the jobs page", async () => {
    await page.goto(`${server.origin}/w/demo/imports`);
    await page.getByLabel("Kind of file").selectOption("360giving");
    await page.getByLabel("File", { exact: true }).setInputFiles(POWER);
    const asJob = page.getByLabel(/Run in the background as a job/);
    // A 1.5 MB file is under the 20 MB at which a job is chosen for it.
    expect(await asJob.isChecked()).toBe(false);
    await asJob.check();
    await page.getByRole("button", { name: "Check file" }).click();
    await report().getByText("The file is valid").waitFor({ timeout: 60_000 });
    expect(await progress().getAttribute("value")).toBe("100");
    expect(await page.locator(".import-job").textContent()).toMatch(/100% · Done(?! ·)/);
    expect(await report().textContent()).toMatch(/Would create.*870 contracts/);
    expect(await seriousViolations(page)).toEqual([]);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/import-job-report.png", fullPage: true });

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText(/Recorded as import batch/).waitFor({ timeout: 60_000 });
    const batch = (await pageApi(page, "/workspaces/demo/imports")).json.items[0];
    expect(batch).toMatchObject({ sourceFile: "a002400000nO46WAAS.json" });
    const batches = page.getByRole("table", { name: "Import batches" });
    await batches.getByText("a002400000nO46WAAS.json").waitFor();

    await page.getByRole("link", { name: "Jobs page" }).click();
    await page.waitForURL(/\/w\/demo\/jobs$/);
    const rows = page.locator("tr", { hasText: "Import of a file" });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().textContent()).toMatch(/Done/);
    expect(problems).toEqual([]);
  });

  it("says where a broken file breaks when its job fails", async () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, '{"grants": [\n  {"id": "360G-x",\n  "title": }\n]}\n');
    const before = (await pageApi(page, "/workspaces/demo/imports")).json.items.length;
    await page.goto(`${server.origin}/w/demo/imports`);
    await page.getByLabel("Kind of file").selectOption("360giving");
    // A file over 20 MB is imported as a job unless the person unticks it (only chosen here).
    const large = {
      name: "large.json",
      mimeType: "application/json",
      buffer: Buffer.alloc(20_000_001, 32),
    };
    await page.getByLabel("File", { exact: true }).setInputFiles(large);
    const asJob = page.getByLabel(/Run in the background as a job/);
    expect(await asJob.isChecked()).toBe(true);
    await page.getByLabel("File", { exact: true }).setInputFiles(broken);
    expect(await asJob.isChecked()).toBe(false);
    await asJob.check();
    await page.getByRole("button", { name: "Check file" }).click();
    const alert = page.getByRole("alert");
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.textContent()).toMatch(/^The import job failed: .*line 3, column/);
    expect(await page.locator(".import-job").textContent()).toMatch(/Failed/);
    expect((await pageApi(page, "/workspaces/demo/imports")).json.items).toHaveLength(before);
    expect(problems).toEqual([]);
  });
});
