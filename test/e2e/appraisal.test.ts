import { mkdirSync } from "node:fs";
import fc from "fast-check";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mcdaOf } from "../../src/engine/appraisal/mcda.ts";
import { mcdaRanking, mcdaTop } from "../../src/shared/mcda-ranking.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

const SHOTS = "test-results";
const TITLE = "Sight-loss charities: the Association against a full merger (illustrative figures)";
let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

const shot = (name: string) =>
  page.screenshot({ path: `${SHOTS}/appraisal-${name}.png`, fullPage: true });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
    acceptDownloads: true,
  });
  page = await context.newPage();
  watchPage(page, problems);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the appraisal journey", () => {
  it("opens the demo's Association appraisal and shows NPV and the three charts", async () => {
    await page.goto(server.loginUrl);
    await page.waitForURL(/\/w\/demo\//);
    await page.getByRole("link", { name: "Appraisals", exact: true }).first().click();
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByTestId("npv").waitFor();
    expect(await page.getByTestId("npv").textContent()).toMatch(/^£[\d,]+$/);
    for (const chart of ["cash-flows", "npv-histogram", "tornado"])
      expect(await page.locator(`[data-chart="${chart}"] svg rect`).count(), chart).toBeGreaterThan(
        2,
      );
    expect(await page.getByText("Assumptions behind these results").isVisible()).toBe(true);
    await shot("results");
  });

  it("flips the ranking when the NPV weight slider moves far enough", async () => {
    const top = page.getByTestId("mcda-top");
    const before = await top.textContent();
    expect(before).toBe("Association (fundraising, planning and regional services integrated)");
    const slider = page.locator("#weight-npv");
    await slider.focus();
    for (let i = 0; i < 50 && (await top.textContent()) === before; i++)
      await page.keyboard.press("ArrowRight");
    expect(await top.textContent()).toBe("Full merger (one charity, one brand)");
    expect(await page.getByText("the ranking has flipped").isVisible()).toBe(true);
    await page.locator(".mcda").screenshot({ path: `${SHOTS}/appraisal-mcda-flip.png` });
  });

  it("decides an option, records an actual and shows the realisation rate", async () => {
    await page.getByLabel("Option to decide").selectOption("association");
    await page.getByRole("button", { name: "Decide and freeze version 1" }).click();
    await expect.poll(() => page.getByTestId("status").textContent()).toBe("Decided");
    await page.getByRole("link", { name: "Benefits realisation" }).click();
    await page.getByLabel("As of").fill("2011-06-01");
    const cell = page.getByLabel("Actual for One fundraising team for both brands, year 1", {
      exact: true,
    });
    await cell.fill("39600");
    await page.getByRole("button", { name: "Save actuals" }).click();
    // Planned 220,000 × 1/2 (ramp) × 0.8 × (1 − 0.1) = 79,200 in year 1; 39,600 of it is 50%.
    await expect.poll(() => page.getByTestId("savings-rate").textContent()).toBe("50%");
    expect(await page.getByTestId("follow-up").textContent()).toContain(
      "One strategic planning and research function",
    );
    await shot("realisation");
  });

  it("keeps the decided version when the appraisal is edited, and fits a phone", async () => {
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("link", { name: "Edit" }).click();
    await page.getByText("Saving creates version 2 as a draft").waitFor();
    expect(
      await page
        .getByText(/cost sharing exemption/)
        .first()
        .isVisible(),
    ).toBe(true);
    await shot("editor");
    await page
      .locator(".option-card")
      .nth(1)
      .screenshot({ path: `${SHOTS}/appraisal-editor-option.png` });
    await page.getByRole("button", { name: "Save as a new version" }).click();
    await page.getByTestId("decision").waitFor();
    expect(await page.getByTestId("decision").textContent()).toContain("on version 1");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId("npv").waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(391);
    await shot("phone");
    await page
      .locator('[data-chart="cash-flows"]')
      .screenshot({ path: `${SHOTS}/appraisal-phone-chart.png` });
    expect(problems).toEqual([]);
  });
});

describe("the web app's MCDA mirror", () => {
  it("ranks as the engine does for any NPVs, scores and weights", () => {
    const option = fc.record({
      npv: fc.integer({ min: -1e6, max: 1e6 }),
      s: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(
        fc.array(option, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        (raw, wn, ws) => {
          const options = raw.map((o, i) => ({ id: `o${i}`, npv: o.npv, scores: { s: o.s } }));
          const criteria = [
            { id: "npv", weight: wn },
            { id: "s", weight: ws },
          ];
          const engine = mcdaOf(options, criteria).options;
          const web = mcdaRanking(options, { npv: wn, s: ws });
          expect(web.map((r) => r.rank)).toEqual(engine.map((r) => r.rank));
          web.forEach((r, i) => expect(r.score).toBeCloseTo(engine[i]!.score, 9));
        },
      ),
    );
  });

  // Found by the property above: o0 and o1 both score 10/6 + 10/6 = 1/6·0 + 5/6·4 = 3⅓ exactly,
  // but the two implementations round the sums differently; a tie goes to the lower id.
  it("treats equal weighted scores as a tie broken by id, in both implementations", () => {
    const options = [
      { id: "o0", npv: 0, scores: { s: 2 } },
      { id: "o1", npv: -1, scores: { s: 4 } },
      { id: "o2", npv: 0, scores: { s: 0 } },
    ];
    const criteria = [
      { id: "npv", weight: 2 },
      { id: "s", weight: 10 },
    ];
    expect(mcdaOf(options, criteria).options.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(mcdaRanking(options, { npv: 2, s: 10 }).map((r) => r.rank)).toEqual([1, 2, 3]);
  });

  it("gives hand-computed scores: NPV 0/50/100 → 0/5/10, brand 10/8/2", () => {
    const options = [
      { id: "a", npv: 0, scores: { brand: 10 } },
      { id: "b", npv: 50, scores: { brand: 8 } },
      { id: "c", npv: 100, scores: { brand: 2 } },
    ];
    expect(mcdaRanking(options, { npv: 1, brand: 1 }).map((r) => r.score)).toEqual([5, 6.5, 6]);
    expect(mcdaTop(mcdaRanking(options, { npv: 0.8, brand: 0.2 }))).toBe("c");
    expect(mcdaTop(mcdaRanking(options, {}))).toBe("c");
  });
});
