import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MERLIN_ITEMS } from "../../shared/merlin.ts";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { demoLoad } from "../demo.ts";
import { merlinResponsesRaw } from "../supply-chains/supply-chain-merlin.ts";
import { auditOf } from "./audit.ts";
import { respondentAnswerAdd, respondentFormOpen } from "./respondent-answers.ts";
import { DONT_KNOW } from "./respondent-form.ts";
import {
  respondentLinkAdd,
  respondentLinkRevoke,
  respondentLinksList,
} from "./respondent-links.ts";

let store: Store;
let ctx: ServiceContext;
let clock = new Date("2027-03-01T09:00:00.000Z");
const CHAIN = "work-programme-area-x";

/** Every statement answered "Agree" (4), except those given. */
const answers = (overrides: Record<string, string> = {}) => ({
  ...Object.fromEntries(MERLIN_ITEMS.map((item) => [item.id, "4"])),
  ...overrides,
});

beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store, () => clock);
  await demoLoad(ctx);
});
afterAll(() => store.close());

const make = (input: Record<string, unknown> = {}) =>
  respondentLinkAdd(ctx, "demo", { target: CHAIN, organisation: "demo-ac1", ...input });

describe("respondent links", () => {
  it("stores only the secret's hash and lists the link as active with no uses", async () => {
    const { link, secret } = await make({ label: "AC1 chief executive", wave: "2027-spring" });
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await store.db.selectFrom("respondent_links").selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(link).toMatchObject({
      state: "active",
      uses: 0,
      singleUse: true,
      organisationName: "Advice charity AC1",
      expiresAt: "2027-03-31T09:00:00.000Z", // 30 days on
    });
  });

  it("refuses an organisation that is not the workspace's, naming the field", async () => {
    await expect(make({ organisation: "nobody" })).rejects.toMatchObject({
      code: "invalid",
      problems: [{ path: "$.organisation", message: "is not an organisation of this workspace" }],
    });
  });

  it("records a single-use link's answer with its organisation, then refuses the link", async () => {
    const { link, secret } = await make({ relation: "present", wave: "w1" });
    const given = answers({ "design-1": "5", "design-2": DONT_KNOW });
    expect(await respondentAnswerAdd(ctx, secret, given)).toEqual({ ok: true });
    const raw = (await merlinResponsesRaw(ctx, "demo", CHAIN)).filter((r) => r.linkId === link.id);
    expect(raw).toHaveLength(1);
    expect(raw[0]).toMatchObject({ relation: "present", organisation: "demo-ac1", wave: "w1" });
    expect(raw[0]!.answers["design-1"]).toBe(5);
    expect(raw[0]!.answers).not.toHaveProperty("design-2"); // "Don't know" is no answer
    expect(await respondentFormOpen(ctx, secret)).toMatchObject({ ok: false, reason: "used" });
    expect(await respondentAnswerAdd(ctx, secret, given)).toMatchObject({
      ok: false,
      reason: "used",
    });
    const listed = (await respondentLinksList(ctx, "demo")).find((l) => l.id === link.id);
    expect(listed).toMatchObject({ state: "used", uses: 1 });
  });

  it("lets only one of two answers racing through a single-use link count", async () => {
    const { link, secret } = await make({ relation: "present" });
    const results = await Promise.all([
      respondentAnswerAdd(ctx, secret, answers()),
      respondentAnswerAdd(ctx, secret, answers()),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ reason: "used" }]);
    const raw = await merlinResponsesRaw(ctx, "demo", CHAIN);
    expect(raw.filter((r) => r.linkId === link.id)).toHaveLength(1);
  });

  it("audits the answer as the respondent link, not a person, without the answers", async () => {
    const { link, secret } = await make({ relation: "past" });
    await respondentAnswerAdd(ctx, secret, answers());
    const { items } = await auditOf(ctx, "demo", { actor: link.id });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      actor: { kind: "respondent", id: link.id },
      action: "create",
      collection: "merlin_responses",
      recordId: null,
    });
    expect(JSON.stringify(items[0]!.changes)).not.toContain("design-1");
  });

  it("lets a shared link be answered many times, counting its uses", async () => {
    const { link, secret } = await make({ singleUse: false, relation: "potential" });
    for (let i = 0; i < 3; i++)
      expect(await respondentAnswerAdd(ctx, secret, answers())).toEqual({ ok: true });
    const listed = (await respondentLinksList(ctx, "demo")).find((l) => l.id === link.id);
    expect(listed).toMatchObject({ state: "active", uses: 3 });
  });

  it("refuses a revoked link at once", async () => {
    const { link, secret } = await make({ singleUse: false });
    await respondentLinkRevoke(ctx, "demo", link.id);
    expect(await respondentFormOpen(ctx, secret)).toMatchObject({ ok: false, reason: "revoked" });
    expect(await respondentAnswerAdd(ctx, secret, answers({ relation: "past" }))).toMatchObject({
      ok: false,
      reason: "revoked",
    });
    await expect(respondentLinkRevoke(ctx, "demo", link.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses a link from the moment it expires", async () => {
    const { link, secret } = await make({ expiresAt: "2027-03-02T09:00:00.000Z" });
    clock = new Date("2027-03-02T08:59:59.999Z");
    expect((await respondentFormOpen(ctx, secret)).ok).toBe(true);
    clock = new Date("2027-03-02T09:00:00.000Z");
    const refused = await respondentAnswerAdd(ctx, secret, answers({ relation: "past" }));
    expect(refused).toMatchObject({ ok: false, reason: "expired" });
    expect((refused as { message: string }).message).toMatch(/expired/);
    const listed = (await respondentLinksList(ctx, "demo")).find((l) => l.id === link.id);
    expect(listed?.state).toBe("expired");
    clock = new Date("2027-03-01T09:00:00.000Z");
  });

  it("refuses an expiry in the past or more than a year ahead", async () => {
    for (const expiresAt of ["2027-03-01T08:00:00.000Z", "2028-03-02T09:00:00.000Z"])
      await expect(make({ expiresAt })).rejects.toMatchObject({
        problems: [{ path: "$.expiresAt" }],
      });
  });

  it("refuses an unknown secret, and names each field missing from an answer", async () => {
    expect(await respondentFormOpen(ctx, "not-a-link")).toMatchObject({ reason: "unknown" });
    const { secret } = await make();
    const { "funding-1": _left, ...partial } = answers();
    const result = await respondentAnswerAdd(ctx, secret, partial);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          path: "relation",
          message: "Choose how your organisation is connected to this supply chain",
        },
        { path: "funding-1", message: "Choose an answer for this statement, or “Don’t know”" },
      ],
    });
    // Nothing was stored and the single-use link still works.
    expect((await respondentFormOpen(ctx, secret)).ok).toBe(true);
  });
});
