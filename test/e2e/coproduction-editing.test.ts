import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seriousViolations } from "./axe.ts";
import type { TestServer } from "./server.ts";
import { SHOTS, signedInBrowser } from "./signed-in.ts";

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const PROJECT = "/w/demo/co-production/demo-cp-jus-west-london";
const BAD_REQUEST =
  "console error: Failed to load resource: the server responded with a status of 400 (Bad Request)";

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems, { bypassCSP: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the editor of the demo's first stage and answers its form. */
async function openSteeringGroup() {
  await page.getByRole("button", { name: "Edit Steering group formed" }).click();
  const form = page.getByRole("form", { name: "Edit Steering group formed" });
  await expect.poll(() => form.count()).toBe(1);
  return form;
}

/** The stages table's row of the steering group, as text. */
const steeringRow = () =>
  page
    .getByRole("region", { name: "Stages with their dates, length and cost" })
    .locator("tr", { hasText: "Steering group formed" })
    .textContent();

describe("editing a co-production project's stages in the browser", () => {
  it("changes a cost, adds an output and moves a date; it is kept after a reload", async () => {
    await page.goto(`${server.origin}${PROJECT}`);
    // The demo's steering group: 1 May – 30 Jun 2009 (61 days), £8,000 + £1,500 = £9,500.
    await expect.poll(steeringRow).toContain("30 Jun 2009");
    expect(await steeringRow()).toContain("£9,500");
    const form = await openSteeringGroup();
    expect(await seriousViolations(page)).toEqual([]);
    await form.getByRole("textbox", { name: "Cost 1: amount (GBP)" }).fill("9000");
    await form.getByRole("textbox", { name: "End date" }).fill("15/07/2009");
    await form.getByRole("button", { name: "Add an output" }).click();
    await form.getByRole("textbox", { name: "Output 3" }).fill("Minutes of the first meeting");
    await form.getByRole("button", { name: "Add a person" }).click();
    await form.getByRole("textbox", { name: "Person 4: name" }).fill("Practice manager");
    await form.getByRole("textbox", { name: "Person 4: role" }).fill("GP surgery");
    await page.screenshot({ path: `${SHOTS}/coproduction-stage-editor.png`, fullPage: true });
    await form.getByRole("button", { name: "Save the stage" }).click();
    await expect
      .poll(() => page.getByRole("status").filter({ hasText: "saved" }).textContent())
      .toBe("Steering group formed: saved.");
    await page.reload();
    // 1 May – 15 Jul 2009 counting both days: 31 + 30 + 15 = 76 days; £9,000 + £1,500 = £10,500.
    await expect.poll(steeringRow).toContain("15 Jul 2009");
    const row = await steeringRow();
    expect(row).toContain("76");
    expect(row).toContain("£10,500");
    // The project now costs £149,500 + £1,000 = £150,500: £500 more than the typical £150,000.
    const cost = page.getByRole("region", {
      name: "Cost and duration against the typical project",
    });
    expect(await cost.textContent()).toContain("£500 more than the typical £150,000");
    await page.getByText("Steering group formed: who, costs, outputs and evidence").click();
    const details = page.locator("details", { hasText: "Steering group formed: who" });
    expect(await details.textContent()).toContain("Minutes of the first meeting");
    expect(await details.textContent()).toContain("Practice manager (GP surgery)");
    expect(problems).toEqual([]);
  });

  it("names the field of an end before the start and of a negative cost, and saves nothing", async () => {
    await page.goto(`${server.origin}${PROJECT}`);
    const form = await openSteeringGroup();
    await form.getByRole("textbox", { name: "End date" }).fill("01/04/2009");
    await form.getByRole("button", { name: "Save the stage" }).click();
    const summary = form.getByRole("alert");
    await expect.poll(() => summary.textContent()).toContain("End must not be before the start");
    expect(await form.textContent()).toContain("End date: must not be before the start");
    // The summary takes focus; its link moves focus to the field it names.
    await summary.getByRole("link", { name: /End must not be before the start/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("stage-steering_group-end");
    await form.getByRole("textbox", { name: "End date" }).fill("15/07/2009");
    await form.getByRole("textbox", { name: "Cost 2: amount (GBP)" }).fill("-100");
    await form.getByRole("button", { name: "Save the stage" }).click();
    await expect.poll(() => summary.textContent()).toContain("Cost 2: amount must not be negative");
    expect(await summary.textContent()).not.toContain("End");
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    // Nothing of the refused edits was saved: still the first test's £10,500.
    await expect.poll(steeringRow).toContain("£10,500");
    expect(problems).toEqual([]);
  });

  it("starts a project from the partnership and records its first stage with an organisation", async () => {
    await page.goto(`${server.origin}/w/demo/partnerships/demo-p-jus-west-london`);
    await page.getByRole("main").getByRole("link", { name: "Co-production", exact: true }).click();
    const create = page.getByRole("form", { name: "New co-production project" });
    await create.getByRole("button", { name: "Start the project" }).click();
    // The title is checked by the server: its problem is named by the field.
    await expect.poll(() => create.getByRole("alert").textContent()).toContain("Title");
    expect(problems.splice(0)).toEqual([BAD_REQUEST]);
    await create.getByRole("textbox", { name: "Title" }).fill("Second navigator project");
    await create.getByRole("button", { name: "Start the project" }).click();
    await page.waitForURL(/\/w\/demo\/co-production\/second-navigator-project-[a-z0-9]{4}$/);
    await page.getByRole("button", { name: "Record Steering group formed" }).click();
    const form = page.getByRole("form", { name: "Edit Steering group formed" });
    await form.getByRole("button", { name: "Add an organisation" }).click();
    await form.getByRole("combobox", { name: "Organisation 1" }).fill("Borough Council");
    await form.getByRole("option", { name: "Borough Council (West London)" }).click();
    await form.getByRole("textbox", { name: "Organisation 1: role" }).fill("Commissioner");
    await form.getByRole("textbox", { name: "Start date" }).fill("01/01/2027");
    await form.getByRole("button", { name: "Save the stage" }).click();
    await expect.poll(steeringRow).toContain("1 Jan 2027");
    await page.getByText("Steering group formed: who, costs, outputs and evidence").click();
    const details = page.locator("details", { hasText: "Steering group formed: who" });
    expect(await details.textContent()).toContain("Borough Council (West London) — Commissioner");
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe("rankings and the evaluation's value map", () => {
  it("names a proposal's rank below 1, and keeps the evaluation's value map", async () => {
    await page.goto(`${server.origin}${PROJECT}`);
    await page.getByText("Enter or change the rankings").click();
    const ranks = page.getByRole("form", { name: "Rankings of the proposals" });
    // Community navigators is the demo's first proposal.
    await ranks
      .getByRole("spinbutton", { name: "Community's rank for Community navigators" })
      .fill("0");
    await ranks.getByRole("button", { name: "Save rankings" }).click();
    await expect
      .poll(() => ranks.getByRole("alert").textContent())
      .toContain("Proposal 1: community rank must be at least 1");
    expect(await ranks.textContent()).toContain("Community's rank: must be at least 1");
    // The evaluation's editor shows the value map it holds, chosen by title.
    await page.getByRole("button", { name: "Edit Evaluation" }).click();
    const evaluation = page.getByRole("form", { name: "Edit Evaluation" });
    const map = evaluation.getByRole("combobox", { name: "The evaluation's value map" });
    await expect.poll(() => map.inputValue()).toBe("demo-vm-jus-navigator");
    // The stored id is shown at once; its title once the list of value maps has loaded.
    await expect
      .poll(() => map.locator("option:checked").textContent())
      .toContain("reconstruction with illustrative inputs");
    // On a 390 px phone the open editor does not make the page scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/coproduction-stage-editor-390.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });
});

describe("the health heatmap beside the co-production work", () => {
  it("names each wave by its date in words, not by its stored id", async () => {
    await page.goto(`${server.origin}/w/demo/health?assessment=demo-association-health`);
    const captions = page.locator('table[data-table="health-heatmap"] caption');
    await expect.poll(() => captions.count()).toBe(2);
    // The demo's waves are stored as wave-2009 (30 Sept 2009) and wave-2010 (30 Sept 2010).
    const texts = await captions.allTextContents();
    expect(texts.map((t) => t.replace(/: .*/, ""))).toEqual([
      "Wave of 30 Sept 2009",
      "Wave of 30 Sept 2010",
    ]);
    expect(texts.join(" ")).not.toContain("wave-");
    expect(problems).toEqual([]);
  });
});
