import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/api/app.ts";
import { SESSION_COOKIE } from "../../src/api/auth/guard.ts";
import { SIX_PRINCIPLES } from "../../src/engine/health/instruments/six-principles.ts";
import {
  contextOf,
  demoLoad,
  memberSet,
  sessionStart,
  tokenIssue,
  userAdd,
} from "../../src/services/index.ts";
import type { Store } from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const W = "/api/v1/workspaces/demo/assessments";
const [ORG_A, ORG_B] = ["demo-org-a", "demo-org-b"];
const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** Every six-principles item answered with `v` (as typed in the form). */
const allItems = (v: string) => Object.fromEntries(SIX_PRINCIPLES.items.map((i) => [i.id, v]));
const encode = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe.each(STORE_FACTORIES)("answering assessments through links on $name", (factory) => {
  let store: Store;
  let app: FastifyInstance;
  let owner: Record<string, string>;
  let viewerA: Record<string, string>;
  const get = (url: string, headers = owner) => app.inject({ url, headers });
  const post = (url: string, payload: object, headers = owner) =>
    app.inject({ method: "POST", url, headers, payload });
  const answer = (path: string, fields: Record<string, string>) =>
    app.inject({ method: "POST", url: path, headers: FORM, payload: encode(fields) });
  /** Makes a link; answers its path (/r/…). */
  const linkFor = async (id: string, organisation: string, wave: string, singleUse = true) => {
    const res = await post(`${W}/${id}/links`, { organisation, wave, singleUse });
    expect(res.statusCode, res.body).toBe(201);
    return new URL(res.json().link).pathname;
  };
  const countsOf = async (id: string, headers = owner) =>
    Object.fromEntries(
      (await get(`${W}/${id}/counts`, headers))
        .json()
        .waves[0].byPartner.map((p: { organisation: string; responses: number }) => [
          p.organisation,
          p.responses,
        ]),
    );

  beforeAll(async () => {
    store = await factory.open();
    const ctx = contextOf(store);
    await demoLoad(ctx);
    app = await buildApp({ ctx });
    owner = { authorization: `Bearer ${await tokenIssue(ctx, "api", "test")}` };
    const user = await userAdd(ctx, { email: "a@example.org", name: "A" });
    await memberSet(ctx, "demo", user.id, { role: "viewer", organisation: ORG_A });
    viewerA = { cookie: `${SESSION_COOKIE}=${await sessionStart(ctx, user.id)}` };
    for (const [id, instrument] of [
      ["six", "six-principles"],
      ["levels", "levels-of-collaboration"],
    ]) {
      const made = await post(W, {
        id,
        name: `Association ${id}`,
        partnership: "demo-p-association",
        partners: [ORG_A, ORG_B],
        instrument: { id: instrument, version: 1 },
      });
      expect(made.statusCode, made.body).toBe(201);
      await post(`${W}/${id}/waves`, { id: "w1", date: "2026-03-01" });
    }
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it("shows the statements with the scale's labels, records a good answer once, refuses reuse", async () => {
    const path = await linkFor("six", ORG_A, "w1");
    const page = await app.inject({ url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<legend><h2>The need for partnership is recognised</h2></legend>");
    expect(page.body).toContain('<input type="radio" id="need-1-5" name="need-1" value="5">');
    expect(page.body).toContain("5 – Strongly agree");
    const sent = await answer(path, allItems("4"));
    expect(sent.statusCode).toBe(200);
    expect(sent.body).toContain("have been recorded");
    const again = await answer(path, allItems("2"));
    expect(again.statusCode).toBe(410);
    expect(await countsOf("six")).toEqual({ [ORG_A]: 1, [ORG_B]: 0 });
    // The response is A's, with every item 4 as given.
    const raw = (await get(`${W}/six/responses`)).json().items;
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({ organisation: ORG_A, wave: "w1", ratings: null });
    expect(raw[0].answers["trust-2"]).toBe(4);
    // The audit names the link and the organisation, never a person or the answers.
    const audit = await store.db
      .selectFrom("audit_log")
      .select(["actor_kind", "record_id", "changes"])
      .where("collection", "=", "assessment_responses")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_kind: "respondent", record_id: null });
    expect(JSON.parse(audit[0]!.changes!)).toEqual({
      after: { assessment: "six", wave: "w1", organisation: ORG_A },
    });
  });

  it("refuses an answer outside the scale or an unknown item, naming it, and stores nothing", async () => {
    const path = await linkFor("six", ORG_B, "w1");
    const bad = await answer(path, { ...allItems("3"), "trust-2": "6", "no-item": "3" });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain(
      "“I expect other partners to do what they say they will do.”: “6” is outside the scale 1–5",
    );
    expect(bad.body).toContain("“no-item” is not an item of this assessment");
    // Every other answer is kept on the page.
    expect(bad.body).toContain('id="need-1-3" name="need-1" value="3" checked');
    expect(await countsOf("six")).toEqual({ [ORG_A]: 1, [ORG_B]: 0 });
    // Nothing of the link was used: the same single-use link still answers.
    expect((await answer(path, allItems("2"))).statusCode).toBe(200);
    expect(await countsOf("six")).toEqual({ [ORG_A]: 1, [ORG_B]: 1 });
  });

  it("asks for the other partners' levels on a pairwise instrument and refuses rating oneself", async () => {
    const path = await linkFor("levels", ORG_A, "w1");
    const page = (await app.inject({ url: path })).body;
    expect(page).toContain(`name="rate-${ORG_B}"`);
    expect(page).not.toContain(`name="rate-${ORG_A}"`);
    expect(page).toContain("0 – No contact");
    const self = await answer(path, { [`rate-${ORG_A}`]: "5", [`rate-${ORG_B}`]: "3" });
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain(`Your organisation cannot rate itself (“rate-${ORG_A}”)`);
    const high = await answer(path, { [`rate-${ORG_B}`]: "7" });
    expect(high.statusCode).toBe(400);
    expect(high.body).toContain("“7” is outside the scale 0–5");
    expect((await get(`${W}/levels/responses`)).json().items).toEqual([]);
    expect((await answer(path, { [`rate-${ORG_B}`]: "3" })).statusCode).toBe(200);
    const raw = (await get(`${W}/levels/responses`)).json().items;
    expect(raw.map((r: { ratings: object }) => r.ratings)).toEqual([{ [ORG_B]: 3 }]);
  });

  it("lists reminders for partners under three with their links and words to send", async () => {
    const shared = await linkFor("six", ORG_B, "w1", false);
    // B: 1 + 1 through the shared link = 2 of the 3 needed; A: 1.
    expect((await answer(shared, allItems("1"))).statusCode).toBe(200);
    const res = await get(`${W}/six/reminders`);
    const items = res.json().items;
    expect(
      items.map((r: { organisation: string; responses: number }) => [r.organisation, r.responses]),
    ).toEqual([
      [ORG_A, 1],
      [ORG_B, 2],
    ]);
    // B's working links: only the shared one (its single-use link is used up).
    expect(items[1].links).toEqual([expect.objectContaining({ singleUse: false, uses: 1 })]);
    // 3 − 2 = 1 more needed from B; 3 − 1 = 2 from A.
    expect(items[1].message).toContain("2 answered so far");
    expect(items[1].message).toContain("so we need 1 more");
    expect(items[0].message).toContain("so we need 2 more");
    expect((await get(`${W}/six/reminders`, viewerA)).statusCode).toBe(403);
  });

  it("keeps the three-respondent rule: counts for members, B's two answers withheld from A", async () => {
    expect(await countsOf("six", viewerA)).toEqual({ [ORG_A]: 1, [ORG_B]: 2 });
    const counts = (await get(`${W}/six/counts`, viewerA)).body;
    expect(counts).not.toContain("mean");
    const results = (await get(`${W}/six/results`, viewerA)).json();
    expect(results.waves[0].withheld).toEqual([ORG_B]);
    expect(results.waves[0].dimensions[0].byPartner[ORG_B]).toBeNull();
    // A's own single answer is shown to A: need-1, 2, 4 answered 4; need-3 is reversed, so its 4
    // scores 1 + 5 − 4 = 2: (4 + 4 + 2 + 4) / 4 = 3.5.
    expect(results.waves[0].dimensions[0].byPartner[ORG_A]).toMatchObject({ n: 1, mean: 3.5 });
    // Prompts use shown aggregates only: one partner shown (no gap), the whole withheld (B's 2
    // answers could be recovered from it), so none — B's numbers never reach A through them.
    expect(results.prompts).toEqual([{ wave: "w1", items: [] }]);
    const file = await get(`${W}/six/results.json`, viewerA);
    expect(file.headers["content-disposition"]).toBe('attachment; filename="six-results.json"');
    expect(file.json().waves[0].withheld).toEqual([ORG_B]);
    // The rule holds for the owner too: tied to no partner, A's one and B's two are withheld;
    // the whole of 1 + 2 = 3 is shown (no one can be told apart in it), so only "low" prompts.
    const owner = (await get(`${W}/six/results`)).json();
    expect(owner.waves[0].withheld).toEqual([ORG_A, ORG_B]);
    expect(owner.waves[0].dimensions[0]).toMatchObject({ n: 3, gap: null });
    const kinds = owner.prompts[0].items.map((p: { kind: string }) => p.kind);
    expect(kinds).toEqual(["low", "low"]);
    expect(JSON.stringify(owner.prompts)).not.toMatch(/Organisation [AB]/);
  });

  it("makes prompts from the demo's four-and-four wave: widest gaps, then the lowest dimensions", async () => {
    const demo = (await get(`${W}/demo-association-health/results`, viewerA)).json();
    // 2009, typical A [5,4,4,4,4,3], B [4,3,2,2,3,3] per principle, spreads 0, +1, −1, 0 within
    // 1–5: need A (5+5+4+5)/4 = 4.75, B 4 (gap 0.75); purpose A 4, B 3 (1); commitment A 4, B 2 (2);
    // trust A 4, B 2 (2); arrangements A 4, B 3 (1); learning A 3, B 3 (0). Gaps: commitment and
    // trust (2, by id), then arrangements before purpose (1, by id). Overall means: commitment,
    // learning and trust 3.0 (lowest, by id: commitment, learning).
    const items = demo.prompts[0].items.map((p: { kind: string; dimension: string }) => [
      p.kind,
      p.dimension,
    ]);
    expect(items).toEqual([
      ["gap", "commitment"],
      ["gap", "trust"],
      ["gap", "arrangements"],
      ["low", "commitment"],
      ["low", "learning"],
    ]);
  });

  it("tells a signed-in member which partner they answer for; a member tied to none answers for none", async () => {
    const a = (await get(`${W}/six/answering`, viewerA)).json();
    expect(a).toMatchObject({
      organisation: ORG_A,
      organisationName: "Organisation A",
      openWaves: [{ id: "w1", date: "2026-03-01" }],
    });
    expect(a.instrument.id).toBe("six-principles");
    expect((await get(`${W}/six/answering`)).json().organisation).toBeNull();
  });

  it("refuses answers and new links once the wave is closed", async () => {
    const path = await linkFor("six", ORG_A, "w1");
    expect((await post(`${W}/six/waves/w1/close`, {})).statusCode).toBe(200);
    const page = await app.inject({ url: path });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain("has closed");
    expect((await answer(path, allItems("5"))).statusCode).toBe(410);
    expect(await countsOf("six")).toEqual({ [ORG_A]: 1, [ORG_B]: 2 });
    const late = await post(`${W}/six/links`, { organisation: ORG_A, wave: "w1" });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.problems).toEqual([
      { path: "$.wave", message: 'wave "w1" is closed' },
    ]);
    expect((await get(`${W}/six/reminders`)).json().items).toEqual([]);
  });
});
