import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LandscapeInput,
  landscapeIndexOf,
  landscapeIndexOfSources,
  networkOf,
  OrganisationColumnsBuilder,
  organisationAt,
  portfolioOf,
  sectorStatsOf,
} from "../../src/engine/landscape/index.ts";
import { contextOf, type ServiceContext } from "../../src/services/context.ts";
import { demoLoad } from "../../src/services/demo.ts";
import { landscapeNetwork, landscapePortfolio, sectorStats } from "../../src/services/landscape.ts";
import { workspaceRequire } from "../../src/services/workspaces.ts";
import {
  eventsAll,
  eventsForLandscape,
  organisationsAll,
  organisationsForLandscape,
  partnershipsAll,
  type Store,
} from "../../src/store/index.ts";
import { STORE_FACTORIES } from "./dialects.ts";

// The landscape index is built from organisations streamed into columns (keyset pages, only the
// fields it reads) and events read in pages, not from every row as an object (issue 18). These
// hold that path to the object path on the demo workspace, on both dialects: the same rows, the
// same index, and the same service answers as the straightforward engine functions.

const pick = (o: LandscapeInput["organisations"][number]) => ({
  id: o.id,
  name: o.name,
  sector: o.sector,
  nation: o.nation,
  kind: o.kind,
});

const DATES = ["2002-04-01", "2005-01-01", "2009-06-30", "2011-06-30", "2014-04-01", "2030-01-01"];

for (const factory of STORE_FACTORIES) {
  describe(`landscape columns on '${factory.name}'`, () => {
    let store: Store;
    let ctx: ServiceContext;
    let workspaceId: number;
    let input: LandscapeInput;
    beforeAll(async () => {
      store = await factory.open();
      ctx = contextOf(store);
      await demoLoad(ctx);
      workspaceId = (await workspaceRequire(ctx, "demo")).id;
      const db = store.db;
      const [organisations, partnerships, events] = await Promise.all([
        organisationsAll(db, workspaceId),
        partnershipsAll(db, workspaceId),
        eventsAll(db, workspaceId),
      ]);
      input = { organisations, partnerships, events };
    }, 120_000);
    afterAll(async () => store.close());

    it("streams every organisation once, in the object path's order, across small pages", async () => {
      const rows: { id: string; facts: unknown }[] = [];
      const read = await organisationsForLandscape(store.db, workspaceId, (r) => rows.push(r), 3);
      expect(input.organisations.length).toBeGreaterThan(6);
      expect(read).toBe(input.organisations.length);
      expect(rows.map((r) => r.id)).toEqual(input.organisations.map((o) => o.id));
      expect(rows.map((r) => r.facts)).toEqual(input.organisations.map((o) => o.facts));
    });

    it("reads the events in pages equal to eventsAll, organisations in position order", async () => {
      expect(input.events.length).toBeGreaterThan(4);
      for (const page of [1, 4, 10_000])
        expect(await eventsForLandscape(store.db, workspaceId, page)).toEqual(input.events);
    });

    it("builds the same date index from the columns as from the objects", async () => {
      const columns = new OrganisationColumnsBuilder();
      await organisationsForLandscape(store.db, workspaceId, (r) => columns.add(r), 5);
      const fromColumns = landscapeIndexOfSources({
        organisations: columns.build(),
        partnerships: input.partnerships,
        events: await eventsForLandscape(store.db, workspaceId, 7),
      });
      const fromObjects = landscapeIndexOf(input);
      for (const key of [
        "existsFrom",
        "dissolvedOn",
        "factStart",
        "factYear",
        "factYears",
      ] as const)
        expect(fromColumns[key], key).toEqual(fromObjects[key]);
      expect(fromColumns.factValue).toEqual(fromObjects.factValue);
      expect(fromColumns.memberOrganisation).toEqual(fromObjects.memberOrganisation);
      expect(fromColumns.organisations).toEqual(fromObjects.organisations);
      // A portfolio's organisation rebuilt from the columns keeps what the analytics read.
      input.organisations.forEach((o, i) => {
        const { id, name, sector, nation, kind, facts } = organisationAt(
          fromColumns.organisations,
          i,
        );
        expect({ id, name, sector, nation, kind, facts }).toEqual({
          ...pick(o),
          facts: [...o.facts].sort((a, b) => a.year - b.year),
        });
      });
    });

    it("answers sector statistics, networks and portfolios as the engine does on the objects", async () => {
      for (const asOf of DATES) {
        for (const level of ["entity", "group"] as const)
          for (const filter of [{}, { nation: "england" as const }]) {
            const options = { asOf, metric: "homes" as const, level, top: 3, filter };
            expect(await sectorStats(ctx, "demo", options)).toEqual(sectorStatsOf(input, options));
          }
        expect(await landscapeNetwork(ctx, "demo", asOf, {})).toEqual(networkOf(input, asOf, {}));
        for (const o of input.organisations)
          expect(await landscapePortfolio(ctx, "demo", o.id, asOf)).toEqual(
            portfolioOf(input, o.id, asOf),
          );
      }
    });
  });
}
