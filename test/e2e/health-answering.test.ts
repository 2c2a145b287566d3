import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

const SHOTS = "test-results";
const ID = "assoc-links";
const HEALTH = `/w/demo/health?assessment=${ID}`;

let server: TestServer;
let browser: Browser;
let owner: BrowserContext;
let ownerPage: Page;
const problems: string[] = [];

const violationsOf = async (page: Page) =>
  (await seriousViolations(page)).map((v) => `${v.id} (${v.impact}) at ${v.nodes.join(", ")}`);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  // bypassCSP lets the test inject axe-core (the CSP allows only the app's own scripts).
  owner = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
    bypassCSP: true,
  });
  ownerPage = await owner.newPage();
  watchPage(ownerPage, problems);
  await ownerPage.goto(server.loginUrl);
  await ownerPage.waitForURL(/\/w\/demo\//);
  const made = await pageApi(ownerPage, "/workspaces/demo/assessments", "POST", {
    id: ID,
    name: "Association health check, spring",
    partnership: "demo-p-association",
    partners: ["demo-org-a", "demo-org-b"],
    instrument: { id: "six-principles", version: 1 },
  });
  expect(made.status).toBe(201);
  const wave = await pageApi(ownerPage, `/workspaces/demo/assessments/${ID}/waves`, "POST", {
    id: "spring",
    date: "2026-03-01",
  });
  expect(wave.status).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a partner answers an assessment through a link; the owner sees it arrive", () => {
  it("makes the link on the health page, answers it on a phone, and updates the owner's counts and heatmap", async () => {
    await ownerPage.goto(`${server.origin}${HEALTH}`);
    const answering = ownerPage.getByRole("region", { name: "Who has answered" });
    const countA = answering.locator(
      'table[data-table="health-counts"] td[data-partner="demo-org-a"]',
    );
    await expect.poll(() => countA.textContent()).toBe("0");
    expect(await violationsOf(ownerPage)).toEqual([]);

    await answering.getByLabel("Partner", { exact: true }).selectOption("demo-org-a");
    await answering.getByLabel(/^Shared/).check();
    await answering.getByRole("button", { name: "Make link" }).click();
    const box = answering.getByLabel("Link to send (shown only now)");
    await expect.poll(() => box.inputValue()).toMatch(/\/r\/[A-Za-z0-9_-]{43}$/);
    const link = await box.inputValue();

    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      locale: "en-GB",
      bypassCSP: true,
    });
    const page = await phone.newPage();
    watchPage(page, problems, { consoleErrors: false });
    await page.goto(link);
    expect(await page.title()).toBe("Partnership assessment: Association health check, spring");
    const groups = page.locator("fieldset.item");
    expect(await groups.count()).toBe(24);
    expect(await violationsOf(page)).toEqual([]);
    // Every statement "Agree" but one left out: refused, naming the statement, nothing stored.
    const agreeAll = async (from: number) => {
      for (let i = from; i < 24; i++)
        await groups.nth(i).getByLabel("4 – Agree", { exact: true }).check();
    };
    await agreeAll(1);
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Choose an answer");
    expect(await page.title()).toMatch(/^Error: /);
    expect(await violationsOf(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/health-answer-error.png`, fullPage: true });
    await groups.nth(0).getByLabel("4 – Agree", { exact: true }).check();
    const send = async () => {
      await page.getByRole("button", { name: "Send my answers" }).click();
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent())
        .toBe("Thank you");
    };
    await send();

    // The owner's page reads the count again by itself (every 10 s) and the results with it.
    // One respondent: counted, but A's numbers are withheld, from the owner too.
    await expect.poll(() => countA.textContent(), { timeout: 25_000 }).toBe("1");
    const heatmap = ownerPage.locator('table[data-table="health-heatmap"]');
    const needA = heatmap.locator("tbody tr").first().locator("td").first();
    await expect.poll(() => needA.textContent()).toBe("withheld");
    const reminder = ownerPage.locator('[data-reminder="demo-org-a"]');
    await expect.poll(() => reminder.textContent()).toContain("1 of 3 responses");
    expect(await reminder.locator("textarea").inputValue()).toContain("so we need 2 more");
    expect(await violationsOf(ownerPage)).toEqual([]);
    await ownerPage.screenshot({ path: `${SHOTS}/health-owner-counts.png`, fullPage: true });

    // Two colleagues answer through the same shared link: three respondents, A is shown.
    for (let k = 0; k < 2; k++) {
      await page.goto(link);
      await agreeAll(0);
      await send();
    }
    await phone.close();
    await expect.poll(() => countA.textContent(), { timeout: 25_000 }).toBe("3");
    // need for A: need-1, 2, 4 score 4 and the reversed need-3 scores 6 − 4 = 2: (4+4+2+4)/4 =
    // 3.50 for each of the three, so the mean is 3.50.
    await expect.poll(() => needA.textContent()).toBe("3.50");
    await expect.poll(() => reminder.count()).toBe(0);
    // The shared link, used three times, is revoked from the page: it stops working.
    const links = ownerPage.locator('ul[data-list="assessment-links"] li');
    await expect.poll(() => links.first().textContent()).toContain("shared, used 3 times, active");
    await links
      .first()
      .getByRole("button", { name: /^Revoke/ })
      .click();
    await expect.poll(() => links.first().textContent()).toContain("used 3 times, revoked");
    const late = await browser.newContext({ locale: "en-GB" });
    const latePage = await late.newPage();
    expect((await latePage.goto(link))?.status()).toBe(410);
    await late.close();
    await ownerPage.screenshot({ path: `${SHOTS}/health-owner-shown.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it("shows the demo's trends with Welch intervals, a pairwise matrix with the disagreement marked, and radars", async () => {
    const page = ownerPage;
    await page.goto(`${server.origin}/w/demo/health?assessment=demo-association-health`);
    const trends = page.getByRole("region", { name: "Trends across waves" });
    const trust = trends.getByRole("img", { name: /^Partners trust one another by wave/ });
    // Trust over all eight: 2009 (16 + 8) / 8 = 3.00, 2010 (16 + 12) / 8 = 3.50.
    await expect
      .poll(() => trust.getAttribute("aria-label"))
      .toBe("Partners trust one another by wave: wave-2009 3.00, wave-2010 3.50");
    expect(await trends.textContent()).toContain("wave-2009 → wave-2010: +0.50 (95% interval");
    expect(await page.locator('figure[data-chart="radar"]').count()).toBe(4);
    // The comparison regroups by stage: the Association is at stage 6 of the continuum.
    const compare = page.getByRole("region", { name: "Compare partnerships on this instrument" });
    await compare.getByLabel("Group partnerships by").selectOption("stage");
    await expect
      .poll(() => compare.locator("caption").textContent())
      .toContain("Mean per dimension by stage");
    expect(await violationsOf(page)).toEqual([]);

    await page.goto(`${server.origin}/w/demo/health?assessment=demo-wp-p1-levels`);
    const matrix = page.locator('table[data-table="pairwise-matrix"]');
    const primeRow = matrix.locator("tbody tr").first();
    // Prime → TSO4 4.0; TSO4 → prime 1.0: 3 levels apart, outlined and said in words.
    await expect
      .poll(() => primeRow.locator("td.asymmetric").textContent())
      .toBe("4.0 (+3.0 vs TSO4's view)");
    expect(await matrix.locator("td.asymmetric").count()).toBe(2);
    await expect
      .poll(() => page.locator('ol[data-list="prompts"] li').first().textContent())
      .toContain("Prime Contractor P1 Ltd rates its work with TSO4 at level 4.0");
    expect(await violationsOf(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/health-pairwise.png`, fullPage: true });
    expect(problems).toEqual([]);
  });

  it("lets a signed-in member tied to a partner answer for it on the health page", async () => {
    const page = ownerPage;
    const me = await pageApi(page, "/me");
    // The owner speaks for Organisation B from now on.
    const tied = await pageApi(page, `/workspaces/demo/members/${me.json.id}`, "PUT", {
      role: "owner",
      organisation: "demo-org-b",
    });
    expect(tied.status).toBe(200);
    await page.goto(`${server.origin}${HEALTH}`);
    const form = page.getByRole("form", { name: "Answer for Organisation B" });
    const groups = form.locator("fieldset");
    await expect.poll(() => groups.count()).toBe(24);
    expect(await violationsOf(page)).toEqual([]);
    for (let i = 0; i < 24; i++)
      await groups.nth(i).getByLabel("2 – Disagree", { exact: true }).check();
    await form.getByRole("button", { name: "Send my answers" }).click();
    await expect
      .poll(() => form.getByRole("status").textContent())
      .toBe("Recorded. 1 from your organisation in this wave so far.");
    const countB = page.locator('table[data-table="health-counts"] td[data-partner="demo-org-b"]');
    await expect.poll(() => countB.textContent(), { timeout: 25_000 }).toBe("1");
    // B's one answer is B's own group: shown to B's member. need: 2, 2, 2 and the reversed
    // need-3 scores 6 − 2 = 4: (2 + 2 + 4 + 2) / 4 = 2.50.
    const needB = page
      .locator('table[data-table="health-heatmap"] tbody tr')
      .first()
      .locator("td")
      .nth(1);
    await expect.poll(() => needB.textContent()).toBe("2.50");
    // Closing the wave: it says so, and the member's form goes (the wave takes no answers).
    await page.getByRole("button", { name: "Close wave spring" }).click();
    await expect
      .poll(() => page.locator('table[data-table="health-counts"] tbody tr').first().textContent())
      .toContain("Closed");
    await expect.poll(() => form.count()).toBe(0);
    expect(problems).toEqual([]);
  });
});
