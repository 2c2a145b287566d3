import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// People and access in the browser: the owner's set-up, inviting a viewer, the viewer's account
// and what a viewer is shown, signing out, and axe-core on the sign-in, members and invitation pages.
const SHOTS = "test-results";
const OWNER = {
  name: "Olive Owner",
  email: "olive.owner@example.org",
  password: "otter lantern meadow 42",
};
const VIEWER = {
  name: "Vera Viewer",
  email: "vera.viewer@example.org",
  password: "copper kettle harbour 7",
};

let server: TestServer;
let browser: Browser;
let owner: Page;
let viewer: Page;
let invitationLink = "";
const problems: string[] = [];

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/people-${name}.png`, fullPage: true });
}

/** Fails with the list of serious or critical axe violations, if there is any. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `${what}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

async function freshPage(): Promise<Page> {
  // bypassCSP lets axe-core's script be injected; the app's own scripts need no such help.
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
  });
  const page = await context.newPage();
  // Refusals this test provokes (401, 400) are logged by the browser: only page errors and 5xx count.
  watchPage(page, problems, { consoleErrors: false });
  return page;
}

/** Signs out from the account page, reached by the name in the top bar. */
async function signOut(page: Page, name: string): Promise<void> {
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { name: "Your account", level: 1 }).waitFor();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.waitForURL(/\/sign-in$/);
  await page.getByRole("heading", { name: "Sign in to partnerscope" }).waitFor();
}

async function signIn(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The status of a request the page itself makes (same origin, with its session cookie). */
function statusOf(page: Page, method: string, path: string, body?: unknown): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return response.status;
    },
    { method, path, body },
  );
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  browser = await launchChromium();
  owner = await freshPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("people and access in the browser", () => {
  it("lets the first owner, come in by the printed link, set their name, email and password", async () => {
    await owner.goto(server.loginUrl);
    await owner.waitForURL(/\/w\/demo\/organisations/);
    const panel = owner.getByRole("region", { name: "Set up your owner account" });
    await panel.waitFor();
    await shot(owner, "01-setup");
    await panel.getByRole("button", { name: "Set up my account" }).click();
    await panel.getByLabel("Your name").fill(OWNER.name);
    await panel.getByLabel("Email").fill(OWNER.email);
    await panel.getByLabel("Password").fill("short");
    await panel.getByRole("button", { name: "Save my account" }).click();
    // The server's reason sits next to the password field, and the panel stays.
    await expect.poll(() => panel.locator("#setup-password-error").textContent()).toMatch(/12/);
    await panel.getByLabel("Password").fill(OWNER.password);
    await panel.getByRole("button", { name: "Save my account" }).click();
    await expect.poll(() => panel.count()).toBe(0);
    await owner.getByRole("link", { name: OWNER.name, exact: true }).waitFor();
  });

  it("lets the owner invite a viewer and shows the one-time link", async () => {
    await owner.getByRole("link", { name: "Members", exact: true }).click();
    await owner.getByRole("heading", { name: "Members", level: 1 }).waitFor();
    await owner.getByRole("table", { name: "Members" }).getByText(OWNER.email).waitFor();
    await expectAccessible(owner, "members page");
    await owner.getByLabel("Email", { exact: true }).fill(VIEWER.email);
    await owner.getByLabel("Role", { exact: true }).selectOption("viewer");
    expect(await owner.locator("#invite-role-hint").textContent()).toMatch(/^Viewer — reads/);
    await owner.getByRole("button", { name: "Invite", exact: true }).click();
    const link = owner.getByLabel("One-time invitation link");
    await link.waitFor();
    invitationLink = await link.inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${server.origin}/invitation\\?token=.{20,}`));
    const invitations = owner.getByRole("table", { name: "Invitations" });
    await invitations.getByRole("cell", { name: VIEWER.email, exact: true }).waitFor();
    expect(await invitations.locator("tbody tr").first().textContent()).toContain("Waiting");
    await shot(owner, "02-members");
    await expectAccessible(owner, "members page with an invitation");
  });

  it("shows the invitation in the owner's history", async () => {
    await owner.getByRole("link", { name: "History", exact: true }).click();
    await owner.getByRole("heading", { name: "History", level: 1 }).waitFor();
    const log = owner.getByRole("table", { name: "Workspace history" });
    await log.getByText("Invited invitation").first().waitFor();
    await owner.getByLabel("Action").selectOption("invite");
    await owner.waitForURL(/action=invite/);
    await expect.poll(() => owner.locator(".result-count").textContent()).toBe("1 change");
    const csv = await owner.getByRole("link", { name: "Download as CSV" }).getAttribute("href");
    expect(csv).toBe("/api/v1/workspaces/demo/audit.csv?action=invite");
    await shot(owner, "03-history");
  });

  it("lets the invited viewer create their account from the link in a fresh browser", async () => {
    viewer = await freshPage();
    await viewer.goto(invitationLink);
    await viewer.getByRole("heading", { name: /^Join / }).waitFor();
    expect(await viewer.locator("main").textContent()).toContain("Viewer — reads everything");
    await expectAccessible(viewer, "invitation page");
    await shot(viewer, "04-invitation");
    await viewer.getByLabel("Your name").fill(VIEWER.name);
    await viewer.getByLabel("Choose a password").fill(VIEWER.password);
    await viewer.getByRole("button", { name: "Create account and join" }).click();
    await viewer.waitForURL(/\/w\/demo\/organisations/);
    await viewer.getByRole("link", { name: VIEWER.name, exact: true }).waitFor();
    // The link worked once: opened again, it is refused.
    const again = await freshPage();
    await again.goto(invitationLink);
    await again.getByText(/This invitation has been accepted/).waitFor();
    await again.context().close();
  });

  it("signs the viewer out and in again, refusing a wrong password with one message", async () => {
    await signOut(viewer, VIEWER.name);
    expect(await statusOf(viewer, "GET", "/api/v1/me")).toBe(401);
    await expectAccessible(viewer, "sign-in page");
    await shot(viewer, "05-sign-in");
    await signIn(viewer, { email: VIEWER.email, password: "not my password at all" });
    await viewer.getByRole("alert").getByText("The email or password is not right").waitFor();
    await signIn(viewer, { email: "nobody@example.org", password: VIEWER.password });
    await viewer.getByRole("alert").getByText("The email or password is not right").waitFor();
    await signIn(viewer, VIEWER);
    await viewer.waitForURL(/\/w\/demo\/organisations/);
    await viewer.getByRole("link", { name: VIEWER.name, exact: true }).waitFor();
  });

  it("shows the viewer the demo with no way to change it", async () => {
    const v = viewer;
    await v.getByRole("heading", { name: "Organisations", level: 1 }).waitFor();
    await v.locator("tbody tr").first().waitFor();
    expect(await v.getByRole("link", { name: "New organisation" }).count()).toBe(0);
    expect(await v.getByRole("link", { name: "Members", exact: true }).count()).toBe(0);
    expect(await v.getByRole("link", { name: "History", exact: true }).count()).toBe(0);
    await v.locator("tbody tr a").first().click();
    await v.getByRole("link", { name: "Portfolio", exact: true }).waitFor();
    expect(await v.getByRole("link", { name: "Edit", exact: true }).count()).toBe(0);
    expect(await v.getByRole("button", { name: "Delete", exact: true }).count()).toBe(0);
    expect(await v.getByRole("heading", { name: "History" }).count()).toBe(0);
    await shot(v, "06-viewer-organisation");

    await v.getByRole("link", { name: "Partnerships", exact: true }).click();
    await v.locator("tbody tr").first().waitFor();
    expect(await v.getByRole("link", { name: "New partnership" }).count()).toBe(0);
    await v.getByRole("link", { name: "Appraisals", exact: true }).click();
    await v.locator("tbody tr").first().waitFor();
    expect(await v.getByRole("link", { name: "New appraisal" }).count()).toBe(0);
    await v.getByRole("link", { name: "Import & export", exact: true }).click();
    await v.getByRole("link", { name: "Download XLSX workbook" }).waitFor();
    await v.getByRole("heading", { name: "Imports", level: 2 }).waitFor();
    expect(await v.getByRole("heading", { name: "Import a file" }).count()).toBe(0);
    expect(await v.getByRole("button", { name: /^Import/ }).count()).toBe(0);
    expect(await v.getByRole("button", { name: "Check file" }).count()).toBe(0);
    expect(await v.getByRole("button", { name: "Undo import" }).count()).toBe(0);
    expect(await v.getByRole("button", { name: /^Compare and merge/ }).count()).toBe(0);
    await shot(v, "07-viewer-imports");

    // The page hides them, and the API refuses them too.
    const write = await statusOf(v, "POST", "/api/v1/workspaces/demo/organisations", {
      id: "GB-TEST-1",
      name: "Made by a viewer",
    });
    expect(write).toBe(403);
    expect(await statusOf(v, "GET", "/api/v1/workspaces/demo/members")).toBe(403);
  });

  it("still shows the owner every button, and owners the history of a record", async () => {
    await owner.getByRole("link", { name: "Organisations", exact: true }).click();
    await owner.getByRole("link", { name: "New organisation" }).waitFor();
    await owner.locator("tbody tr a").first().click();
    await owner.getByRole("link", { name: "Edit", exact: true }).waitFor();
    await owner.getByRole("button", { name: "Delete", exact: true }).waitFor();
    await owner.getByRole("heading", { name: "History", level: 2 }).waitFor();
    await owner.getByRole("link", { name: "Import & export", exact: true }).click();
    await owner.getByRole("heading", { name: "Import a file", level: 2 }).waitFor();
    await owner.getByRole("button", { name: "Check file" }).waitFor();
  });

  it("signs the owner out, after which the API answers 401", async () => {
    await signOut(owner, OWNER.name);
    expect(await statusOf(owner, "GET", "/api/v1/me")).toBe(401);
    await owner.goto(`${server.origin}/w/demo/organisations`);
    await owner.getByRole("heading", { name: "Sign in to partnerscope" }).waitFor();
    expect(await owner.getByText(/login link printed by the server/).count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
