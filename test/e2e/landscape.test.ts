import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestServer } from "./server.ts";
import { SHOTS, signedInBrowser } from "./signed-in.ts";

const COUNT = /^(\d+) organisations?, (\d+) links? as of /;

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/landscape-${name}.png`, fullPage: true });
}

/** The count line under the slider, once it names the wanted year. */
async function countFor(year: number): Promise<{ nodes: number; links: number }> {
  const line = page.locator(".network-count");
  await expect.poll(() => line.textContent(), { timeout: 15_000 }).toContain(String(year));
  const match = COUNT.exec((await line.textContent()) ?? "");
  expect(match, "count line").not.toBeNull();
  return { nodes: Number(match![1]), links: Number(match![2]) };
}

/** Moves the year slider as a person would (keyboard), then waits for the map's answer. */
async function slideTo(year: number): Promise<void> {
  const slider = page.getByLabel(/As of the end of/);
  const now = Number(await slider.inputValue());
  await slider.focus();
  const key = year > now ? "ArrowRight" : "ArrowLeft";
  for (let i = 0; i < Math.abs(year - now); i++) await page.keyboard.press(key);
  await expect.poll(() => page.locator("output").first().textContent()).toBe(String(year));
}

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems, {}, { apiStatusFrom: 400 }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the landscape pages", () => {
  it("draws the network map and changes it with the date slider", async () => {
    await page.getByRole("link", { name: "Network", exact: true }).click();
    await page.waitForURL(/\/w\/demo\/network/);
    await page.getByRole("heading", { name: "Network map", level: 1 }).waitFor();
    const webgl = await page.evaluate(
      () => !!document.createElement("canvas").getContext("webgl2"),
    );
    expect(webgl, "software WebGL2 in headless Chromium").toBe(true);
    await slideTo(2008);
    const before = await countFor(2008);
    await page.locator(".network-canvas canvas").first().waitFor();
    const size = await page.locator(".network-canvas canvas").first().boundingBox();
    expect(size?.width).toBeGreaterThan(300);
    expect(size?.height).toBeGreaterThan(300);
    await expect
      .poll(() => page.locator(".network-status").textContent(), { timeout: 15_000 })
      .toMatch(/Hover/);
    await shot("01-network-2008");

    await slideTo(2011);
    const after = await countFor(2011);
    expect(after.links).not.toBe(before.links);
    expect(after.nodes).toBeGreaterThan(before.nodes);
    await expect
      .poll(() => page.locator(".network-status").textContent(), { timeout: 15_000 })
      .toMatch(/Hover/);
    await shot("02-network-2011");
  });

  it("exports the map as PNG and SVG", async () => {
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Picture (PNG)" }).click(),
    ]);
    expect(png.suggestedFilename()).toMatch(/^network-2011-12-31\.png$/);
    await png.saveAs(`${SHOTS}/landscape-export.png`);
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Drawing (SVG)" }).click(),
    ]);
    expect(svg.suggestedFilename()).toBe("network-2011-12-31.svg");
    await svg.saveAs(`${SHOTS}/landscape-export.svg`);
    expect(readFileSync(`${SHOTS}/landscape-export.svg`, "utf8")).toContain("<circle");
  });

  it("shows Organisation A, which has no yearly figures, from 2009 when it joins the Association", async () => {
    // The map in words: the table under the map lists every organisation drawn (read, not opened).
    const named = (name: string) =>
      page.locator(".network-details a", { hasText: new RegExp(`^${name}$`) }).count();
    await slideTo(2008);
    await countFor(2008);
    expect(await named("Organisation A")).toBe(0);
    await slideTo(2009);
    await countFor(2009);
    await expect.poll(() => named("Organisation A")).toBe(1);
    // Public bodies are on the map too: the Department for Work and Pensions commissions from 2009.
    await expect.poll(() => named("Department for Work and Pensions")).toBe(1);
    // Let the map finish drawing before the next test leaves the page.
    await expect
      .poll(() => page.locator(".network-status").textContent(), { timeout: 15_000 })
      .toMatch(/Hover/);
  });

  it("shows the sector's HHI and merger waves", async () => {
    await page.getByRole("link", { name: "Sector", exact: true }).click();
    await page.getByRole("heading", { name: "Sector", level: 1 }).waitFor();
    const hhi = page.locator(".stat-card", { has: page.getByRole("heading", { name: "HHI" }) });
    await expect.poll(() => hhi.locator(".stat-value").textContent()).toMatch(/^[\d,]+$/);
    expect(await hhi.textContent()).toContain("per legal entity");
    // The demo starts on England's housing associations and says so above every measure.
    expect(await page.getByLabel("Nation").inputValue()).toBe("england");
    expect(await page.getByLabel("Kind").inputValue()).toBe("housing_association");
    await expect
      .poll(() => page.locator('[data-set="stats"]').textContent())
      .toContain("Covers housing associations in England");
    await expect
      .poll(() => page.locator('[data-set="changes"]').textContent())
      .toContain("Covers housing associations in England");
    const organisations = page.getByTestId("sector-cards").locator(".stat-card", {
      has: page.getByRole("heading", { name: "Organisations", exact: true }),
    });
    const countOf = async () =>
      Number((await organisations.locator(".stat-value").textContent())?.replace(/,/g, ""));
    await expect.poll(countOf).toBeGreaterThan(0);
    const englishAssociations = await countOf();
    // Every nation and kind: more organisations, including those without figures, not weighed.
    await page.getByLabel("Nation").selectOption("all");
    await page.getByLabel("Kind").selectOption("all");
    await expect
      .poll(() => page.locator('[data-set="stats"]').textContent())
      .toContain("Covers all organisations");
    await expect.poll(countOf).toBeGreaterThan(englishAssociations);
    expect(await organisations.locator("[data-weighed]").textContent()).toMatch(
      /could not be weighed/,
    );
    const waves = page.getByTestId("merger-waves");
    await waves.waitFor();
    await expect.poll(() => waves.locator("rect").count()).toBeGreaterThan(3);
    await expect.poll(() => waves.locator(".chart-marker").count()).toBe(4);
    await page.getByText(/Policy markers/).click();
    await page.getByLabel("Year", { exact: true }).fill("2011");
    await page.getByLabel("What changed").fill("Work Programme");
    await page.getByRole("button", { name: "Add marker" }).click();
    await expect.poll(() => waves.locator(".chart-marker").count()).toBe(5);
    await page.reload();
    await expect
      .poll(() => page.getByTestId("merger-waves").locator(".chart-marker").count())
      .toBe(5);
    await shot("03-sector");
  });

  it("shows the portfolio of an organisation in several partnerships", async () => {
    await page.goto(`${server.origin}/w/demo/organisations/demo-ha1`);
    await page.getByRole("link", { name: "Portfolio", exact: true }).click();
    await page.waitForURL(/\/organisations\/demo-ha1\/portfolio/);
    await page.getByLabel("As of").fill("2012-06-01");
    await expect
      .poll(() => page.locator(".network-count").textContent())
      .toMatch(/^(\d+) active partnerships on 1 Jun 2012$/);
    const n = Number((await page.locator(".network-count").textContent())!.split(" ")[0]);
    expect(n).toBeGreaterThan(3);
    await expect.poll(() => page.locator(".chart-point").count()).toBe(n);
    await page
      .getByText(/10,000 means all eggs in one basket/)
      .first()
      .waitFor();
    await page.getByRole("heading", { name: "Life-cycle history" }).waitFor();
    await shot("04-portfolio");
    expect(problems).toEqual([]);
  });
});
