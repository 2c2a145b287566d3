import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

// Setting up partnership health in the browser: the demo's owner starts an assessment of the
// Association with its two charities, opens a wave (the page shows it), copies an instrument and
// saves new wording as version 2; a viewer sees the assessments but none of these controls.

const HEALTH = "/w/demo/health";
const NAME = "Association trust check";

let server: TestServer;
let browser: Browser;
let page: Page;
let assessmentId = "";
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync("test-results", { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  // bypassCSP lets axe-core's script be injected; the app's own scripts need no such help.
  page = await (await browser.newContext({ locale: "en-GB", bypassCSP: true })).newPage();
  watchPage(page, problems, { consoleErrors: false });
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("setting up partnership health in the browser", () => {
  it("refuses an assessment with one partner beside the partners, then starts one with two", async () => {
    await page.goto(`${server.origin}${HEALTH}`);
    const form = page.getByRole("form", { name: "Start an assessment" });
    await form.getByLabel("Name of the assessment").fill(NAME);
    await form.getByLabel("Partnership").selectOption("demo-p-association");
    await form.getByLabel("Instrument").selectOption("six-principles");
    const boxes = form.locator("#assessment-partners input[type=checkbox]");
    await expect.poll(() => boxes.count()).toBeGreaterThanOrEqual(2);
    await form.locator("#assessment-partner-demo-org-a").check();
    await form.getByRole("button", { name: "Start assessment" }).click();
    await expect.poll(() => form.locator(".error-summary").textContent()).toContain("at least two");
    expect(await seriousViolations(page)).toEqual([]);
    await form.locator("#assessment-partner-demo-org-b").check();
    await form.getByRole("button", { name: "Start assessment" }).click();
    await expect.poll(() => page.getByRole("button", { name: NAME }).count()).toBe(1);
    const list = await pageApi(page, "/workspaces/demo/assessments");
    const mine = list.json.items.find((a: { name: string }) => a.name === NAME);
    expect(mine.partnership).toBe("demo-p-association");
    expect([...mine.partners].sort()).toEqual(["demo-org-a", "demo-org-b"]);
    expect(mine.instrument).toEqual({ id: "six-principles", version: 1 });
    assessmentId = mine.id;
  });

  it("opens a wave on a date and the health page shows it", async () => {
    const form = page.getByRole("form", { name: "Open a wave" });
    await form.getByRole("button", { name: "Open wave" }).click();
    await expect
      .poll(() => form.getByLabel("Date of the wave").getAttribute("aria-invalid"))
      .toBe("true");
    await form.getByLabel("Date of the wave").fill("15/01/2027");
    await form.getByRole("button", { name: "Open wave" }).click();
    await expect
      .poll(() => form.getByRole("status").textContent())
      .toContain("The wave of 15 Jan 2027 is open");
    const results = page.getByRole("region", { name: "Results" });
    await expect.poll(() => results.textContent()).toContain("Wave of 15 Jan 2027");
    const detail = await pageApi(page, `/workspaces/demo/assessments/${assessmentId}`);
    expect(
      detail.json.waves.map((w: { id: string; date: string; state: string }) => [
        w.id,
        w.date,
        w.state,
      ]),
    ).toEqual([["wave-2027-01-15", "2027-01-15", "open"]]);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("copies an instrument and saves its new wording as version 2", async () => {
    const copy = page.getByRole("form", { name: "Copy an instrument" });
    await copy.getByLabel("Instrument to copy").selectOption("six-principles");
    await copy.getByLabel("Name of the copy").fill("Our six principles");
    await copy.getByRole("button", { name: "Copy instrument" }).click();
    const wording = page.getByRole("form", { name: "Instrument wording" });
    await wording
      .getByLabel("Statement 1", { exact: true })
      .fill("We trust each other to keep our word.");
    await wording.getByLabel(/^Statement 1 is reverse-scored/).check();
    await wording.getByRole("button", { name: "Save as a new version" }).click();
    await expect.poll(() => wording.getByRole("status").textContent()).toContain("version 2");
    const list = await pageApi(page, "/workspaces/demo/instruments");
    const mine = list.json.items.find((i: { name: string }) => i.name === "Our six principles");
    expect(mine.versions).toEqual([1, 2]);
    const v2 = await pageApi(page, `/workspaces/demo/instruments/${mine.id}?version=2`);
    expect(v2.json.items[0]).toMatchObject({
      text: "We trust each other to keep our word.",
      reverse: true,
    });
    const v1 = await pageApi(page, `/workspaces/demo/instruments/${mine.id}?version=1`);
    expect(v1.json.items[0].text).not.toBe("We trust each other to keep our word.");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/health-setup.png", fullPage: true });
    expect(problems).toEqual([]);
  });

  it("shows a viewer the assessment but no set-up controls", async () => {
    const made = await pageApi(page, "/workspaces/demo/invitations", "POST", {
      email: "vic.viewer@example.org",
      role: "viewer",
    });
    const viewer = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await viewer.goto(made.json.link);
    await viewer.getByLabel("Your name").fill("Vic");
    await viewer.getByLabel("Choose a password").fill("a long enough viewer passphrase");
    await viewer.getByRole("button", { name: "Create account and join" }).click();
    await viewer.waitForURL(/\/w\/demo\//);
    await viewer.goto(`${server.origin}${HEALTH}?assessment=${assessmentId}`);
    await expect
      .poll(() => viewer.getByRole("region", { name: "Results" }).textContent())
      .toContain("Wave of 15 Jan 2027");
    expect(await viewer.getByRole("form", { name: "Start an assessment" }).count()).toBe(0);
    expect(await viewer.getByRole("form", { name: "Open a wave" }).count()).toBe(0);
    expect(await viewer.getByRole("form", { name: "Copy an instrument" }).count()).toBe(0);
    await viewer.context().close();
  });
});
