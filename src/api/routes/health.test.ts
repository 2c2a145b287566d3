import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIX_PRINCIPLES } from "../../engine/health/instruments/six-principles.ts";
import {
  contextOf,
  demoLoad,
  memberSet,
  type ServiceContext,
  sessionStart,
  tokenIssue,
  userAdd,
} from "../../services/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";
import { SESSION_COOKIE } from "../auth/guard.ts";

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let owner: { authorization: string };
const session: Record<string, Record<string, string>> = {};
const origin = { origin: "http://localhost:80" };
const W = "/api/v1/workspaces/demo";
const A = `${W}/assessments/assoc-health`;
const [ORG_A, ORG_B] = ["demo-org-a", "demo-org-b"];

/** Every item answered so that its score is `v` (reversed items get 6 − v). */
const answersScoring = (v: number) =>
  Object.fromEntries(SIX_PRINCIPLES.items.map((i) => [i.id, i.reverse ? 6 - v : v]));

const as = (who: string, method: "GET" | "POST" | "DELETE", url: string, payload?: object) =>
  app.inject({
    method,
    url,
    ...(who === "owner" ? { headers: owner } : { cookies: session[who]!, headers: origin }),
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
  app = await buildApp({ ctx });
  owner = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
  const people: [string, "editor" | "analyst" | "viewer", string | null][] = [
    ["editor", "editor", null],
    ["analyst", "analyst", null],
    ["analyst2", "analyst", null],
    ["viewerA", "viewer", ORG_A],
    ["viewerB", "viewer", ORG_B],
    ["viewer", "viewer", null],
  ];
  for (const [name, role, organisation] of people) {
    const user = await userAdd(ctx, { email: `${name}@example.org`, name });
    await memberSet(ctx, "demo", user.id, { role, organisation });
    session[name] = { [SESSION_COOKIE]: await sessionStart(ctx, user.id) };
  }
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("instruments", () => {
  it("lists the four shipped instruments; a copy gets a new id and an edit a new version", async () => {
    const list = await as("viewer", "GET", `${W}/instruments`);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([
      "six-principles",
      "collaboration-factors",
      "partnership-analysis",
      "levels-of-collaboration",
    ]);
    const copy = await as("analyst", "POST", `${W}/instruments`, {
      from: "six-principles",
      id: "our-six",
    });
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ id: "our-six", version: 1 });
    const edited = { ...copy.json(), name: "Our six principles" };
    const other = await as("analyst2", "POST", `${W}/instruments/our-six/versions`, edited);
    expect(other.statusCode).toBe(403);
    const v2 = await as("analyst", "POST", `${W}/instruments/our-six/versions`, edited);
    expect(v2.json()).toMatchObject({ id: "our-six", version: 2, name: "Our six principles" });
    const v1 = await as("viewer", "GET", `${W}/instruments/our-six?version=1`);
    expect(v1.json().name).toBe("Six-principle partnership assessment (copy)");
    const shipped = await as("analyst", "POST", `${W}/instruments/six-principles/versions`, edited);
    expect(shipped.statusCode).toBe(409);
  });
});

describe("an assessment of the Association", () => {
  it("refuses a partner that is not a member of the partnership, naming it", async () => {
    const res = await as("analyst", "POST", `${W}/assessments`, {
      id: "bad",
      name: "x",
      partnership: "demo-p-association",
      partners: [ORG_A, "demo-ha1"],
      instrument: { id: "six-principles", version: 1 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems).toEqual([
      {
        path: "$.partners[1]",
        message: '"demo-ha1" is not a member of partnership "demo-p-association"',
      },
    ]);
  });

  it("is created by an analyst, whose waves another analyst may not open", async () => {
    const res = await as("analyst", "POST", `${W}/assessments`, {
      id: "assoc-health",
      name: "Association health check",
      partnership: "demo-p-association",
      partners: [ORG_A, ORG_B],
      instrument: { id: "six-principles", version: 1 },
    });
    expect(res.statusCode).toBe(201);
    const other = await as("analyst2", "POST", `${A}/waves`, { id: "w1", date: "2026-01-15" });
    expect(other.statusCode).toBe(403);
    const wave = await as("analyst", "POST", `${A}/waves`, { id: "w1", date: "2026-01-15" });
    expect(wave.json()).toMatchObject({ id: "w1", state: "open" });
  });

  it("takes answers from members for their own organisation and from an editor for a named one", async () => {
    for (const v of [4, 5, 3]) {
      const res = await as("viewerA", "POST", `${A}/responses`, {
        wave: "w1",
        answers: answersScoring(v),
      });
      expect(res.statusCode).toBe(201);
    }
    expect(
      (
        await as("viewerB", "POST", `${A}/responses`, { wave: "w1", answers: answersScoring(2) })
      ).json(),
    ).toEqual({ recorded: true, organisation: ORG_B, wave: "w1", responses: 1 });
    const onBehalf = await as("editor", "POST", `${A}/responses`, {
      organisation: ORG_B,
      wave: "w1",
      answers: answersScoring(1),
    });
    expect(onBehalf.json().responses).toBe(2);
    const forOther = await as("viewerA", "POST", `${A}/responses`, {
      organisation: ORG_B,
      wave: "w1",
      answers: answersScoring(5),
    });
    expect(forOther.statusCode).toBe(403);
  });

  it("refuses an answer outside the scale, naming respondent and item, and stores nothing", async () => {
    const res = await as("viewerA", "POST", `${A}/responses`, {
      wave: "w1",
      answers: { ...answersScoring(4), "trust-2": 6, "no-item": 3 },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems).toEqual([
      {
        path: "$.answers.trust-2",
        message: `the respondent for "${ORG_A}": item "trust-2": 6 is outside the scale 1–5`,
      },
      {
        path: "$.answers.no-item",
        message: `the respondent for "${ORG_A}": "no-item" is not an item of this instrument`,
      },
    ]);
    const detail = await as("viewer", "GET", A);
    expect(detail.json().waves[0].responses).toEqual({ [ORG_A]: 3, [ORG_B]: 2 });
    // B has 2 of the 3 responses its answers need before others see them: a reminder to send.
    expect(detail.json().reminders).toEqual([
      { wave: "w1", organisation: ORG_B, responses: 2, needed: 3 },
    ]);
  });

  it("shows B, whose own group it is, every aggregate: A 4, 5, 3 → mean 4, r_wg 0.5; B 2, 1 → 1.5; gap 2.5", async () => {
    const res = (await as("viewerB", "GET", `${A}/results`)).json();
    const need = res.waves[0].dimensions.find((d: { id: string }) => d.id === "need");
    expect(need.byPartner[ORG_A]).toMatchObject({
      n: 3,
      mean: 4,
      sd: 1,
      rwg: 0.5,
      rwgAgrees: false,
    });
    expect(need.byPartner[ORG_B]).toMatchObject({ n: 2, mean: 1.5 });
    // All five: 4, 5, 3, 2, 1 → mean 3; gap 4 − 1.5.
    expect(need).toMatchObject({ mean: 3, gap: 2.5 });
    // Totals: 24 items × 4, 5, 3, 2, 1 → 96, 120, 72, 48, 24 → mean 72.
    expect(res.waves[0].total).toMatchObject({ n: 5, mean: 72 });
  });

  it("withholds a partner of two respondents from others, but shows a partner its own", async () => {
    const a = (await as("viewerA", "GET", `${A}/results`)).json();
    const needA = a.waves[0].dimensions[0];
    expect(needA.byPartner[ORG_B]).toBeNull();
    expect(needA.mean).toBeNull();
    expect(a.waves[0].withheld).toEqual([ORG_B]);
    const b = (await as("viewerB", "GET", `${A}/results?wave=w1`)).json();
    expect(b.waves[0].dimensions[0]).toMatchObject({ mean: 3, gap: 2.5 });
    const csv = (await as("viewer", "GET", `${A}/results.csv`)).body;
    expect(csv.split("\r\n")[0]).toBe("wave,date,measure,partner,n,mean,sd,rwg,ad,band,gap");
    expect(csv).toContain(`w1,2026-01-15,need,${ORG_A},3,4,1,0.5,`);
    expect(csv).not.toContain(`need,${ORG_B}`);
  });

  it("compares partnerships by origin on one instrument, under the same rule", async () => {
    const res = await as(
      "viewerB",
      "GET",
      `${W}/assessments/compare?instrument=six-principles&by=origin`,
    );
    const groups = res.json().groups;
    // The demo's assessment (latest wave) and this one: both of the Association.
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ assessments: 2, respondents: 13 });
    // need: this one 3 (4, 5, 3, 2, 1), the demo's 2010 wave (A 5, 5, 4, 5; B 4, 5, 3, 4) = 35 / 8.
    expect(groups[0].dimensions[0].mean).toBeCloseTo((3 + 35 / 8) / 2, 12);
    // The owner is tied to no partner: B's two are withheld from them too, so only the demo's.
    const owner = (
      await as("owner", "GET", `${W}/assessments/compare?instrument=six-principles`)
    ).json();
    expect(owner.groups[0].dimensions[0]).toEqual({ id: "need", mean: 35 / 8, n: 1 });
    // For viewer A this assessment's whole is withheld (B's two respondents): only the demo's counts.
    const a = (
      await as("viewerA", "GET", `${W}/assessments/compare?instrument=six-principles`)
    ).json();
    expect(a.groups[0].dimensions[0]).toEqual({ id: "need", mean: 35 / 8, n: 1 });
  });

  it("gives raw responses to owners only, with organisations and no people", async () => {
    expect((await as("editor", "GET", `${A}/responses`)).statusCode).toBe(403);
    const raw = (await as("owner", "GET", `${A}/responses`)).json().items;
    expect(raw).toHaveLength(5);
    expect(Object.keys(raw[0]).sort()).toEqual([
      "answers",
      "createdAt",
      "id",
      "organisation",
      "ratings",
      "wave",
    ]);
  });

  it("logs every write; a response's entry names its organisation, not the answers", async () => {
    const rows = await store.db
      .selectFrom("audit_log")
      .select(["collection", "action", "record_id", "changes"])
      .where("collection", "in", [
        "instruments",
        "assessments",
        "assessment_waves",
        "assessment_responses",
      ])
      .execute();
    const count = (c: string) => rows.filter((r) => r.collection === c).length;
    expect([
      count("instruments"),
      count("assessments"),
      count("assessment_waves"),
      count("assessment_responses"),
    ]).toEqual([2, 1, 1, 5]);
    const response = rows.find((r) => r.collection === "assessment_responses")!;
    expect(response.record_id).toBeNull();
    expect(JSON.parse(response.changes!)).toEqual({
      after: { assessment: "assoc-health", wave: "w1", organisation: ORG_A },
    });
  });

  it("closes a wave, after which it takes no answers; only its creator or an editor deletes it", async () => {
    expect((await as("analyst", "POST", `${A}/waves/w1/close`)).json()).toMatchObject({
      state: "closed",
    });
    const late = await as("viewerA", "POST", `${A}/responses`, {
      wave: "w1",
      answers: answersScoring(4),
    });
    expect(late.statusCode).toBe(409);
    expect((await as("analyst2", "DELETE", A)).statusCode).toBe(403);
    expect((await as("analyst", "DELETE", A)).statusCode).toBe(204);
    expect((await as("viewer", "GET", A)).statusCode).toBe(404);
  });
});
