import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
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
import * as store from "../../src/store/index.ts";
import {
  buildContract,
  buildEvent,
  buildEvidence,
  buildOrganisation,
  buildPartnership,
} from "../factories/entities.ts";
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
    const found = await store.organisationsList(s.db, ws.id, page({}, { q: "%" }));
    expect(found.total).toBe(0);
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
    expect(await store.evidenceGet(s.db, ws.id, "ev-1")).toEqual(ev);
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
