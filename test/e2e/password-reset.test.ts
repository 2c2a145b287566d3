import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchChromium } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

// An owner issues a one-time password-reset link for a member (no mail server: the link is shown to
// the owner to pass on); the member opens it in their own browser and sets a new password.

let server: TestServer;
let browser: Browser;
let owner: Page;
const MEMBER = {
  email: "rosa.reset@example.org",
  name: "Rosa",
  password: "the first long passphrase",
};
const NEW_PASSWORD = "a second long passphrase";

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  owner = await (await browser.newContext()).newPage();
  await owner.goto(server.loginUrl);
  await owner.waitForURL(/\/w\/demo\//);
  const made = await pageApi(owner, "/workspaces/demo/invitations", "POST", {
    email: MEMBER.email,
    role: "viewer",
  });
  const token = new URL(made.json.link).searchParams.get("token")!;
  const member = await (await browser.newContext()).newPage();
  await member.goto(server.origin);
  const joined = await pageApi(member, `/invitations/${token}/accept`, "POST", {
    name: MEMBER.name,
    password: MEMBER.password,
  });
  expect(joined.status).toBe(200);
  await member.context().close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a password-reset link", () => {
  it("lets the member set a new password once, and sign in with it", async () => {
    const members = await pageApi(owner, "/workspaces/demo/members");
    const rosa = members.json.items.find((m: { email: string }) => m.email === MEMBER.email);
    const issued = await pageApi(
      owner,
      `/workspaces/demo/members/${rosa.userId}/password-reset`,
      "POST",
      {},
    );
    expect(issued.status, JSON.stringify(issued.json)).toBe(200);
    const link = issued.json.link!;
    expect(link).toMatch(/\/password-reset\?token=/);

    const page = await (
      await browser.newContext({ bypassCSP: true, viewport: { width: 390, height: 844 } })
    ).newPage();
    await page.goto(link);
    await expect
      .poll(() => page.getByRole("heading", { name: "Set a new password" }).count())
      .toBe(1);
    expect(await page.getByText(MEMBER.email).count()).toBeGreaterThan(0);
    await page.getByLabel("New password").fill("too short");
    await page.getByRole("button", { name: "Set password" }).click();
    await expect.poll(() => page.getByText(/at least 12 characters/).count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set password" }).click();
    await expect
      .poll(() => page.getByRole("heading", { name: "Your password is set" }).count())
      .toBe(1);

    await page.goto(link);
    await expect.poll(() => page.getByRole("alert").count()).toBeGreaterThan(0);
    await page.goto(`${server.origin}/sign-in`);
    await page.getByLabel("Email").fill(MEMBER.email);
    await page.getByLabel("Password").fill(MEMBER.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(() => page.getByText(/not right/).count()).toBeGreaterThan(0);
    await page.getByLabel("Password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect.poll(async () => (await pageApi(page, "/me")).status).toBe(200);
  });
});
