import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import {
  contextOf,
  memberSet,
  outcomeFrameworkCreate,
  outcomeFrameworkSummary,
  type ServiceContext,
  sessionStart,
  tokenIssue,
  userAdd,
  workspaceAdd,
  workspaceRemove,
} from "../../src/services/index.ts";
import { partnershipsUpsert, type Store, workspaceBySlug } from "../../src/store/index.ts";
import { buildPartnership } from "../factories/entities.ts";
import { STORE_FACTORIES } from "./dialects.ts";
import { TEST_FORM, TEST_FRAMEWORK } from "./forms-fixture.ts";

// Forms for service users, through the API on each dialect: creating (with translations checked),
// answering through shared, single-use and interview links, exactly once per submission id, the
// honeypot, the size limit, closed links and forms, the per-link rate limit, erasure, measures and
// the three-respondent rule.
const W = "/api/v1/workspaces/alpha";
const ORIGIN = "http://localhost:80";

describe.each(STORE_FACTORIES)("forms on $name", (factory) => {
  let store: Store;
  let ctx: ServiceContext;
  let app: FastifyInstance;
  let now = new Date("2026-12-06T12:00:00.000Z");
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    store = await factory.open();
    ctx = contextOf(store, () => now);
    await workspaceAdd(ctx, { slug: "alpha", name: "Alpha" });
    const ws = (await workspaceBySlug(store.db, "alpha"))!;
    await partnershipsUpsert(store.db, store.adapter, ws.id, [buildPartnership()]);
    await outcomeFrameworkCreate(ctx, "alpha", TEST_FRAMEWORK);
    app = await buildApp({ ctx });
    as.owner = { authorization: `Bearer ${await tokenIssue(ctx, "api", "owner")}` };
    for (const role of ["viewer", "editor"] as const) {
      const user = await userAdd(ctx, { email: `${role}@example.org`, name: role });
      await memberSet(ctx, "alpha", user.id, { role });
      as[role] = {
        cookie: `partnerscope_session=${await sessionStart(ctx, user.id)}`,
        origin: ORIGIN,
      };
    }
    const made = await call("owner", "POST", `${W}/forms`, TEST_FORM);
    expect(made.statusCode, made.body).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  const call = (
    who: string,
    method: "GET" | "POST" | "PUT" | "DELETE",
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url,
      headers: as[who],
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const linkOf = async (input: Record<string, unknown>, form = TEST_FORM.id) => {
    const res = await call("editor", "POST", `${W}/forms/${form}/links`, input);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    return { token: String(body.link).split("/r/")[1]!, id: body.formLink.id as string };
  };
  const post = (token: string, fields: Record<string, string>) =>
    app.inject({
      method: "POST",
      url: `/r/${token}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: new URLSearchParams(fields).toString(),
    });
  const postJson = (token: string, values: Record<string, unknown>) =>
    app.inject({ method: "POST", url: `/r/${token}/answers`, payload: { values } });
  const count = async () =>
    Number(
      (
        await store.db
          .selectFrom("form_submissions")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const answer = (id: string, confidence: string, extra: Record<string, string> = {}) => ({
    consent: "yes",
    submission_id: id,
    confidence,
    ...extra,
  });

  it("refuses a form missing a Welsh text or naming an unknown indicator, naming the path", async () => {
    const q0 = { ...TEST_FORM.questions[0]!, text: { en: "Only English" } };
    const missing = await call("editor", "POST", `${W}/forms`, {
      ...TEST_FORM,
      id: "f2",
      questions: [q0],
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain("$.questions[0].text.cy");
    const q1 = { ...TEST_FORM.questions[0]!, indicator: "nope" };
    const unknown = await call("editor", "POST", `${W}/forms`, {
      ...TEST_FORM,
      id: "f3",
      questions: [q1],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.problems).toContainEqual({
      path: "$.questions[0].indicator",
      message: `there is no indicator "nope" in outcome framework 'fw'`,
    });
    expect(
      (await call("viewer", "POST", `${W}/forms`, { ...TEST_FORM, id: "f4" })).statusCode,
    ).toBe(403);
    const read = await call("viewer", "GET", `${W}/forms/${TEST_FORM.id}`);
    expect(read.json().questions.map((q: { id: string }) => q.id)).toEqual([
      "confidence",
      "services",
      "visits",
      "first",
      "helped",
      "story",
    ]);
  });

  it("shows the answering page in English, in Welsh and in easy read", async () => {
    const { token } = await linkOf({ kind: "shared" });
    const en = await app.inject({ url: `/r/${token}` });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain("How confident are you about where to go?");
    const cy = await app.inject({ url: `/r/${token}?lang=cy` });
    expect(cy.body).toContain('<html lang="cy">');
    expect(cy.body).toContain("Pa mor hyderus ydych chi am ble i fynd?");
    expect(cy.body).toContain("Anfon fy atebion");
    const easy = await app.inject({ url: `/r/${token}?lang=cy&easy=1` });
    expect(easy.body).toContain("Ydych chi’n gwybod ble i fynd?");
    expect(easy.body).not.toContain("Pa mor hyderus");
  });

  it("takes answers through a shared link and makes measures under the respondent's code", async () => {
    const { token } = await linkOf({ kind: "shared", phase: "before" });
    const before = await count();
    const res = await post(
      token,
      answer("sub-shared-0001", "2", { respondent_code: "PX-1", services__gp: "on", lang: "cy" }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain("PX-1");
    const other = await post(token, answer("sub-shared-0002", "4"));
    expect(other.statusCode).toBe(200);
    expect(other.body).toMatch(/R-[A-Z2-9]{6}/);
    expect(await count()).toBe(before + 2);
    const rows = await store.db
      .selectFrom("outcome_measures")
      .selectAll()
      .where("person_code", "=", "PX-1")
      .execute();
    expect(rows.map((r) => [r.indicator_id, Number(r.value), r.phase, r.source])).toEqual([
      ["confidence", 2, "before", "form"],
    ]);
    const subs = (await call("owner", "GET", `${W}/forms/${TEST_FORM.id}/submissions`)).json()
      .items;
    const px = subs.find((s: { respondentCode: string }) => s.respondentCode === "PX-1");
    expect(px).toMatchObject({
      language: "cy",
      linkKind: "shared",
      answers: { confidence: 2, services: ["gp"] },
    });
  });

  it("stores a submission once however often it is sent, even on a used single-use link", async () => {
    const { token } = await linkOf({ kind: "single_use" });
    const before = await count();
    const first = await postJson(token, answer("sub-once-0001", "3"));
    expect(first.statusCode, first.body).toBe(201);
    const again = await postJson(token, answer("sub-once-0001", "3"));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      ok: true,
      duplicate: true,
      respondentCode: first.json().respondentCode,
    });
    expect((await post(token, answer("sub-once-0001", "3"))).statusCode).toBe(200);
    const second = await postJson(token, answer("sub-once-0002", "3"));
    expect(second.statusCode).toBe(410);
    const { token: shared } = await linkOf({ kind: "shared" });
    const race = await Promise.all(
      [1, 2, 3].map(() => postJson(shared, answer("sub-race-0001", "5"))),
    );
    expect(race.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect(await count()).toBe(before + 2);
  });

  it("tags an interview link's answers with the researcher", async () => {
    const refused = await call("editor", "POST", `${W}/forms/${TEST_FORM.id}/links`, {
      kind: "interview",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("$.label");
    const { token } = await linkOf({ kind: "interview", label: "Amira (community researcher)" });
    const page = await app.inject({ url: `/r/${token}` });
    expect(page.body).toContain("Answer code of the person you are interviewing");
    for (const [i, code] of ["INT-1", "INT-2"].entries()) {
      const res = await post(token, answer(`sub-int-000${i}`, "4", { respondent_code: code }));
      expect(res.body).toContain("Enter the next person’s answers");
    }
    const subs = (await call("owner", "GET", `${W}/forms/${TEST_FORM.id}/submissions`)).json()
      .items;
    const tagged = subs.filter(
      (s: { researcher: string | null }) => s.researcher === "Amira (community researcher)",
    );
    expect(tagged.map((s: { respondentCode: string }) => s.respondentCode).sort()).toEqual([
      "INT-1",
      "INT-2",
    ]);
  });

  it("refuses a filled honeypot and an over-long answer, naming the question, storing nothing", async () => {
    const { token } = await linkOf({ kind: "shared" });
    const before = await count();
    const bot = await post(token, answer("sub-bot-00001", "3", { website: "http://spam.example" }));
    expect(bot.statusCode).toBe(400);
    expect(bot.body).toContain("Leave this empty");
    const long = await postJson(token, answer("sub-long-0001", "3", { story: "a".repeat(1001) }));
    expect(long.statusCode).toBe(400);
    expect(long.json().problems).toEqual([
      {
        path: "story",
        message: "“Tell us more” is too long: at most 1000 characters (this answer has 1001)",
      },
    ]);
    const noConsent = await postJson(token, { submission_id: "sub-nocon-001", confidence: "3" });
    expect(noConsent.json().problems[0].path).toBe("consent");
    expect(await count()).toBe(before);
    expect(
      (await postJson(token, answer("sub-okay-0001", "3", { story: "a".repeat(1000) }))).statusCode,
    ).toBe(201);
  });

  it("limits answers per link a minute, and refuses a revoked link and a closed form", async () => {
    const { token, id } = await linkOf({ kind: "shared", maxPerMinute: 2 });
    expect((await postJson(token, answer("sub-rate-0001", "1"))).statusCode).toBe(201);
    expect((await postJson(token, answer("sub-rate-0002", "1"))).statusCode).toBe(201);
    const third = await postJson(token, answer("sub-rate-0003", "1"));
    expect(third.statusCode).toBe(429);
    now = new Date(now.getTime() + 61_000);
    expect((await postJson(token, answer("sub-rate-0003", "1"))).statusCode).toBe(201);
    expect((await call("editor", "DELETE", `${W}/respondent-links/${id}`)).statusCode).toBe(204);
    const revoked = await post(token, answer("sub-rate-0004", "1"));
    expect(revoked.statusCode).toBe(410);
    expect(revoked.body).toContain("withdrawn");
    const made = await call("editor", "POST", `${W}/forms`, { ...TEST_FORM, id: "f-closing" });
    expect(made.statusCode).toBe(201);
    const { token: open } = await linkOf({ kind: "shared" }, "f-closing");
    expect((await call("editor", "POST", `${W}/forms/f-closing/close`)).json().status).toBe(
      "closed",
    );
    const closed = await app.inject({ url: `/r/${open}` });
    expect(closed.statusCode).toBe(410);
    expect(closed.body).toContain("This form has been closed");
  });

  it("pairs before and after answers by code into the framework's paired change", async () => {
    await call("editor", "POST", `${W}/forms`, { ...TEST_FORM, id: "f-pairs" });
    const { token: b } = await linkOf({ kind: "shared", phase: "before" }, "f-pairs");
    const { token: a } = await linkOf({ kind: "shared", phase: "after" }, "f-pairs");
    const pairs: [string, string, string][] = [
      ["P-A", "1", "4"],
      ["P-B", "2", "4"],
      ["P-C", "3", "5"],
    ];
    for (const [code, x, y] of pairs) {
      await postJson(b, answer(`pb-${code}-0001`, x, { respondent_code: code }));
      await postJson(a, answer(`pa-${code}-0001`, y, { respondent_code: code }));
    }
    const summary = await outcomeFrameworkSummary(ctx, "alpha", "fw");
    const change = summary.pairedChange.find((p) => p.indicator === "confidence")!;
    // The changes are 3, 2 and 2 for P-A, P-B, P-C: mean 7/3. (PX-1 has only a before measure.)
    expect(change.pairs).toBe(3);
    expect(change.meanChange).toBeCloseTo(7 / 3, 10);
    expect(change.improved).toBe(3);
  });

  it("withholds groups of fewer than three respondents", async () => {
    await call("editor", "POST", `${W}/forms`, { ...TEST_FORM, id: "f-rule" });
    const { token: amira } = await linkOf({ kind: "interview", label: "Amira" }, "f-rule");
    const { token: ben } = await linkOf({ kind: "interview", label: "Ben" }, "f-rule");
    const people: [string, string, string, string][] = [
      [amira, "A1", "2", "yes"],
      [amira, "A2", "4", "yes"],
      [amira, "A3", "5", "no"],
      [ben, "B1", "1", "no"],
      [ben, "B2", "3", "yes"],
    ];
    for (const [token, code, c, helped] of people)
      await postJson(token, answer(`rule-${code}-0001`, c, { respondent_code: code, helped }));
    const res = await call("viewer", "GET", `${W}/forms/f-rule/results?by=researcher`);
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json();
    const conf = results.overall.questions.find((q: { id: string }) => q.id === "confidence");
    // Overall: (2 + 4 + 5 + 1 + 3) / 5 = 3; counts of 1..5 are one each.
    expect(results.overall.respondents).toBe(5);
    expect(conf.mean).toBe(3);
    expect(conf.counts.map((c: { count: number }) => c.count)).toEqual([1, 1, 1, 1, 1]);
    const helped = results.overall.questions.find((q: { id: string }) => q.id === "helped");
    expect(helped.mean).toBeCloseTo(3 / 5, 10); // three yes (score 1) of five
    const groups = Object.fromEntries(results.groups.map((g: { group: string }) => [g.group, g]));
    expect(groups.Amira.respondents).toBe(3);
    expect(groups.Amira.questions[0].mean).toBeCloseTo(11 / 3, 10); // (2 + 4 + 5) / 3
    expect(groups.Ben).toEqual({ group: "Ben", withheld: true, respondents: null, questions: [] });
    const csv = await call("viewer", "GET", `${W}/forms/f-rule/results.csv?by=researcher`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body.split("\r\n");
    expect(lines[0]).toBe("group,respondents,question,answered,mean,answer,count");
    expect(lines).toContain(
      "Amira,3,How confident are you about where to go?,3,3.6666666666666665,5,1",
    );
    expect(lines).toContain("Ben,,withheld: fewer than 3 respondents,,,,");
    expect(csv.body).not.toContain("Ben,2");
    // A question fewer than three answered keeps only its count: nobody here answered 'visits'.
    expect(results.overall.questions.find((q: { id: string }) => q.id === "visits")).toMatchObject({
      answered: 0,
      mean: null,
    });
  });

  it("erases one respondent's answers and measures on request, logging no content", async () => {
    expect((await call("editor", "DELETE", `${W}/forms/f-pairs/respondents/P-A`)).statusCode).toBe(
      403,
    );
    expect((await call("viewer", "GET", `${W}/forms/f-pairs/submissions`)).statusCode).toBe(403);
    const res = await call("owner", "DELETE", `${W}/forms/f-pairs/respondents/P-A`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ erased: 2 });
    const left = (await call("owner", "GET", `${W}/forms/f-pairs/submissions`)).json().items;
    expect(left.map((s: { respondentCode: string }) => s.respondentCode).sort()).toEqual([
      "P-B",
      "P-B",
      "P-C",
      "P-C",
    ]);
    const measures = await store.db
      .selectFrom("outcome_measures")
      .select("id")
      .where("person_code", "=", "P-A")
      .execute();
    expect(measures).toEqual([]);
    const audit = await store.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "erase")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.collection).toBe("form_submissions");
    expect(audit[0]!.changes).toBe(JSON.stringify({ counts: { submissions: 2 } }));
    expect(JSON.stringify(audit)).not.toContain("P-A");
    expect((await call("owner", "DELETE", `${W}/forms/f-pairs/respondents/P-A`)).statusCode).toBe(
      404,
    );
  });

  it("lets a form with answers be reworded but not lose an answered question, and closes once", async () => {
    const reworded = TEST_FORM.questions.map((q, i) =>
      i === 0
        ? { ...q, text: { en: "How sure are you where to go?", cy: "Pa mor siŵr ydych chi?" } }
        : q,
    );
    const ok = await call("editor", "PUT", `${W}/forms/f-rule`, {
      ...TEST_FORM,
      questions: reworded,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().questions[0].text.en).toBe("How sure are you where to go?");
    const dropped = await call("editor", "PUT", `${W}/forms/f-rule`, {
      ...TEST_FORM,
      questions: TEST_FORM.questions.slice(1),
    });
    expect(dropped.statusCode).toBe(400);
    expect(dropped.body).toContain('question \\"confidence\\" has answers');
    expect((await call("editor", "POST", `${W}/forms/f-closing/close`)).statusCode).toBe(409);
  });

  it("deletes a workspace with its forms, links, answers and their measures", async () => {
    await workspaceRemove(ctx, "alpha");
    for (const table of [
      "forms",
      "form_questions",
      "form_links",
      "form_submissions",
      "form_answers",
    ] as const) {
      const row = await store.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();
      expect([table, Number(row.n)]).toEqual([table, 0]);
    }
  });
});
