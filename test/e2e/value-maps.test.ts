import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import type { TestServer } from "./server.ts";
import { SHOTS, signedInBrowser } from "./signed-in.ts";

const EXAMPLE = "examples/value-maps/community-navigator.json";

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems, {
    viewport: { width: 390, height: 844 },
    bypassCSP: true,
  }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("value maps in the browser", () => {
  it("evaluates the Joined-up Services reconstruction from a file: 4.44 and 3.87", async () => {
    await page.goto(`${server.origin}/w/demo/value-maps`);
    const section = page.getByRole("region", { name: "Evaluate a file" });
    await section.locator('input[type="file"]').setInputFiles(EXAMPLE);
    const table = section.locator("table");
    // The reconstruction's ratios (src/engine/value-map/properties.test.ts): government 4.44, society 3.87.
    await expect.poll(() => table.textContent()).toContain("Government (fiscal)");
    await expect.poll(() => table.locator("tbody tr").first().textContent()).toContain("4.44");
    await expect.poll(() => table.locator("tbody tr").nth(1).textContent()).toContain("3.87");
    await page.screenshot({ path: `${SHOTS}/value-maps.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
