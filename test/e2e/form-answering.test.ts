import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// A service user answers an outcome form on a 390 px wide phone with a flaky connection: the
// network is cut between typing and sending, the answer is kept on the phone, and when the
// network returns it arrives once. Also: the page without script, the language and easy-read
// switches, and axe-core on the page.
const SHOTS = "test-results";
const W = "/api/v1/workspaces/demo";
const FORM_ID = "e2e-navigator-form";

let server: TestServer;
let browser: Browser;
let owner: BrowserContext;
const problems: string[] = [];

const FORM = {
  id: FORM_ID,
  framework: "demo-of-jus-navigators",
  languages: ["en", "cy"],
  easyRead: true,
  title: { en: "Your navigator and you", cy: "Eich llywiwr a chi" },
  consent: {
    text: {
      en: "I agree that my answers are used to improve the service.",
      cy: "Rwy’n cytuno i’m hatebion gael eu defnyddio i wella’r gwasanaeth.",
    },
    easyRead: { en: "We can use your answers.", cy: "Gallwn ddefnyddio eich atebion." },
  },
  questions: [
    {
      id: "confidence",
      kind: "scale",
      required: true,
      indicator: "jus-confidence",
      text: {
        en: "How confident are you about where to go for help?",
        cy: "Pa mor hyderus ydych chi am ble i fynd am help?",
      },
      easyRead: { en: "Do you know where to get help?", cy: "Ydych chi’n gwybod ble i gael help?" },
      scale: { min: 1, max: 10 },
    },
    {
      id: "story",
      kind: "text",
      text: { en: "What changed for you?", cy: "Beth newidiodd i chi?" },
      easyRead: { en: "What is different now?", cy: "Beth sy’n wahanol nawr?" },
    },
  ],
};

/** All axe-core violations on the page, named (the answering page should have none at all). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  })) as { id: string; impact: string; nodes: { target: string[] }[] }[];
  return violations.map(
    (v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

async function api(method: "GET" | "POST", path: string, data?: unknown) {
  const res = await owner.request.fetch(`${server.origin}${W}${path}`, {
    method,
    headers: { origin: server.origin },
    ...(data === undefined ? {} : { data }),
  });
  return { status: res.status(), json: await res.json() };
}

const phoneOf = (javaScriptEnabled = true) =>
  browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "en-GB",
    javaScriptEnabled,
    // Lets the test inject axe-core despite the page's CSP; the page's own script is from 'self'.
    bypassCSP: true,
  });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  owner = await browser.newContext({ locale: "en-GB" });
  const page = await owner.newPage();
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
  await page.close();
  const made = await api("POST", "/forms", FORM);
  expect(made.status, JSON.stringify(made.json)).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a service user answers a form on a phone with a flaky connection", () => {
  it("keeps the answer while offline and delivers it exactly once when the network returns", async () => {
    const link = (await api("POST", `/forms/${FORM_ID}/links`, { kind: "shared" })).json
      .link as string;
    const phone = await phoneOf();
    const page = await phone.newPage();
    watchPage(page, problems, { consoleErrors: false });
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Your navigator and you" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );

    await page.getByLabel("I agree").check();
    await page
      .getByRole("group", { name: /How confident are you/ })
      .getByLabel("7", { exact: true })
      .check();
    await page.getByLabel(/What changed for you/).fill("I know who to ring now.");
    await page.screenshot({ path: `${SHOTS}/form-answering-01-typed.png`, fullPage: true });

    await phone.setOffline(true);
    await page.getByRole("button", { name: "Send my answers" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("You are offline");
    const kept = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
    expect(kept).toContain("I know who to ring now.");
    expect(kept).toContain('\\"pending\\":true');
    await page.screenshot({ path: `${SHOTS}/form-answering-02-offline.png`, fullPage: true });
    expect((await api("GET", `/forms/${FORM_ID}/submissions`)).json.items).toHaveLength(0);

    await phone.setOffline(false);
    await page.getByRole("heading", { name: "Thank you" }).waitFor({ timeout: 20_000 });
    const code = await page.locator("#respondent-code").textContent();
    expect(code).toMatch(/^R-[A-Z2-9]{6}$/);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/form-answering-03-thanks.png`, fullPage: true });
    // Give any retry still pending its chance to run, then count: the answer arrived once.
    await page.waitForTimeout(6_000);
    const items = (await api("GET", `/forms/${FORM_ID}/submissions`)).json.items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      respondentCode: code,
      answers: { confidence: 7, story: "I know who to ring now." },
    });
    expect(problems).toEqual([]);
    await phone.close();
  });

  it("works without script, in Welsh and in easy read", async () => {
    const link = (await api("POST", `/forms/${FORM_ID}/links`, { kind: "single_use" })).json
      .link as string;
    const phone = await phoneOf(false);
    const page = await phone.newPage();
    await page.goto(link);
    await page.getByRole("link", { name: "Cymraeg" }).click();
    await page.getByRole("heading", { level: 1, name: "Eich llywiwr a chi" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("cy");
    await page.getByRole("link", { name: "Fersiwn hawdd ei darllen" }).click();
    await page.getByText("Ydych chi’n gwybod ble i gael help?").waitFor();
    // axe-core needs script: the same Welsh easy-read page, checked in a page that runs it.
    const checker = await phoneOf();
    const checked = await checker.newPage();
    await checked.goto(page.url());
    expect(await axeViolations(checked)).toEqual([]);
    await checker.close();
    await page.getByLabel("Rwy’n cytuno").check();
    await page
      .getByRole("group", { name: /Ydych chi’n gwybod/ })
      .getByLabel("9", { exact: true })
      .check();
    await page.getByRole("button", { name: "Anfon fy atebion" }).click();
    await page.getByRole("heading", { name: "Diolch" }).waitFor();
    const items = (await api("GET", `/forms/${FORM_ID}/submissions`)).json.items;
    expect(items.filter((s: { language: string }) => s.language === "cy")).toHaveLength(1);
    await phone.close();
  });

  it("lets the owner find the form, make an interview link and see results withheld under three people", async () => {
    const page = await owner.newPage();
    watchPage(page, problems);
    await page.goto(`${server.origin}/w/demo/forms`);
    // Each form names the outcome framework it measures by its title, not its id.
    const list = page.locator('[data-table="forms"]');
    await expect.poll(() => list.textContent()).toContain("community navigator outcomes");
    expect(await list.textContent()).not.toContain("demo-of-jus-navigators");
    await page.getByRole("button", { name: "Your navigator and you" }).click();
    const results = page.getByRole("region", { name: "Results" });
    // Two people have answered (one in each test above): fewer than three, so nothing is shown.
    await expect
      .poll(() => results.textContent())
      .toContain("withheld — fewer than three people answered");
    const links = page.getByRole("region", { name: "Links to answer" });
    await links.getByLabel("Kind of link").selectOption("interview");
    await links.getByLabel("Community researcher").fill("Amira");
    await links.getByRole("button", { name: "Make link" }).click();
    const made = await links.getByLabel(/Form link/).inputValue();
    expect(made).toMatch(new RegExp(`^${server.origin}/r/`));
    await expect.poll(() => links.locator("table").textContent()).toContain("Amira");
    expect(problems).toEqual([]);
    await page.close();
  });
});
