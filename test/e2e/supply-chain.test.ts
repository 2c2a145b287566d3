import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "./server.ts";
import { SHOTS, signedInBrowser } from "./signed-in.ts";

const CHAIN = "/w/demo/supply-chains/work-programme-area-x";

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/supply-chain-${name}.png`, fullPage: true });
}

const npvOf = (provider: string) =>
  page
    .locator(`table[data-table="providers"] tr[data-provider="${provider}"] td[data-cell="npv"]`)
    .textContent();

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a supply chain in the browser", () => {
  it("opens the demo's Work Programme chain: diagram, cash curves and break-even table", async () => {
    await page.getByRole("link", { name: "Supply chains" }).first().click();
    await page.getByRole("link", { name: /Work Programme, contract package area X/ }).click();
    await page.waitForURL(new RegExp(`${CHAIN}$`));
    const diagram = page.locator('figure[data-chart="supply-chain-diagram"]');
    await diagram.waitFor();
    // Commissioner + the 6 members of P1's chain, each also a provider in the model and drawn once.
    await expect.poll(() => diagram.locator("g.sc-node").count()).toBe(7);
    await expect.poll(() => diagram.locator("g.sc-node-model").count()).toBe(6);
    await expect.poll(() => diagram.textContent()).toContain("Prime Contractor");
    // The prime's curve starts hidden (it would flatten the others); ticking it draws all six.
    const curves = page.locator('figure[data-chart="cash-curves"]');
    await expect.poll(() => curves.locator("polyline").count()).toBe(5);
    await curves.getByRole("checkbox", { name: /Prime Contractor P1 Ltd/ }).check();
    await expect.poll(() => curves.locator("polyline").count()).toBe(6);
    await curves.getByRole("checkbox", { name: /Prime Contractor P1 Ltd/ }).uncheck();
    expect(
      await page.locator('figure[data-chart="cash-curves"] g.sc-peak').count(),
    ).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('table[data-table="break-even"] tbody tr').count())
      .toBe(6);
    await expect
      .poll(() => page.locator('[data-panel="pays-for-us"]').textContent())
      .toMatch(/National Audit Office \(26%\)/);
    await shot("01-overview");
  });

  it("changes a provider's performance in the editor and sees its NPV change after saving", async () => {
    const before = await npvOf("demo-ha1");
    await page.getByRole("link", { name: "Edit the model" }).click();
    const field = page.getByLabel("HA1: performance");
    await field.fill("1.3");
    await shot("02-editor");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(new RegExp(`${CHAIN}$`));
    await page.locator('table[data-table="providers"]').waitFor();
    await expect.poll(() => npvOf("demo-ha1")).not.toBe(before);
    expect(
      await page.locator('table[data-table="break-even"] tbody tr').nth(5).textContent(),
    ).toContain("1.30");
  });

  it("runs a short Monte Carlo with a progress bar reaching 100% and shows the spread", async () => {
    await page.getByLabel("Runs").fill("200");
    await page.getByRole("button", { name: "Run Monte Carlo" }).click();
    await expect
      .poll(() => page.locator("[data-progress-text]").textContent(), { timeout: 60_000 })
      .toMatch(/^100%/);
    expect(await page.locator("progress").evaluate((el) => (el as HTMLProgressElement).value)).toBe(
      1,
    );
    await expect
      .poll(() => page.locator('table[data-table="monte-carlo"] tbody tr').count())
      .toBe(6);
    await page.locator('[data-panel="monte-carlo"]').scrollIntoViewIfNeeded();
    await shot("03-monte-carlo");
  });

  it("uploads participants and sees the funnel plot with flagged providers", async () => {
    await page.getByRole("link", { name: "Performance" }).click();
    await page.locator('input[type="file"]').setInputFiles("examples/pbr/participants.csv");
    const funnel = page.locator('figure[data-chart="funnel"]');
    await funnel.waitFor();
    await expect.poll(() => funnel.locator("g.sc-point").count()).toBe(6);
    await expect.poll(() => funnel.locator("polyline").count()).toBe(4);
    await expect
      .poll(() => page.locator('table[data-table="performance"] tbody tr').count())
      .toBe(6);
    await shot("04-performance");
  });

  it("attributes journeys and reconciles claims, then takes survey answers", async () => {
    await page.getByRole("link", { name: "Attribution" }).click();
    // The attribution page's code loads on first visit: wait for it before choosing files.
    await page.getByRole("button", { name: "Attribute outcomes" }).waitFor();
    await page.locator('input[type="file"]').nth(0).setInputFiles("examples/pbr/journeys.csv");
    await page.locator('input[type="file"]').nth(1).setInputFiles("examples/pbr/claims.csv");
    await page.getByRole("button", { name: "Attribute outcomes" }).click();
    await expect
      .poll(() => page.locator("[data-over-claim]").textContent())
      .toMatch(/over-claim factor of \d/);
    await shot("05-attribution");
    for (const answer of ["Agree", "Strongly agree", "Disagree"]) {
      await page.goto(`${server.origin}${CHAIN}/survey`);
      await page.getByLabel("Present partner").check();
      await page
        .getByRole("radiogroup", { name: /Payments reach us on time/ })
        .getByLabel(answer, { exact: true })
        .check();
      await page.getByRole("button", { name: "Send my answers" }).click();
      await page.getByRole("heading", { name: "Thank you" }).waitFor();
    }
    await page.goto(`${server.origin}${CHAIN}/survey/results`);
    // 4, 5 and 2 → (11 − 3) / 12 = 67% (Good).
    await expect
      .poll(() => page.locator('[data-principle="funding"]').textContent())
      .toContain("67% Good");
    await shot("06-survey");
    expect(problems).toEqual([]);
  });
});
