import { describe, expect, it } from "vitest";
import { buildOrganisation } from "../../../test/factories/entities.ts";
import { createExchangeBuilder } from "./exchange-builder.ts";

const source = (grantId: string) => ({ sourceFile: "g.json", publisher: null, grantId });

describe("the exchange builder's provenance", () => {
  const funder = buildOrganisation({ id: "GB-CHC-1", name: "Funder" });
  const named = (options?: Parameters<typeof createExchangeBuilder>[1]) => {
    const builder = createExchangeBuilder("w", options);
    for (const id of ["g-1", "g-2", "g-1", "g-3"]) builder.organisation(funder, source(id));
    return builder.result().provenance.organisations["GB-CHC-1"]!.map((p) => p.grantId);
  };

  it("keeps every distinct source of an organisation, once each, by default", () => {
    expect(named()).toEqual(["g-1", "g-2", "g-3"]);
  });

  it("keeps only the first when asked to (what a streamed import stores)", () => {
    expect(named({ organisationSources: "first" })).toEqual(["g-1"]);
  });
});
