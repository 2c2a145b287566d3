import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

// The owner records evidence, an event and a contract through the web app and finds each in its
// list; a new partnership gets its 'Formed' life-cycle event on its start date.

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  watchPage(page, problems, { apiStatusFrom: 400 });
  await page.goto(server.loginUrl);
  await page.waitForURL(/\/w\/demo\/organisations/);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a list, presses its 'New …' button and waits for the form. */
async function openNew(list: string, button: string): Promise<void> {
  await page.goto(`${server.origin}/w/demo/${list}`);
  await page.getByRole("link", { name: button }).click();
  await page.waitForURL(new RegExp(`/w/demo/${list}/new$`));
}

/** Searches the list the form went back to and returns its table's text. */
async function searchList(list: string, label: string, text: string): Promise<string> {
  await page.waitForURL(new RegExp(`/w/demo/${list}(\\?.*)?$`));
  await page.getByLabel(label).fill(text);
  await page.getByLabel(label).press("Enter");
  const table = page.locator("table").first();
  await expect.poll(() => table.textContent(), { timeout: 15_000 }).toContain(text);
  return (await table.textContent()) ?? "";
}

describe("everyday records in the web app", () => {
  it("adds an evidence item with two themes and lists it", async () => {
    await openNew("evidence", "New evidence item");
    await page.getByLabel("Evidence", { exact: true }).fill("Tenants chose the repairs contractor");
    await page.getByLabel("Source", { exact: true }).fill("Board minutes, March 2024");
    // Exact: the codebook also has "Culture clash" (a barrier).
    await page.getByLabel("Culture", { exact: true }).check();
    await page.getByLabel("Competition and trust").check();
    await page.getByRole("button", { name: "Add evidence" }).click();
    const text = await searchList("evidence", "Search evidence", "Tenants chose the repairs");
    expect(text).toContain("Culture");
    expect(text).toContain("Competition and trust");
  });

  it("adds a life-cycle event and lists it", async () => {
    await openNew("events", "New event");
    await page.getByLabel("Date", { exact: true }).fill("2023-05-04");
    await page.getByLabel("Event", { exact: true }).selectOption("deepened");
    await page.getByLabel("Note", { exact: true }).fill("Shared back office agreed");
    await page.getByRole("button", { name: "Add event" }).click();
    // A deepened event without its new stage is refused, with the error beside the field.
    await expect
      .poll(() => page.locator(".field-error").first().textContent())
      .toContain("needs the new continuum stage");
    await page.getByLabel("Continuum stage", { exact: true }).selectOption("4");
    await page.getByRole("button", { name: "Add event" }).click();
    const text = await searchList("events", "Search events", "Shared back office agreed");
    expect(text).toContain("Deepened");
  });

  it("adds a contract and lists it", async () => {
    await openNew("contracts", "New contract");
    await page.getByLabel("Title", { exact: true }).fill("Valley floating support 2025");
    await page.getByLabel("Value", { exact: true }).fill("125000");
    await page.getByRole("button", { name: "Add contract" }).click();
    await searchList("contracts", "Search contracts", "Valley floating support 2025");
  });

  it("creates a partnership and shows its 'Formed' event", async () => {
    await page.goto(`${server.origin}/w/demo/partnerships/new`);
    await page.getByLabel("Name", { exact: true }).fill("Hillside Housing Alliance");
    expect(await page.getByLabel(/Record a 'Formed' life-cycle event/).isChecked()).toBe(true);
    await page.getByLabel("Start", { exact: true }).fill("2024-04-01");
    await page.getByRole("button", { name: "Create partnership" }).click();
    await page.waitForURL(/\/w\/demo\/partnerships\/hillside-housing-alliance-/);
    const timeline = page.locator(".timeline-item").first();
    await expect.poll(() => timeline.textContent(), { timeout: 15_000 }).toContain("Formed");
    expect(problems).toEqual([]);
  });
});
