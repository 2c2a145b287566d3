import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import { formResults, formSubmissionsList } from "./form-results.ts";
import { formDetail } from "./forms.ts";
import { DEMO_FORM_ID } from "./outcome-demo-form.ts";
import { outcomeFrameworkSummary } from "./outcome-measures.ts";

let store: Store;
let ctx: ServiceContext;

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
});
afterAll(() => store.close());

describe("the demo's community-researcher form", () => {
  it("is marked illustrative and holds eight clients before and after, from two researchers", async () => {
    const form = await formDetail(ctx, "demo", DEMO_FORM_ID);
    expect(form.title.en).toContain("illustrative");
    expect(form.submissions).toBe(16);
    const results = await formResults(ctx, "demo", DEMO_FORM_ID, "researcher");
    // Researcher A: five clients, B: three — both at least three, so both are shown.
    expect(results.groups.map((g) => [g.group, g.respondents])).toEqual([
      ["Community researcher A (illustrative)", 5],
      ["Community researcher B (illustrative)", 3],
    ]);
    // A's ten confidence answers: before 5 6 6 7 5, after 6 7 6 8 6 → 62 / 10 = 6.2.
    expect(results.groups[0]!.questions[0]!.mean).toBeCloseTo(6.2, 10);
  });

  it("feeds the framework's paired change in confidence: before 5.75, after 6.5, mean change 0.75", async () => {
    const s = await outcomeFrameworkSummary(ctx, "demo", "demo-of-jus-navigators");
    const p = s.pairedChange.find((c) => c.indicator === "jus-confidence")!;
    // Changes 1 1 0 1 1 0 1 1: sum 6 over 8 people.
    expect(p).toMatchObject({ pairs: 8, unpaired: 0, meanChange: 0.75, improved: 6 });
  });

  it("reloads without duplicating the answers", async () => {
    await demoLoad(ctx);
    expect(await formSubmissionsList(ctx, "demo", DEMO_FORM_ID)).toHaveLength(16);
  });
});
