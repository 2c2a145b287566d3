import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildEvent,
  buildOrganisation,
  buildPartnership,
} from "../../../test/factories/entities.ts";
import {
  contextOf,
  exchangeImport,
  type ServiceContext,
  tokenIssue,
} from "../../services/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { buildApp } from "../app.ts";

let store: Store;
let ctx: ServiceContext;
let app: FastifyInstance;
let headers: { authorization: string };
const base = "/api/v1/workspaces/small";
const member = (organisation: string, shareOfTurnover: number | null = null) => ({
  organisation,
  role: "member" as const,
  joined: "2005-01-01",
  left: null,
  shareOfValue: null,
  shareOfTurnover,
  shareOfStaff: null,
});

// Three organisations of 50, 30 and 20 homes: shares 0.5/0.3/0.2, so HHI = 2500 + 900 + 400 = 3800
// and CR_2 = 0.8. Two of them share a consortium in which 'a' earns 40% of its turnover.
beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store, () => new Date("2026-11-29T00:00:00Z"));
  await exchangeImport(ctx, "small", {
    format: "partnerscope/v1",
    workspace: { name: "Small" },
    organisations: [
      buildOrganisation({
        id: "a",
        facts: [{ year: 2005, homes: 50, turnover: null, staff: null }],
      }),
      buildOrganisation({
        id: "b",
        facts: [{ year: 2005, homes: 30, turnover: null, staff: null }],
      }),
      buildOrganisation({
        id: "c",
        facts: [{ year: 2005, homes: 20, turnover: null, staff: null }],
      }),
    ],
    partnerships: [
      buildPartnership({
        id: "p",
        start: "2005-01-01",
        end: "2010-01-01",
        members: [member("a", 0.4), member("b")],
      }),
    ],
  });
  app = await buildApp({ ctx });
  headers = { authorization: `Bearer ${await tokenIssue(ctx, "api")}` };
});
afterAll(async () => {
  await app.close();
  await store.close();
});

describe("sector analytics over HTTP", () => {
  it("gives CR_k and HHI at entity level", async () => {
    const res = await app.inject({
      url: `${base}/sector/stats?asOf=2006-06-30&metric=homes&top=2`,
      headers,
    });
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(stats).toMatchObject({ organisations: 3, total: 100, crTop: { k: 2, share: 0.8 } });
    expect(stats.hhi).toBeCloseTo(3800, 9);
  });

  it("recomputes after a write (the cache follows the workspace revision)", async () => {
    await app.inject({
      method: "POST",
      url: `${base}/organisations`,
      headers,
      payload: buildOrganisation({
        id: "d",
        facts: [{ year: 2005, homes: 100, turnover: null, staff: null }],
      }),
    });
    const res = await app.inject({
      url: `${base}/sector/stats?asOf=2006-06-30&metric=homes&top=2`,
      headers,
    });
    // Now 100/50/30/20 of 200: shares 0.5, 0.25, 0.15, 0.1 → HHI 2500 + 625 + 225 + 100 = 3450.
    expect(res.json().hhi).toBeCloseTo(3450, 9);
    expect(res.json().crTop.share).toBeCloseTo(0.75, 12);
  });

  it("gives an organisation's portfolio and the network on a date, and nothing after the end", async () => {
    const during = await app.inject({
      url: `${base}/landscape/portfolio/a?asOf=2006-01-01`,
      headers,
    });
    expect(during.json().partnerships.map((p: { id: string }) => p.id)).toEqual(["p"]);
    expect(during.json().dependency.largestShareOfTurnover).toEqual({
      partnership: "p",
      share: 0.4,
    });
    const net = await app.inject({ url: `${base}/landscape/network?asOf=2006-01-01`, headers });
    expect(net.json().edges).toHaveLength(1);
    const after = await app.inject({ url: `${base}/landscape/network?asOf=2010-01-01`, headers });
    expect(after.json().edges).toHaveLength(0);
    const csv = await app.inject({
      url: `${base}/landscape/network.csv?asOf=2006-01-01&part=edges`,
      headers,
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.trim().split("\n")).toHaveLength(2);
  });

  it("lists only linked organisations with isolated=false: a and b share p, c has no link", async () => {
    const keysOf = async (query: string) =>
      (await app.inject({ url: `${base}/landscape/network?asOf=2006-01-01${query}`, headers }))
        .json()
        .nodes.map((n: { key: string }) => n.key)
        .sort();
    // An earlier test adds 'd', also unlinked: the default lists it, linked-only does not.
    expect(await keysOf("")).toEqual(expect.arrayContaining(["a", "b", "c"]));
    expect(await keysOf("&isolated=false")).toEqual(["a", "b"]);
    const bad = await app.inject({ url: `${base}/landscape/network?isolated=no`, headers });
    expect(bad.statusCode).toBe(400);
  });

  it("answers 400 naming a bad date, an unknown metric or a period that runs backwards", async () => {
    const badDate = await app.inject({ url: `${base}/sector/stats?asOf=2010-13-01`, headers });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.problems[0].path).toBe("querystring.asOf");
    const badMetric = await app.inject({ url: `${base}/sector/stats?metric=beds`, headers });
    expect(badMetric.json().error.problems[0].path).toBe("querystring.metric");
    const backwards = await app.inject({
      url: `${base}/sector/changes?from=2010-01-01&to=2005-01-01`,
      headers,
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.message).toContain("must not be after");
  });

  it("filters stats, changes and waves by nation and kind, and says which set in the assumptions", async () => {
    const post = (resource: string, payload: object) =>
      app.inject({ method: "POST", url: `${base}/${resource}`, headers, payload });
    const w = { id: "w", nation: "wales" as const };
    await post("organisations", buildOrganisation({ ...w, facts: [fact(2005, 60)] }));
    // 'n': an English charity without figures, first seen in a 2007 merger with 'w'.
    await post("organisations", buildOrganisation({ id: "n", kind: "charity", facts: [] }));
    await post(
      "events",
      buildEvent({ id: "e", date: "2007-03-01", type: "merged", organisations: ["w", "n"] }),
    );
    const get = async (path: string) =>
      (await app.inject({ url: `${base}/${path}`, headers })).json();
    const ha = await get(
      "sector/stats?asOf=2006-06-30&top=2&nation=england&kind=housing_association",
    );
    // a, b, c, d as before (100/50/30/20): HHI 3,450; 'w' is Welsh.
    expect(ha).toMatchObject({ organisations: 4, total: 200, filter: { nation: "england" } });
    expect(ha.hhi).toBeCloseTo(3450, 9);
    expect(ha.assumptions[0]).toBe(
      "Covers housing associations in England (nation = england, kind = housing_association).",
    );
    const wales = await get("sector/stats?asOf=2006-06-30&nation=wales");
    expect(wales).toMatchObject({ organisations: 1, total: 60, hhi: 10_000 });
    // In 2008 'n' exists (from its merger) but has no figures: counted, not weighed.
    const england = await get("sector/stats?asOf=2008-01-01&nation=england");
    expect(england).toMatchObject({ organisations: 5, weighed: 4, unknown: 1, total: 200 });
    const changes = await get("sector/changes?from=2006-01-01&to=2008-12-31&nation=wales");
    expect(changes).toMatchObject({ organisations: 1, changed: 1, share: 1 });
    expect((await get("sector/waves?kind=charity")).years).toEqual([
      { year: 2007, counts: { merged: 1 }, total: 1 },
    ]);
    expect(await get("sector/waves?nation=england&kind=housing_association")).toMatchObject({
      empty: true,
    });
    const bad = await app.inject({ url: `${base}/sector/waves?nation=atlantis`, headers });
    expect([bad.statusCode, bad.json().error.problems[0].path]).toEqual([
      400,
      "querystring.nation",
    ]);
  });
});

const fact = (year: number, homes: number) => ({ year, homes, turnover: null, staff: null });
