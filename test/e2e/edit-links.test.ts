import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

// The evidence and contract lists have an Edit link on each row for editors, opening the
// record's form; a saved change shows in the list.

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  watchPage(page, problems);
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\/organisations/);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("Edit links on the evidence and contract lists", () => {
  it("edits a contract from its row in the list", async () => {
    const [first] = (await pageApi(page, "/workspaces/demo/contracts?sort=title&limit=1")).json
      .items;
    await page.goto(`${server.origin}/w/demo/contracts?sort=title`);
    await page.getByRole("link", { name: `Edit ${first.title}`, exact: true }).click();
    await page.waitForURL(new RegExp(`/w/demo/contracts/${first.id}/edit$`));
    await page.getByRole("heading", { name: "Edit contract", level: 1 }).waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(first.title);
    await page.getByLabel("Title", { exact: true }).fill(`${first.title} (renewed)`);
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/\/w\/demo\/contracts(\?.*)?$/);
    const saved = await pageApi(page, `/workspaces/demo/contracts/${first.id}`);
    expect(saved.json.title).toBe(`${first.title} (renewed)`);
  });

  it("edits an evidence item from its row in the list", async () => {
    await page.goto(`${server.origin}/w/demo/evidence`);
    const edit = page.getByRole("link", { name: /^Edit evidence from / }).first();
    await edit.waitFor();
    const href = (await edit.getAttribute("href")) ?? "";
    const id = decodeURIComponent(/\/evidence\/([^/]+)\/edit$/.exec(href)?.[1] ?? "");
    await edit.click();
    await page.getByRole("heading", { name: "Edit evidence item", level: 1 }).waitFor();
    await page.getByLabel("Source", { exact: true }).fill("Board minutes, checked again");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.waitForURL(/\/w\/demo\/evidence(\?.*)?$/);
    const saved = await pageApi(page, `/workspaces/demo/evidence/${encodeURIComponent(id)}`);
    expect(saved.json.source).toBe("Board minutes, checked again");
    expect(problems).toEqual([]);
  });
});
