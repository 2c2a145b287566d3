import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { entityGet, entitySave } from "../entities.ts";
import { contextOf, demoLoad, outcomeFrameworkRemove } from "../index.ts";
import { codebookGet } from "./codebook.ts";
import { evidenceSummary, partnershipForces } from "./evidence-queries.ts";

let store: Store;
let ctx: ServiceContext;

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
});
afterAll(() => store.close());

describe("the demo's evidence, coded", () => {
  it("codes the paper's quotes with drivers and barriers as well as themes", async () => {
    const uses = new Map((await codebookGet(ctx, "demo")).codes.map((c) => [c.id, c.uses]));
    // demo-codings.json: trust on 6 items (jus-community-researchers, ni-sp-stable, trust-based,
    // wp-credit-stealing, wp-merlin, wp-promiscuity); VAT on one (housing-vat).
    expect(uses.get("barrier-trust")).toBe(6);
    expect(uses.get("barrier-vat-tax")).toBe(1);
    // The theme codes keep the items' themes: culture on the two Association culture quotes.
    expect(uses.get("culture")).toBe(2);
  });

  it("shows the Association's barriers: culture twice, from the two quotes", async () => {
    const forces = await partnershipForces(ctx, "demo", "demo-p-association");
    const culture = forces.barriers.find((b) => b.code === "barrier-culture");
    expect(culture?.evidence.sort()).toEqual([
      "demo-ev-association-culture-label",
      "demo-ev-association-shared-culture",
    ]);
  });

  it("counts barriers by origin: trust evidence on mandated and voluntary partnerships", async () => {
    const summary = await evidenceSummary(ctx, "demo", "origin");
    const row = summary.rows.find((r) => r.code === "barrier-trust");
    expect(row?.total).toBe(6);
    expect(summary.items).toBe(40);
  });
});

describe("what an evidence item supports", () => {
  it("links an item to a framework's outcome, and refuses a link to nothing, naming the field", async () => {
    const item = {
      id: "ev-supports",
      kind: "observation",
      text: "Satisfaction held up through the merger.",
      source: "Survey 2012",
      outcomeFramework: "demo-of-association",
      outcome: "assoc-satisfaction",
    };
    const saved = await entitySave(ctx, "demo", "evidence", item, null);
    expect(saved).toMatchObject({
      outcomeFramework: "demo-of-association",
      outcome: "assoc-satisfaction",
      appraisal: null,
    });
    expect(await entityGet(ctx, "demo", "evidence", "ev-supports")).toMatchObject({
      outcome: "assoc-satisfaction",
    });
    const bad = await entitySave(
      ctx,
      "demo",
      "evidence",
      { ...item, id: "ev-bad", outcomeFramework: null, appraisal: "nope", assumption: "x" },
      null,
    ).catch((e: { problems: { path: string }[] }) => e);
    expect((bad as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual([
      "$.appraisal",
      "$.outcome",
    ]);
  });
});

describe("removing what evidence supports", () => {
  it("removes the link with the outcome framework and keeps the evidence item", async () => {
    await entitySave(
      ctx,
      "demo",
      "evidence",
      {
        id: "ev-link",
        kind: "observation",
        text: "t",
        source: "s",
        outcomeFramework: "demo-of-ha1-merger",
        appraisal: null,
      },
      null,
    );
    await outcomeFrameworkRemove(ctx, "demo", "demo-of-ha1-merger");
    expect(await entityGet(ctx, "demo", "evidence", "ev-link")).toMatchObject({
      id: "ev-link",
      outcomeFramework: null,
      outcome: null,
    });
  });
});
