import { mkdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// A tour of every page of the demo workspace, with screenshots to look at, plus edit, a refused
// delete (409) and the sign-in screen.
const SHOTS = "test-results";
const demo = JSON.parse(readFileSync("src/services/demo/tsrc-case-studies.json", "utf8")) as {
  organisations: { id: string; name: string; facts: unknown[] }[];
  partnerships: {
    id: string;
    name: string;
    stage: number;
    integration: unknown[];
    members: unknown[];
  }[];
};
const withFacts = demo.organisations.find((o) => o.facts.length > 1)!;
const integrated = demo.partnerships.find((p) => p.integration.length > 0 && p.members.length > 0)!;

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
  });
  page = await context.newPage();
  // The tour provokes refusals (409) that the browser logs as console errors.
  watchPage(page, problems, { consoleErrors: false });
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\/organisations/);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function visit(path: string, heading: string | RegExp, shot: string): Promise<void> {
  await page.goto(server.origin + path);
  await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
  await page
    .locator(".loading")
    .first()
    .waitFor({ state: "detached" })
    .catch(() => undefined);
  await page.screenshot({ path: `${SHOTS}/tour-${shot}.png`, fullPage: true });
}

describe("a tour of the demo workspace", () => {
  it("shows an organisation's facts chart, memberships and timeline", async () => {
    await visit(`/w/demo/organisations/${withFacts.id}`, withFacts.name, "organisation");
    await expect.poll(() => page.locator(".chart svg").count()).toBeGreaterThan(0);
    await page.locator("#memberships-heading").waitFor();
    await page.locator(".timeline-item").first().waitFor();
  });

  it("shows a partnership's stage, members and functional integration", async () => {
    await visit(`/w/demo/partnerships/${integrated.id}`, integrated.name, "partnership");
    const current = page.locator('.stage-steps [aria-current="step"]');
    expect(await current.getAttribute("data-stage")).toBe(String(integrated.stage));
    await expect
      .poll(() => page.locator("#integration-heading + .table-scroll tbody tr").count())
      .toBe(integrated.integration.length);
  });

  it("lists partnerships, events, contracts and evidence with filters", async () => {
    await visit("/w/demo/partnerships", "Partnerships", "partnerships");
    await visit("/w/demo/events", "Life-cycle events", "events");
    await page.getByLabel("Event type").selectOption({ label: "Merged" });
    await page.waitForURL(/type=merged/);
    await expect
      .poll(async () =>
        (await page.locator("tbody tr td:nth-child(2)").allTextContents()).every(
          (t) => t === "Merged",
        ),
      )
      .toBe(true);
    await visit("/w/demo/contracts", "Contracts", "contracts");
    await visit("/w/demo/evidence", "Evidence", "evidence");
    // The theme filter became the code filter (the theme 'Culture' is a code of the codebook).
    await page.getByLabel("Code (and codes under it)").selectOption("culture");
    await page.waitForURL(/code=culture/);
    await page.screenshot({ path: `${SHOTS}/tour-evidence-culture.png`, fullPage: true });
  });

  it("edits an organisation and refuses to delete one still referenced", async () => {
    await visit(
      `/w/demo/organisations/${withFacts.id}/edit`,
      `Edit ${withFacts.name}`,
      "organisation-edit",
    );
    await page.getByLabel("Other names (one per line)").fill("A name used in the 1990s");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("A name used in the 1990s").waitFor();
    await page.getByRole("button", { name: "Delete" }).click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await page.getByText("Not deleted: it is still referenced.").waitFor();
    await page.screenshot({ path: `${SHOTS}/tour-delete-refused.png`, fullPage: true });
  });

  it("edits a partnership: members shown by name, a member removed, a function added", async () => {
    await visit(
      `/w/demo/partnerships/${integrated.id}/edit`,
      `Edit ${integrated.name}`,
      "partnership-edit",
    );
    const first = page.locator(".picker-value").first();
    expect(await first.textContent()).not.toMatch(/^demo-/);
    const before = await page.locator(".member-editor").count();
    await page.getByRole("button", { name: `Remove member ${before}` }).click();
    await page.getByRole("checkbox", { name: "Buying" }).check();
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("heading", { name: integrated.name, level: 1 }).waitFor();
    await expect.poll(() => page.locator(".members-table tbody tr").count()).toBe(before - 1);
    await page
      .getByText(/Buying/)
      .first()
      .waitFor();
  });

  it("shows the server's refusal of a duplicate identifier", async () => {
    await visit("/w/demo/organisations/new", "New organisation", "organisation-new");
    await page.getByLabel("Name", { exact: true }).fill("A second HA1");
    await page.getByLabel("Org-id identifier (optional)").fill(withFacts.id);
    await page.getByRole("button", { name: "Create organisation" }).click();
    await page.getByText(/^Not saved: /).waitFor();
    expect(page.url()).toMatch(/\/organisations\/new$/);
    await page.screenshot({ path: `${SHOTS}/tour-duplicate-refused.png`, fullPage: true });
  });

  it("collapses the navigation and keeps pages inside a phone's width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [path, heading, shot] of [
      ["/w/demo/organisations", "Organisations", "phone-organisations"],
      [`/w/demo/organisations/${withFacts.id}`, withFacts.name, "phone-organisation"],
      ["/w/demo/partnerships/new", "New partnership", "phone-partnership-form"],
    ] as const) {
      await visit(path, heading, shot);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        391,
      );
    }
    const nav = page.getByRole("navigation", { name: "Main" });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole("button", { name: "Menu" }).click();
    await nav.getByRole("link", { name: "Evidence" }).waitFor();
    await page.screenshot({ path: `${SHOTS}/tour-phone-menu.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("reaches every section from the main navigation, each opening its own page", async () => {
    await page.goto(`${server.origin}/w/demo/organisations`);
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [link, heading] of [
      ["Outcomes", "Outcome frameworks"],
      ["Value maps", "Value maps"],
      ["Forms", "Forms for service users"],
      ["Co-production", "Co-production projects"],
      ["Partnership health", "Partnership health"],
      ["Simulation", "Sector simulation"],
    ] as const) {
      await nav.getByRole("link", { name: link, exact: true }).click();
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(
        await nav.getByRole("link", { name: link, exact: true }).getAttribute("aria-current"),
      ).toBe("page");
    }
  });

  it("asks a browser without a session to open the login link", async () => {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${server.origin}/w/demo/organisations`);
    await other.getByText("Open the login link printed by the server").waitFor();
    await other.screenshot({ path: `${SHOTS}/tour-login-needed.png` });
    await fresh.close();
  });

  it("met no server errors or page errors", () => {
    expect(problems).toEqual([]);
  });
});
