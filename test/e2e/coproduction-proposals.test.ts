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
const NAVIGATORS = "Community navigators who walk alongside residents to the right service";
const FRONT_DOOR =
  "One shared front door (a single assessment) across housing, health and the council";
const DROP_INS = "Drop-in sessions on the estates run with the tenants' and residents' group";

beforeAll(async () => {
  ({ server, browser, page } = await signedInBrowser(problems, { bypassCSP: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens the editor of one proposal of the list by its title. */
async function openProposal(title: string) {
  await page.getByRole("button", { name: `Edit or delete the proposal ${title}` }).click();
  const form = page.getByRole("form", { name: `Edit the proposal ${title}` });
  await expect.poll(() => form.count()).toBe(1);
  return form;
}

/** The list of proposals in full, and the ranking table's rows. */
const list = () => page.getByRole("region", { name: "The proposals in full" });
const rankingRows = () =>
  page.getByRole("region", { name: "Proposals and both sides' ranks" }).locator("tbody tr");
const agreement = () => page.getByTestId("rank-agreement").textContent();

describe("editing and deleting co-design proposals in the browser", () => {
  it("edits a proposal's description; it is kept after a reload", async () => {
    await page.goto(`${server.origin}${PROJECT}`);
    // The demo's proposals have no descriptions.
    await expect.poll(() => list().locator("li").count()).toBe(6);
    expect(await list().locator("li").first().textContent()).toContain("No description yet.");
    const form = await openProposal(NAVIGATORS);
    expect(await seriousViolations(page)).toEqual([]);
    const description = "Trained residents meet people at the surgery and go with them.";
    await form.getByRole("textbox", { name: "Description" }).fill(description);
    await form.getByRole("button", { name: "Save the proposal" }).click();
    await expect
      .poll(() => list().getByRole("status").textContent())
      .toBe(`The proposal "${NAVIGATORS}": saved.`);
    await page.reload();
    await expect.poll(() => list().locator("li").first().textContent()).toContain(description);
    const again = await openProposal(NAVIGATORS);
    expect(await again.getByRole("textbox", { name: "Description" }).inputValue()).toBe(
      description,
    );
    // Its ranks are kept: the agreement is still the demo's rho 0.60.
    expect(await agreement()).toContain("Spearman's rho 0.60");
    // On a 390 px phone the open editor does not make the page scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({
      path: `${SHOTS}/coproduction-proposal-editor-390.png`,
      fullPage: true,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(problems).toEqual([]);
  });

  it("refuses a blank title, naming the field, and saves nothing", async () => {
    await page.goto(`${server.origin}${PROJECT}`);
    const form = await openProposal(DROP_INS);
    await form.getByRole("textbox", { name: "Title" }).fill("   ");
    await form.getByRole("button", { name: "Save the proposal" }).click();
    const summary = form.getByRole("alert");
    await expect.poll(() => summary.textContent()).toContain("Title must not be empty");
    expect(await summary.textContent()).toContain("The proposal was not saved.");
    expect(await form.textContent()).toContain("Title: must not be empty");
    // The summary's link moves focus to the field it names.
    await summary.getByRole("link", { name: /Title must not be empty/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      "proposal-estate-drop-ins-title",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await expect.poll(() => list().textContent()).toContain(DROP_INS);
    expect(problems).toEqual([]);
  });

  it("deletes a proposal after confirming: the ranks left are renumbered, rho and tau follow", async () => {
    await page.goto(`${server.origin}${PROJECT}`);
    // The demo (community, steering group): navigators (1, 2), front door (3, 1), drop-ins (2, 4),
    // first aid (5, 3), directory (4, 5), evening (6, 6): rho 0.60, tau 0.47.
    await expect.poll(agreement).toContain("Kendall's tau 0.47");
    await openProposal(FRONT_DOOR);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const confirm = page.getByRole("alertdialog", { name: "Confirm delete" });
    expect(await confirm.textContent()).toContain(`Delete the proposal "${FRONT_DOOR}"?`);
    // Cancelling keeps it.
    await confirm.getByRole("button", { name: "Cancel" }).click();
    expect(await rankingRows().count()).toBe(6);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    await page.screenshot({ path: `${SHOTS}/coproduction-proposal-delete.png`, fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await confirm.getByRole("button", { name: "Yes, delete" }).click();
    const status = list().getByRole("status");
    await expect.poll(() => status.textContent()).toContain(`"${FRONT_DOOR}" was deleted`);
    // Community 3 went: 4 → 3, 5 → 4, 6 → 5. Steering group 1 went: every other rank moves up one.
    const said = await status.textContent();
    expect(said).toContain("the community's ranks");
    expect(said).toContain(`"${DROP_INS}" 4 → 3`);
    expect(said).toContain(`"${NAVIGATORS}" 2 → 1`);
    // Now navigators (1, 1), drop-ins (2, 3), first aid (4, 2), directory (3, 4), evening (5, 5):
    // d = 0, −1, 2, −1, 0, Σd² = 6, rho = 1 − 6·6 / (5·24) = 0.70 ('broadly agree'); in the
    // community's order the steering group's ranks are 1, 3, 4, 2, 5: 2 of 10 pairs discordant,
    // tau = (8 − 2) / 10 = 0.60.
    await expect.poll(agreement).toContain("Spearman's rho 0.70");
    const text = await agreement();
    expect(text).toContain("Kendall's tau 0.60");
    expect(text).toContain("broadly agree");
    expect(text).toContain("Over the 5 proposals both ranked");
    expect(await rankingRows().count()).toBe(5);
    const dropIns = rankingRows().filter({ hasText: "Drop-in sessions" });
    expect(await dropIns.locator("td").allTextContents()).toEqual([
      "2",
      "3",
      "community 1 place higher",
      "One place apart",
    ]);
    await page.reload();
    await expect.poll(() => rankingRows().count()).toBe(5);
    expect(await list().textContent()).not.toContain("One shared front door");
    expect(await agreement()).toContain("Spearman's rho 0.70");
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
