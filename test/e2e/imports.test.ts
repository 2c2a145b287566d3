import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// Upload a small real Contracts Finder release, read the report, import it, then undo the batch.
const SHOTS = "test-results";
const FILE = new URL(
  "../fixtures/ocds/contracts-finder-2025/ocds-b5fd17-a5cf5f05-e5a4-4149-9016-3369bbc6d4e2.json",
  import.meta.url,
).pathname;

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  page = await (
    await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "en-GB" })
  ).newPage();
  watchPage(page, problems, { consoleErrors: false });
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\/organisations/);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("Import & export page", () => {
  it("uploads a Contracts Finder file, shows the report, imports it and undoes the batch", async () => {
    await page.getByRole("link", { name: "Import & export" }).click();
    await page.waitForURL(/\/w\/demo\/imports$/);
    await page.getByLabel("Kind of file").selectOption("ocds");
    await page.getByLabel("File", { exact: true }).setInputFiles(FILE);
    await page.getByRole("button", { name: "Check file" }).click();
    const report = page.getByRole("region", { name: "Validation report" });
    await report.getByText("The file is valid").waitFor();
    expect(await report.textContent()).toMatch(/Would create2 organisations, 1 contracts/);
    expect(await page.locator("#upload-progress").getAttribute("value")).not.toBe("0");
    await page.screenshot({ path: `${SHOTS}/imports-report.png`, fullPage: true });

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await page.getByText(/Recorded as import batch/).waitFor();
    const batches = page.getByRole("table", { name: "Import batches" });
    await batches.getByText("ocds-b5fd17-a5cf5f05-e5a4-4149-9016-3369bbc6d4e2.json").waitFor();
    await page.screenshot({ path: `${SHOTS}/imports-done.png`, fullPage: true });
    await page.goto(`${server.origin}/w/demo/organisations/GB-CFS-312127`);
    await page.getByRole("heading", { name: /Stand Against Racism/ }).waitFor();
    // The organisation says where it came from: the uploaded file and the release in it.
    const sources = page.getByRole("table", { name: "Sources of this record" });
    await sources.getByText("ocds-b5fd17-a5cf5f05-e5a4-4149-9016-3369bbc6d4e2.json").waitFor();
    expect(await sources.textContent()).toMatch(/OCDS contracts/);
    await page
      .getByRole("heading", { name: "Where this record came from" })
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/imports-provenance.png` });

    await page.goto(`${server.origin}/w/demo/imports`);
    await page.getByRole("button", { name: "Undo import" }).click();
    await page.getByText(/^Undone /).waitFor();
    await page.screenshot({ path: `${SHOTS}/imports-undone.png`, fullPage: true });
    const gone = await page.request.get(
      `${server.origin}/api/v1/workspaces/demo/organisations/GB-CFS-312127`,
    );
    expect(gone.status()).toBe(404);
    expect(problems).toEqual([]);
  });
});
