import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioOf } from "../engine/landscape/index.ts";
import { openStore, type Store } from "../store/index.ts";
import { contextOf, type ServiceContext } from "./context.ts";
import { demoLoad } from "./demo.ts";
import { exchangeExport } from "./exchange.ts";
import { landscapePortfolio } from "./landscape.ts";

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
