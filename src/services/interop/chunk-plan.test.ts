import { describe, expect, it } from "vitest";
import { buildContract, buildOrganisation } from "../../../test/factories/entities.ts";
import type { ExchangeDocument } from "../../shared/index.ts";
import { chunkPlanOf, createImportTally } from "./chunk-plan.ts";
import { createOrganisationLedger } from "./organisation-ledger.ts";
import { createSeenIds } from "./seen-ids.ts";

const chunk = (title: string): ExchangeDocument => ({
  format: "partnerscope/v1",
  workspace: { name: "Plans" },
  organisations: [buildOrganisation({ id: "GB-CHC-1", name: "Funder" })],
  partnerships: [],
  events: [],
  contracts: [buildContract({ id: "c-1", title, commissioner: "GB-CHC-1" })],
  evidence: [],
});

describe("planning the chunks of an import into a new workspace", () => {
  it("inserts plainly only what no earlier chunk wrote", async () => {
    const ledger = createOrganisationLedger(async () => []);
    const tally = createImportTally();
    const written = createSeenIds();
    const target = { db: null as never, workspaceId: null };
    try {
      const first = await chunkPlanOf(target, ledger, tally, written, chunk("First"));
      const [org] = first.document.organisations;
      const [contract] = first.document.contracts;
      expect(first.firstWrites.has(org!)).toBe(true);
      expect(first.firstWrites.has(contract!)).toBe(true);
      expect(first.items.every((i) => first.firstWrites.has(i))).toBe(true);

      // The same contract again, changed, and the organisation with a new name: both now have a
      // row, so they are upserted (and their items keep their first 'before').
      const next = chunk("Second");
      next.organisations[0] = buildOrganisation({
        id: "GB-CHC-1",
        name: "Funder",
        otherNames: ["F"],
      });
      const second = await chunkPlanOf(target, ledger, tally, written, next);
      expect(second.document.contracts.map((c) => c.title)).toEqual(["Second"]);
      expect(second.document.organisations).toHaveLength(1);
      expect(second.firstWrites.size).toBe(0);
    } finally {
      ledger.close();
    }
  });
});
