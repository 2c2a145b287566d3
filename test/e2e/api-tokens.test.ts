import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { launchChromium } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// An owner makes a viewer token for a script on the Members page, sees it once, and revokes it.

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\//);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const asScript = (token: string, method = "GET", body?: unknown) =>
  fetch(`${server.origin}/api/v1/workspaces/demo/organisations`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  }).then((r) => r.status);

describe("API tokens on the Members page", () => {
  it("makes a viewer token shown once, which reads but cannot write, and revokes it", async () => {
    await page.goto(`${server.origin}/w/demo/members`);
    await page.getByRole("heading", { name: "API tokens" }).waitFor();
    await page.getByLabel("What the token is for").fill("Nightly export script");
    await page.getByLabel("Role of the token").selectOption("viewer");
    await page.getByRole("button", { name: "Make a token" }).click();
    const shown = page.locator("code.token-once");
    await shown.waitFor();
    const token = (await shown.textContent())!.trim();
    expect(token.length).toBeGreaterThan(30);
    expect(await asScript(token)).toBe(200);
    expect(
      await asScript(token, "POST", { id: "x", name: "Y", sector: "third", kind: "charity" }),
    ).toBe(403);
    const row = page.getByRole("row", { name: /Nightly export script/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("Viewer");
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole("button", { name: /Revoke/ }).click();
    await expect
      .poll(() => page.getByRole("row", { name: /Nightly export script/ }).count())
      .toBe(0);
    expect(await asScript(token)).toBe(401);
  });
});
