import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { pageApi } from "./page-api.ts";
import { startServer, type TestServer } from "./server.ts";

// An analyst runs models and makes appraisals of their own, but changes only what they created:
// the demo's appraisal (made by no one) shows them no Edit or Delete, and the API refuses (403).

let server: TestServer;
let browser: Browser;
let analyst: Page;
const ANALYST = {
  email: "ari.analyst@example.org",
  name: "Ari",
  password: "an analyst's passphrase",
};

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const owner = await (await browser.newContext()).newPage();
  await owner.goto(server.loginUrl);
  await owner.waitForURL(/\/w\/demo\//);
  const made = await pageApi(owner, "/workspaces/demo/invitations", "POST", {
    email: ANALYST.email,
    role: "analyst",
  });
  const token = new URL(made.json.link).searchParams.get("token")!;
  analyst = await (await browser.newContext()).newPage();
  await analyst.goto(server.origin);
  const joined = await pageApi(analyst, `/invitations/${token}/accept`, "POST", {
    name: ANALYST.name,
    password: ANALYST.password,
  });
  expect(joined.status).toBe(200);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("an analyst", () => {
  it("sees no Edit or Delete on an appraisal someone else made, and the API agrees", async () => {
    const list = await pageApi(analyst, "/workspaces/demo/appraisals");
    const theirs = list.json.items[0];
    await analyst.goto(`${server.origin}/w/demo/appraisals/${encodeURIComponent(theirs.id)}`);
    await analyst.getByRole("heading", { name: theirs.title, level: 1 }).waitFor();
    expect(await analyst.getByRole("link", { name: "Edit", exact: true }).count()).toBe(0);
    expect(await analyst.getByRole("button", { name: /^Delete/ }).count()).toBe(0);
    const refused = await pageApi(
      analyst,
      `/workspaces/demo/appraisals/${encodeURIComponent(theirs.id)}`,
      "DELETE",
    );
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/only what you created/);
    // Their own copy of the same document is theirs to change.
    const doc = (
      await pageApi(analyst, `/workspaces/demo/appraisals/${encodeURIComponent(theirs.id)}`)
    ).json.document;
    const mine = await pageApi(analyst, "/workspaces/demo/appraisals", "POST", {
      id: "ari-what-if",
      document: { ...doc, title: "Ari's what-if" },
    });
    expect(mine.status, JSON.stringify(mine.json)).toBe(201);
    await analyst.goto(`${server.origin}/w/demo/appraisals/${encodeURIComponent(mine.json.id)}`);
    await analyst.getByRole("heading", { name: "Ari's what-if", level: 1 }).waitFor();
    expect(await analyst.getByRole("link", { name: "Edit", exact: true }).count()).toBe(1);
  });
});
