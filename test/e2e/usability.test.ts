import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import type { TestServer } from "./server.ts";
import { signedInBrowser } from "./signed-in.ts";

// Everyday use in a browser set to American English: charts whose labels are neither cut nor
// printed over each other, UK dates shown and typed, an error summary that takes focus and links
// to its fields, an organisation picker that answers the arrow keys, and no serious or critical
// accessibility violation on the main pages.

const demo = JSON.parse(readFileSync("src/services/demo/tsrc-case-studies.json", "utf8")) as {
  organisations: { id: string; name: string; facts: unknown[] }[];
  partnerships: { members: { organisation: string }[] }[];
};
const withFacts = demo.organisations.find((o) => o.facts.length > 1)!;
// The organisation in the most partnerships, whose portfolio chart is the fullest.
const memberships = new Map<string, number>();
for (const p of demo.partnerships)
  for (const m of p.members)
    memberships.set(m.organisation, (memberships.get(m.organisation) ?? 0) + 1);
const busiest = [...memberships].sort((a, b) => b[1] - a[1])[0]![0];

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(
    problems,
    { bypassCSP: true, locale: "en-US", timezoneId: "America/New_York" },
    // The error-summary test provokes a refusal (400) that the browser logs.
    { consoleErrors: false },
  ));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string, heading: string | RegExp): Promise<void> {
  await page.goto(server.origin + path);
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
  await expect.poll(() => page.locator(".loading").count()).toBe(0);
}

/**
 * Labels of the charts matching `selector` that reach outside their chart or overlap another
 * label of the same chart by more than 1.5 px each way (boxes as laid out on screen, rotation
 * included).
 */
function badLabels(selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>(selector)) {
      const chart = svg.getBoundingClientRect();
      const name = svg.getAttribute("aria-label") ?? selector;
      const boxes = [...svg.querySelectorAll<SVGTextElement>("text")]
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .map((t) => ({ text: t.textContent ?? "", box: t.getBoundingClientRect() }));
      for (const { text, box } of boxes) {
        const inside =
          box.left >= chart.left - 0.5 &&
          box.top >= chart.top - 0.5 &&
          box.right <= chart.right + 0.5 &&
          box.bottom <= chart.bottom + 0.5;
        if (!inside) found.push(`${name}: "${text}" is cut at the chart's edge`);
      }
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (across > 1.5 && down > 1.5) found.push(`${name}: "${a.text}" overlaps "${b.text}"`);
        }
      });
    }
    return found;
  }, selector);
}

describe("everyday use in a browser set to American English", () => {
  it("shows the sector's merger waves with every policy marker and tick label readable", async () => {
    await open("/w/demo/sector", "Sector");
    await page.getByTestId("merger-waves").locator("svg").waitFor();
    expect(await page.getByTestId("merger-waves").locator("text").allTextContents()).toContain(
      "2008 Credit crisis: lenders re-price loans",
    );
    expect(await badLabels("[data-testid=merger-waves] svg, .chart-wide svg")).toEqual([]);
  });

  it("shows an appraisal's charts with values on the histogram's axes and no label cut", async () => {
    await open("/w/demo/appraisals", "Appraisals");
    await page.locator("table a").first().click();
    await page.getByTestId("npv").waitFor();
    const histogram = page.locator('[data-chart="npv-histogram"] svg');
    await histogram.waitFor();
    // The count axis has numbers (0 and at least one more), not only a word.
    const counts = await histogram.locator("text").allTextContents();
    expect(counts.filter((t) => /^\d[\d,]*$/.test(t)).length).toBeGreaterThan(1);
    expect(await badLabels(".appraisal-chart svg")).toEqual([]);
  });

  it("shows the other charts with no label cut or overprinted", async () => {
    const pages: [string, string | RegExp, string][] = [
      ["/w/demo/supply-chains/work-programme-area-x", /Work Programme/, ".sc-chart svg"],
      ["/w/demo/partnerships/demo-p-jus-west-london/outcomes", "Outcomes", ".outcome-chart svg"],
      [`/w/demo/organisations/${withFacts.id}`, withFacts.name, ".chart svg"],
      [`/w/demo/organisations/${busiest}/portfolio`, /^Portfolio of/, ".chart-wide svg"],
    ];
    for (const [path, heading, charts] of pages) {
      await open(path, heading);
      await page.locator(charts).first().waitFor();
      expect(await badLabels(`${charts}, .chart svg, .chart-wide svg`), path).toEqual([]);
    }
  });

  it("takes a date typed day first and shows it in the UK's order", async () => {
    await open("/w/demo/events/new", "New life-cycle event");
    await page.getByLabel("Date", { exact: true }).fill("17/07/2012");
    await page.getByLabel("Event", { exact: true }).selectOption("formed");
    await page.getByLabel("Note", { exact: true }).fill("Typed the UK way");
    await page.getByRole("button", { name: "Add event" }).click();
    await page.waitForURL(/\/w\/demo\/events(\?.*)?$/);
    await page.getByLabel("Search events").fill("Typed the UK way");
    await page.getByLabel("Search events").press("Enter");
    const table = page.locator("table").first();
    await expect.poll(() => table.textContent()).toContain("Typed the UK way");
    expect(await table.textContent()).toContain("17 Jul 2012");
  });

  it("moves focus to the error summary after a failed submit, and its links to the fields", async () => {
    await open("/w/demo/contracts/new", "New contract");
    await page.getByLabel("Start", { exact: true }).fill("31/02/2012");
    await page.getByRole("button", { name: "Add contract" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("error-summary")),
    ).toBe(true);
    await summary.getByRole("link", { name: /^Title/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contract-title");
    await summary.getByRole("link", { name: /^Start/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contract-start");
  });

  it("links a member's problem in the summary to that member's field", async () => {
    await open("/w/demo/partnerships/new", "New partnership");
    await page.getByLabel("Name", { exact: true }).fill("Summary link check");
    await page.getByRole("button", { name: "Add a member" }).click();
    await page.getByLabel("Joined").fill("30/02/2012");
    await page.getByRole("button", { name: "Create partnership" }).click();
    const summary = page.locator(".error-summary");
    await summary.getByRole("link", { name: /^Member 1: organisation/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("member-0-organisation");
    await summary.getByRole("link", { name: /^Member 1: joined/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("member-0-joined");
  });

  it("links the appraisal form's problems in its summary to their fields", async () => {
    await open("/w/demo/appraisals/new", "New appraisal");
    await page.getByLabel("Title", { exact: true }).fill("");
    await page.getByLabel("Base date (start of year 0)").fill("31/02/2012");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("error-summary")),
    ).toBe(true);
    await summary.getByRole("link", { name: /^Title/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("title");
    await summary.getByRole("link", { name: /^Base date/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("base-date");
  });

  it("picks an organisation with the arrow keys and Enter", async () => {
    await open("/w/demo/partnerships/new", "New partnership");
    const box = page.getByRole("combobox", { name: "Commissioner" });
    await box.fill("a");
    const options = page.getByRole("listbox").getByRole("option");
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const second = (await options.nth(1).textContent()) ?? "";
    await box.press("ArrowDown");
    await box.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBe(
      await options.nth(1).getAttribute("id"),
    );
    expect(await options.nth(1).getAttribute("aria-selected")).toBe("true");
    await box.press("Enter");
    expect(await page.locator(".picker-value").first().textContent()).toBe(second);
  });

  it("finds no serious or critical accessibility violation on the main pages", async () => {
    const pages: [string, string | RegExp][] = [
      ["/w/demo/network", "Network map"],
      ["/w/demo/organisations", "Organisations"],
      ["/w/demo/partnerships", "Partnerships"],
      ["/w/demo/sector", "Sector"],
      ["/w/demo/appraisals", "Appraisals"],
      ["/w/demo/supply-chains", "Supply chains"],
      ["/w/demo/value-maps", "Value maps"],
      ["/w/demo/partnerships/demo-p-jus-west-london/outcomes", "Outcomes"],
      ["/w/demo/imports", "Import & export"],
      ["/w/demo/members", "Members"],
    ];
    const found: string[] = [];
    for (const [path, heading] of pages) {
      await open(path, heading);
      for (const v of await seriousViolations(page))
        found.push(`${path}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).join(", ")}`);
    }
    expect(found).toEqual([]);
  });

  it("met no server errors", () => {
    expect(problems.filter((p) => !p.startsWith("API 400"))).toEqual([]);
  });
});
