import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioOf } from "../engine/landscape/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { contextOf, type ServiceContext } from "./context.ts";
import { demoLoad } from "./demo.ts";
import { exchangeExport } from "./exchange.ts";
import { landscapeNetwork, landscapePortfolio, sectorStats } from "./landscape.ts";

let store: Store;
let ctx: ServiceContext;
beforeAll(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store);
  await demoLoad(ctx);
});
afterAll(() => store.close());

describe("the portfolio service", () => {
  it("gives the engine's answer on the whole workspace while reading only what bears on the organisation", async () => {
    const doc = await exchangeExport(ctx, "demo");
    let compared = 0;
    for (const asOf of ["2005-01-01", "2009-06-01", "2011-06-01", "2014-04-01"])
      for (const o of doc.organisations) {
        const expected = portfolioOf(doc, o.id, asOf);
        expect(await landscapePortfolio(ctx, "demo", o.id, asOf)).toEqual(expected);
        compared += expected.partnerships.length;
      }
    expect(compared).toBeGreaterThan(50);
  });
});

describe("organisations without yearly figures in the demo", () => {
  const nodesOn = async (asOf: string) =>
    (await landscapeNetwork(ctx, "demo", asOf, {})).nodes.map((n) => n.key);

  it("shows Organisation A on the network from when it joins the Association (2009-04-01)", async () => {
    expect(await nodesOn("2009-03-31")).not.toContain("demo-org-a");
    const nodes = (await landscapeNetwork(ctx, "demo", "2009-12-31", {})).nodes;
    expect(nodes.find((n) => n.key === "demo-org-a")).toMatchObject({ size: null });
    expect(nodes.map((n) => n.key)).toContain("demo-org-b");
  });

  it("shows public bodies: members from their first membership, commissioners from their first commission", async () => {
    const net = await landscapeNetwork(ctx, "demo", "2009-12-31", {});
    const publicBodies = net.nodes.filter((n) => n.sector === "public").map((n) => n.key);
    // DSD commissions from 2008, DWP from 2009-10-01, HSCB and NIHE from 2003, LA1 from 2000;
    // the West London ALMO and mental health trust join in 2009-05, the council and PCT are
    // members with no dates (always). The Housing Corporation was abolished in 2008.
    expect(publicBodies.sort()).toEqual([
      "demo-dsd",
      "demo-dwp",
      "demo-hscb",
      "demo-la1",
      "demo-nihe",
      "demo-wl-almo",
      "demo-wl-council",
      "demo-wl-mht",
      "demo-wl-pct",
    ]);
    expect(await nodesOn("2009-09-30")).not.toContain("demo-dwp");
  });

  it("counts them in the sector and says how many it could not weigh", async () => {
    const all = await sectorStats(ctx, "demo", { asOf: "2009-12-31", metric: "homes" });
    // 61 organisations exist on 2009-12-31; 36 have homes recorded, 25 cannot be weighed: 16 of
    // the 17 without figures (the Housing Corporation was dissolved on 2008-12-01) and 9 with
    // turnover or staff but no homes.
    expect(all).toMatchObject({ organisations: 61, weighed: 36, unknown: 25 });
    expect(all.assumptions).toContain(
      "25 of 61 organisations have no homes recorded by 2009-12-31 and could not be weighed: total, mean, median, CR_20 and HHI weigh the other 36.",
    );
    const england = await sectorStats(ctx, "demo", {
      asOf: "2009-12-31",
      metric: "homes",
      filter: { nation: "england", kind: "housing_association" },
    });
    // HA1 11,550 + HA11 9,930 + HA2 3,850 + HA3 2,660 + HA4 6,380 + HA5 810 + HA6 3,190 + HA7 620
    // + HA8 420 = 39,410 homes (HA9 and HA10 were dissolved in 2005).
    expect(england).toMatchObject({ organisations: 9, weighed: 9, unknown: 0, total: 39_410 });
  });
});
