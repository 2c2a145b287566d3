import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

// Merging duplicates: both records side by side with what is kept, a pair with two different
// company numbers only among weaker matches and with a warning, and 'Undo merge' naming both.

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const ORGS = [
  ["rc-1", "Riverside Care Ltd", [{ scheme: "GB-COH", id: "01234567" }]],
  ["rc-2", "Riverside Care Limited", [{ scheme: "GB-COH", id: "07654321" }]],
  ["rc-3", "Riverside Care", []],
] as const;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  page = await context.newPage();
  // The test itself asks for the merged organisation (a 404 the browser logs).
  watchPage(page, problems, { consoleErrors: false });
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\/organisations/);
  for (const [id, name, identifiers] of ORGS) {
    const body = { id, name, sector: "third", kind: "charity", identifiers };
    const saved = await pageApi(page, "/workspaces/demo/organisations", "POST", body);
    expect(saved.status, JSON.stringify(saved.json)).toBe(201);
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const duplicates = () => page.getByRole("table", { name: "Possible duplicates" });
const row = (a: string, b: string) =>
  duplicates()
    .locator("tbody tr")
    .filter({ has: page.getByRole("cell", { name: a, exact: true }) })
    .filter({ has: page.getByRole("cell", { name: b, exact: true }) });

describe("merging duplicate organisations", () => {
  it("offers the pair with two company numbers only among weaker matches, with a warning", async () => {
    await page.goto(`${server.origin}/w/demo/imports`);
    await row("Riverside Care Ltd", "Riverside Care").waitFor();
    expect(await row("Riverside Care Ltd", "Riverside Care Limited").count()).toBe(0);
    await page.getByLabel(/Include weaker matches/).check();
    const warned = row("Riverside Care Ltd", "Riverside Care Limited");
    await warned.waitFor();
    expect(await warned.textContent()).toContain(
      "Warning: Probably two organisations: different company numbers: 01234567 and 07654321",
    );
  });

  it("shows both records side by side with what is kept, then merges", async () => {
    await row("Riverside Care Ltd", "Riverside Care")
      .getByRole("button", { name: /^Compare and merge/ })
      .click();
    const table = page.getByRole("table", { name: /The two organisations and the result/ });
    await table.waitFor();
    const heads = await table.locator("thead th").allTextContents();
    expect(heads).toEqual([
      "",
      "Kept: Riverside Care Ltd",
      "Merged into it: Riverside Care",
      "After the merge",
    ]);
    const names = table.getByRole("row", { name: /^Other names/ });
    expect(await names.locator("td").allTextContents()).toEqual(["—", "—", "Riverside Care"]);
    const ids = table.getByRole("row", { name: /^Identifiers/ });
    expect(await ids.locator("td").allTextContents()).toEqual([
      "GB-COH 01234567",
      "—",
      "GB-COH 01234567",
    ]);
    // The other one can be kept instead: the columns change places.
    await page.getByRole("button", { name: "Keep Riverside Care instead" }).click();
    await table.getByRole("columnheader", { name: "Kept: Riverside Care", exact: true }).waitFor();
    await page.getByRole("button", { name: "Keep Riverside Care Ltd instead" }).click();
    await page
      .getByRole("button", { name: "Merge Riverside Care into Riverside Care Ltd" })
      .click();
    await page
      .getByRole("button", { name: "Undo merge of Riverside Care into Riverside Care Ltd" })
      .waitFor();
    expect((await pageApi(page, "/workspaces/demo/organisations/rc-3")).status).toBe(404);
  });

  it("undoes the merge by the button that names both organisations", async () => {
    await page
      .getByRole("button", { name: "Undo merge of Riverside Care into Riverside Care Ltd" })
      .click();
    await expect
      .poll(async () => (await pageApi(page, "/workspaces/demo/organisations/rc-3")).status)
      .toBe(200);
    await expect
      .poll(() => page.getByRole("button", { name: /^Undo merge of Riverside Care into/ }).count())
      .toBe(0);
    expect(problems).toEqual([]);
  });
});
