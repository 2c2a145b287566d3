import { readFile, writeFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  appraisalActualsRecord,
  appraisalCreate,
  appraisalDecide,
  appraisalRealisation,
  appraisalRemove,
  appraisalsList,
  appraisalUpdate,
  contextOf,
  DomainError,
  demoDocument,
  demoLoad,
  entityDelete,
  entitySave,
  exchangeExportJson,
  exchangeImport,
  type ServiceContext,
} from "../../src/services/index.ts";
import {
  merlinResponseAdd,
  merlinResults,
  supplyChainCreate,
  supplyChainDetail,
  supplyChainRemove,
  supplyChainsList,
  supplyChainUpdate,
} from "../../src/services/supply-chains/supply-chains.ts";
import * as store from "../../src/store/index.ts";
import {
  buildContract,
  buildEvent,
  buildEvidence,
  buildOrganisation,
  buildPartnership,
} from "../factories/entities.ts";
import { writeGivingPackage } from "../factories/interop-data.ts";
import { STORE_FACTORIES } from "./dialects.ts";

const page = (filters: Record<string, string> = {}, extra: Partial<store.ListQuery> = {}) => ({
  limit: 50,
  offset: 0,
  filters,
  ...extra,
});

describe.each(STORE_FACTORIES)("store on $name", (factory) => {
  let s: store.Store;
  let ctx: ServiceContext;
  let ws: store.WorkspaceRecord;
  let other: store.WorkspaceRecord;

  beforeAll(async () => {
    s = await factory.open();
    ctx = contextOf(s, () => new Date("2026-11-29T12:00:00Z"));
    ws = await store.workspaceCreate(s.db, { slug: "one", name: "One" }, "2026-11-29T00:00:00Z");
    other = await store.workspaceCreate(s.db, { slug: "two", name: "Two" }, "2026-11-29T00:00:00Z");
  });
  afterAll(async () => {
    await s?.close();
  });

  it("keeps workspace slugs unique", async () => {
    await expect(
      store.workspaceCreate(s.db, { slug: "one", name: "Again" }, "2026-11-29T00:00:00Z"),
    ).rejects.toSatisfy((e: unknown) => s.adapter.constraintOf(e) === "unique");
    expect((await store.workspacesAll(s.db)).map((w) => w.slug)).toEqual(["one", "two"]);
  });

  it("stores organisations per workspace and finds them by text, filter and page", async () => {
    const a = buildOrganisation({ id: "o-a", name: "Alpha Homes", otherNames: ["Alpha HA"] });
    const b = buildOrganisation({ id: "o-b", name: "Beta Care", sector: "third", kind: "charity" });
    const c = buildOrganisation({
      id: "o-c",
      name: "Gamma Council",
      sector: "public",
      kind: "local_authority",
    });
    await store.organisationsUpsert(s.db, s.adapter, ws.id, [a, b, c]);
    await store.organisationsUpsert(s.db, s.adapter, other.id, [{ ...a, name: "Other Alpha" }]);
    expect(await store.organisationGet(s.db, ws.id, "o-a")).toEqual(a);
    expect((await store.organisationGet(s.db, other.id, "o-a"))?.name).toBe("Other Alpha");
    const byOtherName = await store.organisationsList(s.db, ws.id, page({}, { q: "ALPHA ha" }));
    expect(byOtherName.items.map((o) => o.id)).toEqual(["o-a"]);
    const publicOnes = await store.organisationsList(s.db, ws.id, page({ sector: "public" }));
    expect(publicOnes.items.map((o) => o.id)).toEqual(["o-c"]);
    const second = await store.organisationsList(
      s.db,
      ws.id,
      page({}, { sort: "-name", limit: 1, offset: 1 }),
    );
    expect(second).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(second.items.map((o) => o.name)).toEqual(["Beta Care"]);
  });

  it("treats LIKE wildcards in a search as plain characters", async () => {
    // Its own workspace and rows, removed afterwards, so the test means the same alone or in any
    // order (it used to search whatever the test before had stored, and found nothing alone).
    const own = await store.workspaceCreate(
      s.db,
      { slug: "wildcards", name: "Wildcards" },
      "2026-11-29T00:00:00Z",
    );
    try {
      await store.organisationsUpsert(s.db, s.adapter, own.id, [
        buildOrganisation({ id: "w-percent", name: "100% Homes" }),
        buildOrganisation({ id: "w-underscore", name: "North_East Care" }),
        buildOrganisation({ id: "w-plain", name: "North East Care" }),
      ]);
      const ids = async (q: string) =>
        (await store.organisationsList(s.db, own.id, page({}, { q }))).items.map((o) => o.id);
      // As wildcards, "%" would match all three rows and "_" would match "North East" too.
      expect(await ids("%")).toEqual(["w-percent"]);
      expect(await ids("North_East")).toEqual(["w-underscore"]);
      expect((await ids("North")).sort()).toEqual(["w-plain", "w-underscore"]);
    } finally {
      await store.workspaceDelete(s.db, own.id);
    }
  });

  it("round-trips a partnership with ordered members and finds it by member", async () => {
    const p = buildPartnership({
      id: "p-1",
      commissioner: "o-c",
      integration: [{ function: "finance", integrated: false }],
      members: [
        {
          organisation: "o-b",
          role: "lead",
          joined: "2004-04-01",
          left: null,
          shareOfValue: 0.6,
          shareOfTurnover: 0.125,
          shareOfStaff: null,
        },
        {
          organisation: "o-a",
          role: "member",
          joined: "2004-04-01",
          left: "2007-03-31",
          shareOfValue: 0.4,
          shareOfTurnover: null,
          shareOfStaff: 0.3,
        },
      ],
    });
    await store.partnershipsUpsert(s.db, s.adapter, ws.id, [p]);
    expect(await store.partnershipGet(s.db, ws.id, "p-1")).toEqual(p);
    const forA = await store.partnershipsList(s.db, ws.id, page({ organisation: "o-a" }));
    const forCommissioner = await store.partnershipsList(
      s.db,
      ws.id,
      page({ organisation: "o-c" }),
    );
    expect(forA.items.map((x) => x.id)).toEqual(["p-1"]);
    expect(forCommissioner.total).toBe(1);
    await store.partnershipsUpsert(s.db, s.adapter, ws.id, [{ ...p, members: [p.members[1]!] }]);
    expect((await store.partnershipGet(s.db, ws.id, "p-1"))?.members).toEqual([p.members[1]]);
  });

  it("refuses to delete an organisation that memberships still refer to", async () => {
    await expect(store.organisationDelete(s.db, ws.id, "o-a")).rejects.toSatisfy(
      (e: unknown) => s.adapter.constraintOf(e) === "foreign_key",
    );
    await expect(entityDelete(ctx, "one", "organisations", "o-a")).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("keeps an event's organisations in order with the dissolved ones", async () => {
    const e = buildEvent({
      id: "e-merge",
      type: "merged",
      date: "2011-04-01",
      partnership: "p-1",
      organisations: ["o-b", "o-a"],
      dissolves: ["o-a"],
      note: "Transfer into Beta",
    });
    await store.eventsUpsert(s.db, s.adapter, ws.id, [e]);
    expect(await store.eventGet(s.db, ws.id, "e-merge")).toEqual(e);
    expect((await store.eventsList(s.db, ws.id, page({ organisation: "o-a" }))).total).toBe(1);
    expect((await store.eventsList(s.db, ws.id, page({ organisation: "o-c" }))).total).toBe(0);
  });

  it("stores contracts with providers and evidence with themes", async () => {
    const c = buildContract({
      commissioner: "o-c",
      providers: [{ organisation: "o-b", role: "prime" }],
    });
    const ev = buildEvidence({ themes: ["competition_trust", "culture"], organisation: "o-b" });
    await store.contractsUpsert(s.db, s.adapter, ws.id, [c]);
    await store.evidenceUpsert(s.db, s.adapter, ws.id, [ev]);
    expect(await store.contractGet(s.db, ws.id, "c-1")).toEqual(c);
    expect((await store.contractsList(s.db, ws.id, page({ organisation: "o-b" }))).total).toBe(1);
    // Read back with its codings (each theme is a default code) and nothing it supports.
    const none = { appraisal: null, assumption: null, outcomeFramework: null, outcome: null };
    const codes = ["competition_trust", "culture"];
    expect(await store.evidenceGet(s.db, ws.id, "ev-1")).toEqual({ ...ev, codes, ...none });
    // 'competition_trust' contains an underscore, a LIKE wildcard: it must match exactly.
    expect(
      (await store.evidenceList(s.db, ws.id, page({ theme: "competition_trust" }))).total,
    ).toBe(1);
    expect((await store.evidenceList(s.db, ws.id, page({ theme: "complexity" }))).total).toBe(0);
  });

  it("raises the workspace revision on every write through the services", async () => {
    const before = await store.workspaceRevision(s.db, ws.id);
    await entitySave(ctx, "one", "organisations", buildOrganisation({ id: "o-rev" }), null);
    await entityDelete(ctx, "one", "organisations", "o-rev");
    expect(await store.workspaceRevision(s.db, ws.id)).toBe(before + 2);
  });

  it("names a dangling reference and writes nothing when saving one entity", async () => {
    const bad = buildPartnership({
      id: "p-bad",
      members: [
        {
          organisation: "nobody",
          role: "member",
          joined: null,
          left: null,
          shareOfValue: null,
          shareOfTurnover: null,
          shareOfStaff: null,
        },
      ],
    });
    const error = (await entitySave(ctx, "one", "partnerships", bad, null).catch(
      (e) => e,
    )) as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.problems).toEqual([
      { path: "$.members[0].organisation", message: expect.stringContaining('"nobody"') },
    ]);
    expect(await store.partnershipGet(s.db, ws.id, "p-bad")).toBeNull();
  });

  it("exports the demo, imports it into an empty workspace and exports it byte for byte again", async () => {
    await demoLoad(ctx, "demo");
    const first = await exchangeExportJson(ctx, "demo");
    await exchangeImport(ctx, "copy", JSON.parse(first));
    const second = await exchangeExportJson(ctx, "copy");
    expect(second).toBe(first);
    const original = JSON.parse(
      await readFile(
        new URL("../../src/services/demo/tsrc-case-studies.json", import.meta.url),
        "utf8",
      ),
    );
    expect(JSON.parse(first).organisations).toHaveLength(original.organisations.length);
    expect(first).toContain('"format": "partnerscope/v1"');
  });

  it("re-importing the same file changes nothing", async () => {
    const before = await exchangeExportJson(ctx, "copy");
    await exchangeImport(ctx, "copy", await demoDocument());
    expect(await exchangeExportJson(ctx, "copy")).toBe(before);
  });

  it("rolls back a whole import when a write fails part-way", async () => {
    const doc = (await demoDocument()) as { workspace: { name: string } };
    const failing = exchangeImport(ctx, "halfway", doc, {
      onProgress: (collection) => {
        if (collection === "events") throw new Error("simulated failure while writing events");
      },
    });
    await expect(failing).rejects.toThrow("simulated failure");
    expect(await store.workspaceBySlug(s.db, "halfway")).toBeNull();
    const orgs = await s.db
      .selectFrom("organisations")
      .select("id")
      .where("id", "=", "demo-org-a")
      .execute();
    expect(orgs.length).toBeLessThanOrEqual(2); // only the 'demo' and 'copy' workspaces hold it
  });

  it("rejects an import with an unknown organisation, naming its path, and writes nothing", async () => {
    const doc = {
      format: "partnerscope/v1",
      workspace: { name: "Bad" },
      organisations: [buildOrganisation({ id: "x" })],
      partnerships: [buildPartnership({ id: "p", commissioner: "ghost" })],
    };
    const error = await exchangeImport(ctx, "bad", doc).catch((e) => e);
    expect(error.problems).toEqual([
      {
        path: "$.partnerships[0].commissioner",
        message: 'refers to organisation "ghost", which does not exist',
      },
    ]);
    expect(await store.workspaceBySlug(s.db, "bad")).toBeNull();
  });
});

describe.each(STORE_FACTORIES)("appraisals on $name", (factory) => {
  let s: store.Store;
  let ctx: ServiceContext;
  const doc = {
    format: "partnerscope-appraisal/v1",
    title: "Shared finance team",
    baseDate: "2020-01-01",
    horizonYears: 3,
    discount: { rate: 0 },
    partnership: "p-shared",
    organisations: ["o-one"],
    options: [
      { id: "stay", name: "Stay as we are", stage: 0 },
      {
        id: "share",
        name: "Share finance",
        stage: 4,
        lines: [
          {
            kind: "saving",
            id: "finance",
            source: "back_office",
            difficulty: "harder",
            annual: 100,
            startYear: 1,
          },
        ],
      },
    ],
  };
  const errorOf = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => e as DomainError,
    );

  beforeAll(async () => {
    s = await factory.open();
    ctx = contextOf(s, () => new Date("2026-11-29T12:00:00Z"));
    await store.workspaceCreate(s.db, { slug: "w", name: "W" }, "2026-11-29T00:00:00Z");
    await entitySave(ctx, "w", "organisations", buildOrganisation({ id: "o-one" }), null);
    await entitySave(ctx, "w", "partnerships", buildPartnership({ id: "p-shared" }), null);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("loads the worked examples with the demo, linked to its partnerships, and reloads them", async () => {
    await demoLoad(ctx, "demo");
    await demoLoad(ctx, "demo");
    const list = await appraisalsList(ctx, "demo");
    expect(list.map((a) => [a.id, a.partnership, a.latestVersion, a.status])).toEqual([
      ["association-back-office", "demo-p-association", 1, "draft"],
      ["group-to-merger-streamlining", "demo-p-ha11-amalgamation", 1, "draft"],
      ["housing-phased-savings", "demo-p-ha1-group", 1, "draft"],
      ["shared-services-2010", "demo-p-shared-services", 1, "draft"],
      ["shared-services-2013", "demo-p-shared-services", 1, "draft"],
    ]);
    expect(list[0]!.organisations).toEqual(["demo-org-a", "demo-org-b"]);
  });

  it("refuses an invalid document, a dangling link and a duplicate id, naming the path", async () => {
    const bad = await errorOf(
      appraisalCreate(ctx, "w", { id: "a", document: { ...doc, horizonYears: 0 } }),
    );
    expect(bad?.code).toBe("invalid");
    expect(bad?.problems[0]?.path).toBe("$.document.horizonYears");
    const dangling = await errorOf(
      appraisalCreate(ctx, "w", { id: "a", document: { ...doc, partnership: "ghost" } }),
    );
    expect(dangling?.code).toBe("conflict");
    expect(dangling?.problems.map((p) => p.path)).toEqual(["$.document.partnership"]);
    await appraisalCreate(ctx, "w", { id: "a", document: doc });
    expect((await errorOf(appraisalCreate(ctx, "w", { id: "a", document: doc })))?.code).toBe(
      "conflict",
    );
  });

  it("rewrites a draft, freezes the decided version and opens a new draft on the next edit", async () => {
    const draft = await appraisalUpdate(ctx, "w", "a", { document: { ...doc, title: "Draft 2" } });
    expect([draft.latestVersion, draft.document.title]).toEqual([1, "Draft 2"]);
    const decided = await appraisalDecide(ctx, "w", "a", "share");
    expect([decided.status, decided.decidedVersion, decided.decidedOption]).toEqual([
      "decided",
      1,
      "share",
    ]);
    expect((await errorOf(appraisalDecide(ctx, "w", "a", "stay")))?.code).toBe("conflict");
    const next = await appraisalUpdate(ctx, "w", "a", { document: { ...doc, title: "After" } });
    expect([next.status, next.latestVersion, next.document.title]).toEqual(["draft", 2, "After"]);
    expect(next.decided).toMatchObject({ version: 1, option: "share" });
    expect(next.decided?.document.title).toBe("Draft 2");
    expect(next.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it("records actuals all or nothing and shows realisation as of a date", async () => {
    const wrong = await errorOf(
      appraisalActualsRecord(ctx, "w", "a", [
        { option: "share", line: "finance", year: 1, amount: 80 },
        { option: "share", line: "nope", year: 2, amount: 1 },
      ]),
    );
    expect(wrong?.problems.map((p) => p.path)).toEqual(["$[1].line"]);
    expect((await appraisalRealisation(ctx, "w", "a")).savings.actualToDate).toBe(0);
    await appraisalActualsRecord(ctx, "w", "a", [
      { option: "share", line: "finance", year: 1, amount: 80 },
    ]);
    // 2022-06-01 is in year 2: rate 80/100, forecast 80 for years 2 and 3.
    const r = await appraisalRealisation(ctx, "w", "a", "2022-06-01");
    expect([r.currentYear, r.version, r.savings.rate]).toEqual([2, 1, 0.8]);
    expect(r.lines[0]!.forecast).toEqual([0, 80, 80, 80]);
    expect(r.followUp).toEqual([]);
    const later = await appraisalRealisation(ctx, "w", "a", "2023-06-01");
    expect(later.followUp).toEqual([{ line: "finance", name: "finance", years: [2] }]);
  });

  it("keeps a linked partnership, and deletes an appraisal with its versions and actuals", async () => {
    const refused = await errorOf(entityDelete(ctx, "w", "partnerships", "p-shared"));
    expect(refused?.code).toBe("conflict");
    await appraisalRemove(ctx, "w", "a");
    for (const table of ["appraisal_versions", "appraisal_actuals"] as const) {
      const rows = await s.db.selectFrom(table).select("appraisal_id").execute();
      expect(
        rows.filter((r) => r.appraisal_id === "a"),
        table,
      ).toEqual([]);
    }
    await entityDelete(ctx, "w", "partnerships", "p-shared");
  });

  it("keeps appraisals through a replacing import, without the partnership link", async () => {
    await exchangeImport(ctx, "demo", await demoDocument(), { replace: true });
    const first = (await appraisalsList(ctx, "demo"))[0]!;
    expect([first.id, first.partnership]).toEqual(["association-back-office", null]);
  });
});

describe.each(STORE_FACTORIES)("supply chains on $name", (factory) => {
  let s: store.Store;
  let ctx: ServiceContext;
  let model: Record<string, unknown>;
  const errorOf = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: DomainError) => e,
    );

  beforeAll(async () => {
    s = await factory.open();
    ctx = contextOf(s, () => new Date("2026-01-02T03:04:05Z"));
    await demoLoad(ctx);
    model = JSON.parse(await readFile("examples/pbr/work-programme.json", "utf8"));
  });
  afterAll(async () => {
    await s.close();
  });

  it("loads the demo chain with its links and reads the model back unchanged", async () => {
    const chain = await supplyChainDetail(ctx, "demo", "work-programme-area-x");
    expect([chain.partnership, chain.contract]).toEqual(["demo-p-wp-p1", "demo-c-wp-p1"]);
    expect(chain.document.providers.map((p) => p.performance)).toEqual([1, 1.05, 1.1, 1, 1, 0.9]);
    expect(chain.document.allocation).toEqual(model.allocation);
  });

  it("saves, refuses a dangling contract, and keeps the revision moving on every write", async () => {
    const rev = async () =>
      store.workspaceRevision(s.db, (await store.workspaceBySlug(s.db, "demo"))!.id);
    const before = await rev();
    await supplyChainCreate(ctx, "demo", { id: "c2", name: "Second", document: model });
    await supplyChainUpdate(ctx, "demo", "c2", { name: "Second, renamed", document: model });
    expect(await rev()).toBe(before + 2);
    const missing = await errorOf(
      supplyChainUpdate(ctx, "demo", "c2", { name: "x", contract: "nope", document: model }),
    );
    expect(missing?.code).toBe("conflict");
    expect((await supplyChainsList(ctx, "demo")).find((c) => c.id === "c2")?.name).toBe(
      "Second, renamed",
    );
  });

  it("stores survey answers without names and deletes them with the chain", async () => {
    for (const v of [2, 3, 4])
      await merlinResponseAdd(ctx, "demo", "c2", {
        relation: "potential",
        answers: { "design-1": v },
      });
    const r = await merlinResults(ctx, "demo", "c2");
    expect(r.byRelation.find((g) => g.relation === "potential")?.principles?.[0]?.percent).toBe(50);
    const columns = Object.keys(
      await s.db.selectFrom("merlin_responses").selectAll().executeTakeFirstOrThrow(),
    );
    // No names: the organisation an answer speaks for and the link it came through, nothing more.
    expect(columns.sort()).toEqual([
      "answers",
      "created_at",
      "id",
      "link_id",
      "organisation_id",
      "respondent_relation",
      "supply_chain_id",
      "workspace_id",
    ]);
    await supplyChainRemove(ctx, "demo", "c2");
    expect(await s.db.selectFrom("merlin_responses").selectAll().execute()).toEqual([]);
  });

  it("refuses to delete a linked partnership, and keeps chains through a replacing import without links", async () => {
    expect((await errorOf(entityDelete(ctx, "demo", "partnerships", "demo-p-wp-p1")))?.code).toBe(
      "conflict",
    );
    await exchangeImport(ctx, "demo", await demoDocument(), { replace: true });
    const chain = await supplyChainDetail(ctx, "demo", "work-programme-area-x");
    expect([chain.partnership, chain.contract]).toEqual([null, null]);
    await demoLoad(ctx);
    expect((await supplyChainDetail(ctx, "demo", "work-programme-area-x")).partnership).toBe(
      "demo-p-wp-p1",
    );
  });
});

describe.each(STORE_FACTORIES)("standard imports, batches and merges on $name", (factory) => {
  let s: store.Store;
  let ctx: ServiceContext;
  let interop: typeof import("./interop-services.ts");
  const PFP = new URL(
    "../fixtures/ocds/contracts-finder-2025/ocds-b5fd17-8c7529f3-ad28-4b4d-b917-c5d1578e412f.json",
    import.meta.url,
  ).pathname;
  const SARI = PFP.replace(
    "8c7529f3-ad28-4b4d-b917-c5d1578e412f",
    "a5cf5f05-e5a4-4149-9016-3369bbc6d4e2",
  );
  beforeAll(async () => {
    interop = await import("./interop-services.ts");
    s = await factory.open();
    let tick = 0;
    ctx = contextOf(s, () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)));
    await demoLoad(ctx);
  });
  afterAll(() => s.close());

  it("imports with provenance, re-imports nothing, merges and undoes both exactly", async () => {
    const before = await exchangeExportJson(ctx, "demo");
    const first = await interop.standardImport(ctx, "demo", "ocds", PFP);
    expect(first.created.organisations.length).toBeGreaterThan(20);
    const ws = (await store.workspaceBySlug(s.db, "demo"))!;
    const [contract] = first.created.contracts;
    const prov = await store.provenanceOf(s.db, ws.id, "contracts", contract!);
    expect(prov[0]).toMatchObject({
      batchId: first.batch,
      sourceFile: expect.stringMatching(/8c7529f3/),
    });
    expect(prov[0]!.data.ocid).toBe("ocds-b5fd17-8c7529f3-ad28-4b4d-b917-c5d1578e412f");
    expect((await interop.standardImport(ctx, "demo", "ocds", PFP)).batch).toBeNull();
    const afterImport = await exchangeExportJson(ctx, "demo");
    const { merge } = await interop.organisationMerge(
      ctx,
      "demo",
      "GB-CFS-312109",
      "GB-CFS-312098",
    );
    expect(await exchangeExportJson(ctx, "demo")).not.toBe(afterImport);
    await interop.mergeUndo(ctx, "demo", merge);
    expect(await exchangeExportJson(ctx, "demo")).toBe(afterImport);
    await interop.importBatchUndo(ctx, "demo", first.batch!);
    expect(await exchangeExportJson(ctx, "demo")).toBe(before);
    expect(await store.provenanceOf(s.db, ws.id, "contracts", contract!)).toEqual([]);
  });

  it("refuses to undo a batch that a later batch changed, naming it", async () => {
    const a = await interop.standardImport(ctx, "two", "ocds", SARI);
    const sheet = interop.tempFileWith(
      `rename-${factory.name}.csv`,
      "id,name,sector,kind\nGB-CFS-312127,SARI (renamed),third,charity\n",
    );
    const b = await interop.standardImport(ctx, "two", "csv", sheet);
    expect(b.changed.organisations).toEqual(["GB-CFS-312127"]);
    const refused = await interop.importBatchUndo(ctx, "two", a.batch!).catch((e) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.message).toContain(b.batch);
    await interop.importBatchUndo(ctx, "two", b.batch!);
    await interop.importBatchUndo(ctx, "two", a.batch!);
    expect(JSON.parse(await exchangeExportJson(ctx, "two")).organisations).toEqual([]);
  });

  it("reports a grant id used twice, imports only the first, and re-imports nothing", async () => {
    // 2,500 grants: two chunks. The second repeats the first chunk's sixth grant's id.
    const file = interop.tempFileWith(`twice-${factory.name}.json`, "");
    await writeGivingPackage(file, 2_500);
    const doc = JSON.parse(await readFile(file, "utf8"));
    const id = doc.grants[5].id;
    doc.grants[2_400].id = id;
    doc.grants[2_400].title = "The later copy";
    await writeFile(file, JSON.stringify(doc));
    const refused = await interop.standardImport(ctx, "twice", "360giving", file).catch((e) => e);
    expect(refused).toBeInstanceOf(DomainError);
    const report = await interop.standardImport(ctx, "twice", "360giving", file, { dryRun: true });
    expect(report.report.errors).toEqual([
      {
        rule: "unique:id",
        message: "id must be unique in the file: only the first grant with an id is imported",
        count: 1,
        examples: [`grants[2400] (${id}).id (first at grants[5])`],
      },
    ]);
    expect(await store.workspaceBySlug(s.db, "twice")).toBeNull();

    const all = { onInvalid: "import-all" as const };
    const result = await interop.standardImport(ctx, "twice", "360giving", file, all);
    const ws = (await store.workspaceBySlug(s.db, "twice"))!;
    expect((await store.contractGet(s.db, ws.id, id))?.title).toBe(doc.grants[5].title);
    expect(result.totals.created.contracts).toBe(2_499);
    const page = await store.contractsList(s.db, ws.id, { limit: 1, offset: 0, filters: {} });
    expect(page.total).toBe(2_499);
    expect((await interop.standardImport(ctx, "twice", "360giving", file, all)).batch).toBeNull();
  });

  it("writes nothing when a late chunk fails while an earlier one is still being written", async () => {
    // 5,000 grants map to three chunks; the third fails as it starts writing its contracts.
    const file = interop.tempFileWith(`late-failure-${factory.name}.json`, "");
    await writeGivingPackage(file, 5_000);
    const tables = [
      "workspaces",
      "contracts",
      "import_batches",
      "import_batch_items",
      "provenance",
    ] as const;
    const counts = () =>
      Promise.all(
        tables.map(async (t) =>
          Number(
            (
              await s.db
                .selectFrom(t)
                .select((eb) => eb.fn.countAll<number>().as("n"))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await counts();
    let contractWrites = 0;
    const failing = interop.standardImport(ctx, "late", "360giving", file, {
      onWrite: async (collection) => {
        if (collection === "contracts" && ++contractWrites === 3)
          throw new Error("disk full (simulated)");
      },
    });
    await expect(failing).rejects.toThrow("disk full (simulated)");
    expect(contractWrites).toBe(3);
    expect(await store.workspaceBySlug(s.db, "late")).toBeNull();
    expect(await counts()).toEqual(before);
  });
});
