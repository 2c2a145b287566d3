import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import type { TestServer } from "./server.ts";
import { SHOTS, signedInBrowser } from "./signed-in.ts";

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems, { bypassCSP: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a co-production project in the browser", () => {
  it("goes from the partnership to its project: timeline, typical project, rankings, value map", async () => {
    await page.goto(`${server.origin}/w/demo/partnerships/demo-p-jus-west-london`);
    await page.getByRole("main").getByRole("link", { name: "Co-production", exact: true }).click();
    await page.getByRole("link", { name: /co-producing a community navigator service/ }).click();
    await page.waitForURL(/\/w\/demo\/co-production\/demo-cp-jus-west-london$/);
    // The timeline: an SVG with an accessible name in en-GB dates and a bar for each of 7 stages.
    const timeline = page.getByRole("img", {
      name: /Timeline of 7 stages from 1 May 2009 to 31 Oct 2010/,
    });
    await expect.poll(() => timeline.count()).toBe(1);
    expect(await timeline.locator("rect.stage-bar").count()).toBe(7);
    expect(await timeline.textContent()).toContain("Community researchers trained");
    // Cost and duration against the typical project, with the assumption stated.
    const cost = page.getByRole("region", {
      name: "Cost and duration against the typical project",
    });
    const costText = await cost.textContent();
    expect(costText).toContain("about 18 months and cost about £150,000");
    // £149,500 (the demo's stage costs) is £500 less than the typical £150,000.
    expect(costText).toContain("£500 less than the typical £150,000");
    // 549 days ÷ 30.4375 = 18.04 months: 18 to one decimal.
    expect(costText).toContain("Duration 18 months: about the same as the typical 18 months");
    // Rankings: rho 0.6 and tau 7/15 = 0.47 worked by hand in test/store/coproduction-store.test.ts.
    const agreement = await page.getByTestId("rank-agreement").textContent();
    expect(agreement).toContain("partly agree");
    expect(agreement).toContain("Spearman's rho 0.60");
    expect(agreement).toContain("Kendall's tau 0.47");
    const frontDoor = page.getByRole("row", { name: /One shared front door/ });
    expect(await frontDoor.textContent()).toContain("steering group 2 places higher");
    await page.screenshot({ path: `${SHOTS}/coproduction.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // On a 390 px phone the page does not scroll sideways (wide tables scroll in their own region).
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/coproduction-390.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    // The evaluation's value map: a reconstruction with illustrative inputs, 4.44 and 3.87.
    await page.getByRole("link", { name: /reconstruction with illustrative inputs/ }).click();
    await page.waitForURL(/\/w\/demo\/value-maps\?map=demo-vm-jus-navigator/);
    const table = page
      .getByRole("region", { name: /reconstruction with illustrative inputs/ })
      .locator("table")
      .first();
    await expect.poll(() => table.locator("tbody tr").first().textContent()).toContain("4.44");
    await expect.poll(() => table.locator("tbody tr").nth(1).textContent()).toContain("3.87");
    expect(problems).toEqual([]);
  });

  it("keeps a proxy library: a CSV with a problem is refused by line, a proxy copied into a map", async () => {
    await page.goto(`${server.origin}/w/demo/value-maps?map=demo-vm-jus-navigator`);
    const library = page.getByRole("region", { name: "Proxy library" });
    // The demo's five proxies are the navigator reconstruction's own (A&E attendance £150).
    await expect.poll(() => library.locator("tbody tr").count()).toBe(5);
    expect(await library.textContent()).toContain("Illustrative unit cost of an A&E attendance");
    await library.locator('input[type="file"]').setInputFiles({
      name: "proxies.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "id,name,value,unit,currency,year,source\nnight,Bed night,80,night,GBP,2023,\n",
      ),
    });
    await expect
      .poll(() => library.getByRole("listitem").first().textContent())
      .toContain("line 2, column source");
    expect(await library.locator("tbody tr").count()).toBe(5);
    // The refused import is the one failed request the page is expected to make.
    expect(problems.splice(0)).toEqual([
      "console error: Failed to load resource: the server responded with a status of 400 (Bad Request)",
    ]);
    const copy = page.getByRole("form", { name: "Copy a proxy into this value map" });
    await copy.locator('select[name="proxy"]').selectOption("demo-proxy-fewer-ae-attendances");
    await copy.locator('select[name="outcome"]').selectOption("fewer-gp-appointments");
    await copy.getByRole("button", { name: "Copy proxy" }).click();
    await expect.poll(() => copy.getByRole("status").textContent()).toContain("Copied");
    // The GP outcome's proxy was £39; it is now the library's £150.
    await expect
      .poll(() =>
        copy.locator('select[name="outcome"] option[value="fewer-gp-appointments"]').textContent(),
      )
      .toContain("now £150");
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("lets an editor enter the rankings: the same order on both sides agrees fully", async () => {
    await page.goto(`${server.origin}/w/demo/co-production/demo-cp-jus-west-london`);
    await page.getByText("Enter or change the rankings").click();
    const form = page.getByRole("form", { name: "Rankings of the proposals" });
    // The steering group's ranks made equal to the community's (1, 3, 2, 5, 4, 6 in the demo file's
    // order): every d is 0, so rho = 1 − 0 = 1, and all 15 pairs are concordant, tau = 1.
    const community: Record<string, string> = {
      "Community navigators": "1",
      "One shared front door": "3",
      "Drop-in sessions": "2",
      "Mental health first-aid": "5",
      "A directory of local services": "4",
      "Evening and weekend opening": "6",
    };
    for (const [title, rank] of Object.entries(community))
      await form
        .getByRole("spinbutton", { name: new RegExp(`Steering group's rank for ${title}`) })
        .fill(rank);
    await form.getByRole("textbox", { name: "New proposal" }).fill("A residents' panel");
    await form.getByRole("button", { name: "Add proposal" }).click();
    await form.getByRole("button", { name: "Save rankings" }).click();
    const agreement = page.getByTestId("rank-agreement");
    await expect.poll(() => agreement.textContent()).toContain("Spearman's rho 1.00");
    expect(await agreement.textContent()).toContain("Kendall's tau 1.00");
    expect(await agreement.textContent()).toContain("broadly agree");
    // The new, unranked proposal is listed but left out of the six compared.
    expect(await agreement.textContent()).toContain("Over the 6 proposals both ranked");
    expect(
      await page
        .getByRole("row", { name: /A residents' panel/ })
        .first()
        .textContent(),
    ).toContain("Not ranked by both");
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
