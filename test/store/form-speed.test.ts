import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contextOf,
  outcomeFrameworkCreate,
  type ServiceContext,
  workspaceAdd,
} from "../../src/services/index.ts";
import { outcomeFormAnswer } from "../../src/services/outcomes/form-answers.ts";
import { formLinkAdd } from "../../src/services/outcomes/form-links.ts";
import {
  formRespondentErase,
  formResults,
  formResultsOf,
} from "../../src/services/outcomes/form-results.ts";
import type { GroupTally } from "../../src/services/outcomes/form-results-query.ts";
import { formCreate, formDetail, formUpdate } from "../../src/services/outcomes/forms.ts";
import type { FormLinkInput } from "../../src/shared/forms.ts";
import { partnershipsUpsert, type Store, workspaceBySlug } from "../../src/store/index.ts";
import { formTalliesRebuild } from "../../src/store/repositories/form-speed.ts";
import { submissionsOf } from "../../src/store/repositories/forms.ts";
import { buildPartnership } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";
import { TEST_FORM, TEST_FRAMEWORK } from "./forms-fixture.ts";

// The answering route's fast paths (decision 0016's amendment): the per-link limit of answers a
// minute counted in the answer's transaction (refusal naming the limit, a new minute by the
// injected clock, exact under concurrent answers), and results read from running tallies equal to
// a recomputation from the raw answers after answers through several links and an erasure.
const SPEED = "f-speed";

describe.each(STORE_FACTORIES)("form fast paths on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  let now = new Date("2026-12-06T12:00:30.000Z");
  let wsId = 0;

  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store, () => now);
    await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
    wsId = (await workspaceBySlug(store.db, "alpha"))!.id;
    await partnershipsUpsert(store.db, store.adapter, wsId, [buildPartnership()]);
    await outcomeFrameworkCreate(ctx, "alpha", TEST_FRAMEWORK);
    await formCreate(ctx, "alpha", TEST_FORM);
    await formCreate(ctx, "alpha", { ...TEST_FORM, id: SPEED });
  });
  afterAll(async () => {
    await store?.close();
  });

  const link = async (input: Partial<FormLinkInput>, form = TEST_FORM.id) =>
    (await formLinkAdd(ctx, "alpha", form, { kind: "shared", ...input } as FormLinkInput)).secret;
  let n = 0;
  const send = (secret: string, values: Record<string, string | string[]> = {}) =>
    outcomeFormAnswer(ctx, secret, {
      consent: "yes",
      submission_id: `sub-speed-${String(++n).padStart(4, "0")}`,
      confidence: "3",
      ...values,
    });

  it("refuses the answer over a link's limit for the minute, naming it, until the next minute", async () => {
    const secret = await link({ maxPerMinute: 2 });
    expect((await send(secret)).ok).toBe(true);
    expect((await send(secret)).ok).toBe(true);
    now = new Date("2026-12-06T12:00:59.999Z");
    const third = await send(secret);
    expect(third).toMatchObject({ ok: false, reason: "busy" });
    expect("message" in third && third.message).toContain("at most 2 answers a minute");
    // 12:01:00 is a new minute: two more, and the refused answer did not count in either minute.
    now = new Date("2026-12-06T12:01:00.000Z");
    expect((await send(secret)).ok).toBe(true);
    expect((await send(secret)).ok).toBe(true);
    expect(await send(secret)).toMatchObject({ ok: false, reason: "busy" });
  });

  it("counts the minute exactly when answers race: a limit of 3 takes 3 of 6 sent at once", async () => {
    now = new Date("2026-12-06T13:00:10.000Z");
    const secret = await link({ maxPerMinute: 3 });
    const results = await Promise.all(Array.from({ length: 6 }, () => send(secret)));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok && "reason" in r && r.reason === "busy")).toHaveLength(3);
  });

  it("checks an answer against a form changed in the same millisecond (cached questions forgotten)", async () => {
    now = new Date("2026-12-06T15:00:00.000Z");
    await formCreate(ctx, "alpha", { ...TEST_FORM, id: "f-cache" });
    const secret = await link({}, "f-cache");
    expect((await send(secret)).ok).toBe(true);
    const extra = {
      id: "extra",
      kind: "number",
      required: true,
      text: { en: "How old are you?", cy: "Faint yw eich oed?" },
      easyRead: { en: "Your age?", cy: "Eich oed?" },
    };
    await formUpdate(ctx, "alpha", "f-cache", {
      ...TEST_FORM,
      questions: [...TEST_FORM.questions, extra],
    });
    const refused = await send(secret);
    expect(refused.ok).toBe(false);
    expect("problems" in refused && refused.problems.map((p) => p.path)).toContain("extra");
  });

  /** The groups' tallies recounted in JS from every stored submission and answer. */
  async function recounted(column: "phase" | "researcher" | null): Promise<GroupTally[]> {
    const subs = await submissionsOf(store.db, wsId, SPEED);
    const summed = new Set(["confidence", "services", "visits", "helped"]);
    const groups = new Map<string | null, GroupTally & { codes: Set<string> }>();
    for (const s of subs) {
      const key = column ? s[column] : null;
      const g = groups.get(key) ?? {
        key,
        respondents: 0,
        answered: new Map(),
        values: new Map(),
        codes: new Set<string>(),
      };
      groups.set(key, g);
      g.codes.add(s.respondent_code);
      for (const [q, v] of Object.entries(s.answers)) {
        g.answered.set(q, (g.answered.get(q) ?? 0) + 1);
        if (!summed.has(q)) continue;
        const list: [unknown, number][] = g.values.get(q) ?? [];
        const same = list.find(([w]) => JSON.stringify(w) === JSON.stringify(v));
        if (same) same[1] += 1;
        else list.push([v, 1]);
        g.values.set(q, list);
      }
    }
    return [...groups.values()].map(({ codes, ...g }) => ({ ...g, respondents: codes.size }));
  }

  it("reads results from tallies equal to a recount of the raw answers, after an erasure", async () => {
    now = new Date("2026-12-06T14:00:00.000Z");
    const before = await link({ phase: "before", maxPerMinute: 1000 }, SPEED);
    const after = await link({ phase: "after", maxPerMinute: 1000 }, SPEED);
    const interview = await link({ kind: "interview", label: "Asha", maxPerMinute: 1000 }, SPEED);
    const people = ["R-A", "R-B", "R-C", "R-D", "R-E"];
    for (const [i, code] of people.entries()) {
      const values = {
        respondent_code: code,
        confidence: String(1 + (i % 5)),
        services: i % 2 ? ["gp", "housing"] : ["gp"],
        visits: String(i),
        helped: i % 3 ? "yes" : "no",
        story: `Story ${i}`,
        first: "2026-01-02",
      };
      expect((await send(before, values)).ok).toBe(true);
      expect((await send(after, { ...values, confidence: "4" })).ok).toBe(true);
      if (i < 3) expect((await send(interview, values)).ok).toBe(true);
    }
    expect(await formRespondentErase(ctx, "alpha", SPEED, "R-B")).toEqual({ erased: 3 });
    const f = await formDetail(ctx, "alpha", SPEED);
    for (const by of [null, "phase", "researcher"] as const) {
      const fast = await formResults(ctx, "alpha", SPEED, by);
      const groups = await recounted(by);
      const whole = (await recounted(null))[0];
      const slow = formResultsOf(f, by ? whole : groups[0], by ? groups : [], by);
      expect(fast).toEqual(slow);
    }
    // And the tallies kept answer by answer are what a recount from the answers stores.
    const tallies = () =>
      store.db
        .selectFrom("form_tallies")
        .select(["question_id", "value", "phase", "researcher", "language", "link_kind", "n"])
        .where("workspace_id", "=", wsId)
        .where("form_id", "=", SPEED)
        .orderBy(["question_id", "value", "phase", "researcher", "link_kind"])
        .execute();
    const groupPeople = async () =>
      (
        await store.db
          .selectFrom("form_group_people")
          .select(["dim", "key", "people"])
          .where("workspace_id", "=", wsId)
          .where("form_id", "=", SPEED)
          .orderBy(["dim", "key"])
          .execute()
      ).map((p) => ({ ...p, people: Number(p.people) }));
    const kept = await tallies();
    const keptPeople = await groupPeople();
    await formTalliesRebuild(store.db, wsId, SPEED);
    expect((await tallies()).map((t) => ({ ...t, n: Number(t.n) }))).toEqual(
      kept.map((t) => ({ ...t, n: Number(t.n) })),
    );
    expect(await groupPeople()).toEqual(keptPeople);
    // Hand count of the groups' people: 4 codes in all and in each phase; Asha's 2; 'shared' 4.
    expect(keptPeople).toEqual([
      { dim: "", key: "", people: 4 },
      { dim: "language", key: "en", people: 4 },
      { dim: "link_kind", key: "interview", people: 2 },
      { dim: "link_kind", key: "shared", people: 4 },
      { dim: "phase", key: "", people: 2 },
      { dim: "phase", key: "after", people: 4 },
      { dim: "phase", key: "before", people: 4 },
      { dim: "researcher", key: "", people: 4 },
      { dim: "researcher", key: "Asha", people: 2 },
    ]);
    // Hand count: 4 people × 2 phases + 2 interviews (R-A, R-C) = 10 submissions, 'after' scale 4.
    const all = await formResults(ctx, "alpha", SPEED);
    expect(all.overall.respondents).toBe(4);
    expect(all.overall.questions.find((q) => q.id === "confidence")?.answered).toBe(10);
  });
});
