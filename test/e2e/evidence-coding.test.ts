import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import type { TestServer } from "./server.ts";
import { signedInBrowser } from "./signed-in.ts";

// The owner codes a new evidence item with a barrier from the codebook and sees the theme summary
// count for it rise; the evidence, codebook and summary pages pass axe-core.

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(
    problems,
    { bypassCSP: true },
    { apiStatusFrom: 400 },
  ));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The summary's count of items coded VAT and tax (or under it) among mergers. */
async function vatMergerCount(): Promise<string | null> {
  await page.goto(`${server.origin}/w/demo/evidence/summary`);
  const cell = page.locator('td[data-code="barrier-vat-tax"][data-column="merger"]');
  await expect.poll(() => cell.count()).toBe(1);
  return cell.textContent();
}

describe("coding evidence in the web app", () => {
  it("codes a new item from the codebook and the summary count rises", async () => {
    // The demo's one VAT item is about shared services, not a merger.
    expect(await vatMergerCount()).toBe("0");
    await page.goto(`${server.origin}/w/demo/evidence/new`);
    await page
      .getByLabel("Evidence", { exact: true })
      .fill("The merger saved VAT on shared repairs staff");
    await page.getByLabel("Source", { exact: true }).fill("Board minutes, May 2011");
    await page.getByLabel("Partnership id (optional)").fill("demo-p-ha1-merger");
    // Keyboard only: find the code, Tab to its checkbox, Space to tick it.
    // ("VAT" alone would also find "Motivation".)
    await page.getByLabel("Find a code").fill("VAT and");
    await page.getByLabel("Find a code").press("Tab");
    await page.keyboard.press("Space");
    await expect
      .poll(() => page.getByRole("list", { name: "Chosen codes" }).textContent())
      .toContain("VAT and tax");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await page.waitForURL(/\/w\/demo\/evidence(\?.*)?$/);
    expect(await vatMergerCount()).toBe("1");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("filters the evidence list by a code and its descendants", async () => {
    await page.goto(`${server.origin}/w/demo/evidence`);
    await page.getByLabel("Code (and codes under it)").selectOption("barrier-vat-tax");
    const table = page.locator("table").first();
    await expect.poll(() => table.textContent()).toContain("The merger saved VAT");
    await expect.poll(() => page.locator(".result-count").textContent()).toBe("2 evidence items");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("adds a code on the codebook page and it passes axe-core", async () => {
    await page.goto(`${server.origin}/w/demo/codebook`);
    await page.getByLabel("Name", { exact: true }).fill("Local politics");
    await page.getByLabel("Under", { exact: true }).selectOption("barriers");
    await page.getByRole("button", { name: "Add code" }).click();
    await expect.poll(() => page.locator("table").textContent()).toContain("Local politics");
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("imports a .qdpx project through the evidence page's button", async () => {
    const fixture = (name: string) =>
      readFileSync(new URL(`../fixtures/qdpx/${name}`, import.meta.url));
    const qdpx = zipSync({
      "project.qde": fixture("hand-written.qde"),
      "sources/board-note-2.txt": fixture("board-note-2.txt"),
    });
    await page.goto(`${server.origin}/w/demo/evidence`);
    await page.locator("#qdpx-import").setInputFiles({
      name: "interviews.qdpx",
      mimeType: "application/zip",
      buffer: Buffer.from(qdpx),
    });
    // The hand-written project: three passages, two new codes, four codings (qdpx.test.ts).
    await expect
      .poll(() => page.locator(".qdpx-buttons .notice").textContent())
      .toBe("Imported: 3 new and 0 updated evidence items, 2 new codes, 4 codings.");
  });

  it("shows drivers and barriers on the partnership page", async () => {
    await page.goto(`${server.origin}/w/demo/partnerships/demo-p-association`);
    const section = page.getByRole("region", { name: "Drivers and barriers" });
    await expect.poll(() => section.textContent()).toContain("Culture clash");
    expect(problems).toEqual([]);
  });
});
