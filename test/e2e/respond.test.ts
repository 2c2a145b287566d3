import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

const SHOTS = "test-results";
const CHAIN = "work-programme-area-x";
const RESULTS = `/w/demo/supply-chains/${CHAIN}/survey/results`;

let server: TestServer;
let browser: Browser;
let owner: BrowserContext;
const problems: string[] = [];

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe-core on the page; returns its serious and critical violations, named. */
async function axeSerious(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  owner = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-GB" });
  const page = await owner.newPage();
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
  await page.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The owner makes a single-use link for Advice charity AC1 on the survey results page. */
async function linkMade(): Promise<string> {
  const page = await owner.newPage();
  watchPage(page, problems);
  await page.goto(`${server.origin}${RESULTS}`);
  const section = page.getByRole("region", { name: "Respondent links" });
  await section.getByLabel("Partner organisation").fill("Advice charity");
  await section.getByRole("option", { name: "Advice charity AC1" }).click();
  await section.getByLabel("Relation to the chain").selectOption("present");
  await section.getByLabel("Label (optional)").fill("AC1 manager");
  await section.getByRole("button", { name: "Make link" }).click();
  const link = await section.getByLabel("Respondent link", { exact: true }).inputValue();
  await expect
    .poll(() =>
      section.locator('table[data-table="respondent-links"] td[data-state]').textContent(),
    )
    .toBe("Active");
  await page.close();
  return link;
}

describe("a partner answers the Merlin survey through a respondent link on a phone", () => {
  it("keeps the answers given when one is missing, then records them for the organisation", async () => {
    const link = await linkMade();
    expect(link).toMatch(new RegExp(`^${server.origin}/r/[A-Za-z0-9_-]{43}$`));
    // The partner: no account, no cookies, a phone-sized screen.
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: "en-GB",
      // Lets the test inject axe-core despite the page's CSP (script-src 'self'); the page has no script.
      bypassCSP: true,
    });
    const page = await phone.newPage();
    watchPage(page, problems, { consoleErrors: false });
    await page.goto(link);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.title()).toMatch(/^Partner survey: /);
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/respond-01-form.png`, fullPage: true });

    // Every statement answered except one: "Payments reach us on time and as agreed."
    const groups = page.locator("fieldset.item");
    const count = await groups.count();
    expect(count).toBe(17);
    for (let i = 0; i < count; i++) {
      const group = groups.nth(i);
      if ((await group.getAttribute("id")) === "funding-1") continue;
      await group.getByLabel(i % 2 === 0 ? "Agree" : "Strongly agree", { exact: true }).check();
    }
    await page.getByRole("button", { name: "Send my answers" }).click();

    const missing = page.getByRole("group", { name: "Payments reach us on time and as agreed." });
    await expect
      .poll(() => missing.locator(".error-message").textContent())
      .toContain("Choose an answer for this statement");
    expect(await page.title()).toMatch(/^Error: /);
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Payments reach us on time");
    // The 16 answers given are still chosen.
    expect(await page.locator("fieldset.item input:checked").count()).toBe(16);
    expect(await groups.nth(0).getByLabel("Agree", { exact: true }).isChecked()).toBe(true);
    expect(await groups.nth(1).getByLabel("Strongly agree", { exact: true }).isChecked()).toBe(
      true,
    );
    expect(await axeSerious(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/respond-02-missing.png`, fullPage: true });

    // The summary's link takes the partner to the field; they answer it and send.
    await page.getByRole("alert").getByRole("link").click();
    await missing.getByLabel("Disagree", { exact: true }).check();
    await page.getByRole("button", { name: "Send my answers" }).click();
    await page.getByRole("heading", { name: "Thank you" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/respond-03-thanks.png`, fullPage: true });

    // The link worked once.
    const again = await page.goto(link);
    expect(again?.status()).toBe(410);
    await phone.close();

    // The owner sees the answer stored for the organisation, with every statement answered.
    const raw = await owner.request.get(
      `${server.origin}/api/v1/workspaces/demo/supply-chains/${CHAIN}/merlin/responses`,
    );
    expect(raw.status()).toBe(200);
    const items = (await raw.json()).items as {
      organisation: string;
      relation: string;
      answers: Record<string, number>;
    }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ organisation: "demo-ac1", relation: "present" });
    expect(items[0]!.answers["funding-1"]).toBe(2);
    expect(items[0]!.answers["design-1"]).toBe(4);
    expect(Object.keys(items[0]!.answers)).toHaveLength(17);
    expect(problems).toEqual([]);
  });
});
