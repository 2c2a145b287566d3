import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "./server.ts";
import { SHOTS, signedInBrowser } from "./signed-in.ts";

const PARTNERSHIP = "/w/demo/partnerships/demo-p-jus-west-london";

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems, {
    viewport: { width: 390, height: 844 },
  }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a partnership's outcomes in the browser", () => {
  it("shows Joined-up Services' voice of users, a chart per indicator with its target, and paired change", async () => {
    await page.goto(`${server.origin}${PARTNERSHIP}`);
    await page.getByRole("main").getByRole("link", { name: "Outcomes", exact: true }).click();
    await page.waitForURL(new RegExp(`${PARTNERSHIP}/outcomes$`));
    const gauge = page.getByRole("region", { name: "Voice of users" });
    // 2 outcomes set by residents + 1 co-produced, of 5.
    await expect.poll(() => gauge.textContent()).toContain("60%");
    await expect.poll(() => gauge.textContent()).toContain("3 of 5 outcomes");
    const charts = page.locator("figure.outcome-chart");
    await expect.poll(() => charts.count()).toBe(5);
    await expect.poll(() => charts.locator("line.target").count()).toBe(5);
    const paired = page.locator('table[data-table="paired-change"]');
    // The navigators' wellbeing: mean 3.25, CI 3.25 ± 1.330696, 10 of 12 improved.
    await expect.poll(() => paired.textContent()).toContain("1.92 to 4.58");
    await expect.poll(() => paired.textContent()).toContain("83% (10)");
    await page.screenshot({ path: `${SHOTS}/outcomes-jus.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
});
