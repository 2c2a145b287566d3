import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import { pageApi } from "./page-api.ts";
import type { TestServer } from "./server.ts";
import { signedInBrowser } from "./signed-in.ts";

// The jobs page: every job of the workspace with its owner, state and an accessible progress bar;
// the person who started a running job cancels it there.

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  // bypassCSP lets axe-core's script be injected; the app's own scripts need no such help.
  ({ server, browser, page } = await signedInBrowser(problems, { bypassCSP: true }));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function jobOf(id: string) {
  return (await pageApi(page, `/jobs/${id}`)).json;
}

describe("the jobs page", () => {
  it("lists jobs with owner, state and progress, passes axe, and cancels a running job", async () => {
    const me = (await pageApi(page, "/me")).json;
    const small = await pageApi(page, "/workspaces/demo/simulations", "POST", {
      preset: "ni-procurement-2008",
      runs: 2,
      seed: 3,
    });
    expect(small.status).toBe(202);
    await expect.poll(async () => (await jobOf(small.json.job.id)).status).toBe("done");
    const long = await pageApi(page, "/workspaces/demo/simulations", "POST", {
      preset: "england-housing-2002",
      runs: 10000,
    });
    await expect.poll(async () => (await jobOf(long.json.job.id)).status).toBe("running");

    await page.getByRole("link", { name: "Jobs", exact: true }).first().click();
    await page.waitForURL(/\/w\/demo\/jobs$/);
    const done = page.locator(`tr[data-job="${small.json.job.id}"]`);
    const running = page.locator(`tr[data-job="${long.json.job.id}"]`);
    await running.waitFor();
    expect(await done.locator("td").nth(0).textContent()).toBe("Sector simulation");
    expect(await done.locator("td").nth(1).textContent()).toBe(me.name);
    expect(await done.locator("td").nth(3).textContent()).toBe("Done");
    expect(await done.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    expect(await running.locator("td").nth(3).textContent()).toBe("Running");
    const bar = running.getByRole("progressbar");
    expect(await bar.getAttribute("aria-label")).toMatch(/^Progress of Sector simulation queued /);
    const now = Number(await bar.getAttribute("aria-valuenow"));
    expect(now).toBeGreaterThanOrEqual(0);
    expect(now).toBeLessThan(100);
    // The finished job offers no cancel; the running one does, to the person who started it.
    expect(await done.getByRole("button").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await running.getByRole("button", { name: /^Cancel Sector simulation/ }).click();
    await expect.poll(() => running.locator("td").nth(3).textContent()).toBe("Cancelled");
    expect((await jobOf(long.json.job.id)).status).toBe("cancelled");
    expect(await running.getByRole("button").count()).toBe(0);

    await page.getByLabel("State").selectOption("done");
    await expect.poll(() => page.locator("tbody tr").count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
