import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contextOf,
  outcomeFrameworkCreate,
  type ServiceContext,
  workspaceAdd,
} from "../../src/services/index.ts";
import { formResults } from "../../src/services/outcomes/form-results.ts";
import { formCreate } from "../../src/services/outcomes/forms.ts";
import type { QuestionResult } from "../../src/shared/forms.ts";
import { partnershipsUpsert, type Store, workspaceBySlug } from "../../src/store/index.ts";
import { buildPartnership } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";
import { TEST_FORM, TEST_FRAMEWORK } from "./forms-fixture.ts";

// Form results are counted in the database (per group, question and distinct answer): five
// submissions by four respondents (R-A answered before and after) checked against figures worked
// by hand, overall and by phase, with multiple choices, unanswered questions and a withheld group.
const SUBMISSIONS: [string, string, Record<string, unknown>][] = [
  ["R-A", "before", { confidence: 2, services: ["gp"], visits: 1, helped: "yes", story: "x" }],
  ["R-B", "before", { confidence: 4, services: ["gp", "housing"], visits: 3, helped: "no" }],
  ["R-C", "before", { confidence: 5, services: ["housing"], helped: "yes", first: "2026-01-02" }],
  ["R-A", "after", { confidence: 4, services: ["gp", "housing"], visits: 2, helped: "yes" }],
  ["R-D", "after", { confidence: 3, helped: "no" }],
];

describe.each(STORE_FACTORIES)("form results counted in the database on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;

  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store, () => new Date("2026-12-06T12:00:00.000Z"));
    await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
    const ws = (await workspaceBySlug(store.db, "alpha"))!;
    await partnershipsUpsert(store.db, store.adapter, ws.id, [buildPartnership()]);
    await outcomeFrameworkCreate(ctx, "alpha", TEST_FRAMEWORK);
    await formCreate(ctx, "alpha", TEST_FORM);
    for (const [i, [code, phase, answers]] of SUBMISSIONS.entries()) {
      const id = `s${i + 1}`;
      await store.db
        .insertInto("form_submissions")
        .values({
          id,
          workspace_id: ws.id,
          form_id: TEST_FORM.id,
          client_id: id,
          link_id: null,
          link_kind: "shared",
          respondent_code: code,
          researcher: null,
          phase,
          language: "en",
          easy_read: 0,
          created_at: `2026-12-0${i + 1}T10:00:00.000Z`,
        })
        .execute();
      await store.db
        .insertInto("form_answers")
        .values(
          Object.entries(answers).map(([q, v]) => ({
            submission_id: id,
            question_id: q,
            value: JSON.stringify(v),
          })),
        )
        .execute();
    }
  });
  afterAll(async () => {
    await store?.close();
  });

  const question = (qs: QuestionResult[], id: string) => qs.find((q) => q.id === id)!;

  it("counts all respondents: each answer once, each code once", async () => {
    const results = await formResults(ctx, "alpha", TEST_FORM.id);
    const all = results.overall;
    expect(all.withheld).toBe(false);
    expect(all.respondents).toBe(4); // R-A, R-B, R-C, R-D
    const confidence = question(all.questions, "confidence");
    expect(confidence).toMatchObject({ answered: 5, mean: 18 / 5 }); // (2 + 4 + 5 + 4 + 3) / 5
    expect(confidence.counts.map((c) => c.count)).toEqual([0, 1, 1, 2, 1]); // of 1..5
    const services = question(all.questions, "services");
    expect(services).toMatchObject({ answered: 4, mean: null });
    // gp in s1, s2, s4; housing in s2, s3, s4.
    expect(services.counts.map((c) => [c.value, c.count])).toEqual([
      ["gp", 3],
      ["housing", 3],
    ]);
    expect(question(all.questions, "visits")).toMatchObject({ answered: 3, mean: 2, counts: [] });
    const helped = question(all.questions, "helped");
    expect(helped).toMatchObject({ answered: 5, mean: 3 / 5 }); // three yes (score 1) of five
    expect(helped.counts.map((c) => c.count)).toEqual([3, 2]);
    expect(question(all.questions, "first")).toMatchObject({ answered: 1, mean: null, counts: [] });
    expect(question(all.questions, "story")).toMatchObject({ answered: 1, mean: null, counts: [] });
    expect(results.groups).toEqual([]);
  });

  it("by phase: withholds the group of two, and the whole still counts R-A once", async () => {
    const results = await formResults(ctx, "alpha", TEST_FORM.id, "phase");
    expect(results.overall.respondents).toBe(4);
    expect(results.overall).toEqual((await formResults(ctx, "alpha", TEST_FORM.id)).overall);
    expect(results.groups.map((g) => [g.group, g.withheld, g.respondents])).toEqual([
      ["after", true, null], // R-A and R-D: fewer than three
      ["before", false, 3],
    ]);
    const before = results.groups[1]!.questions;
    expect(question(before, "confidence")).toMatchObject({ answered: 3, mean: 11 / 3 });
    expect(question(before, "confidence").counts.map((c) => c.count)).toEqual([0, 1, 0, 1, 1]);
    expect(question(before, "services").counts.map((c) => c.count)).toEqual([2, 2]);
    // Two answered 'visits' before: under three, so no figures.
    expect(question(before, "visits")).toMatchObject({ answered: 2, mean: null, counts: [] });
    expect(question(before, "helped")).toMatchObject({ answered: 3, mean: 2 / 3 });
  });
});
