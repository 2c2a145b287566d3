import { describe, expect, it } from "vitest";
import type { StandardImportResult } from "../../services/interop/standard-import.ts";
import { importSummaryOf } from "./import-standard.ts";

/** A result whose id lists are samples (as over 100,000 per collection) smaller than its totals. */
function resultWith(created: string[], totalCreated: number): StandardImportResult {
  const none = { organisations: [], partnerships: [], events: [], contracts: [], evidence: [] };
  const zeros = { organisations: 0, partnerships: 0, events: 0, contracts: 0, evidence: 0 };
  return {
    workspace: "w",
    kind: "360giving",
    sourceFile: "grants.json",
    dryRun: false,
    batch: "20261206T000000000Z-abcdef",
    report: {
      valid: true,
      records: 250_020,
      errors: [],
      valueWarnings: [],
      warnings: [],
    } as unknown as StandardImportResult["report"],
    counts: {},
    created: { ...none, organisations: created },
    changed: none,
    totals: { created: { ...zeros, organisations: totalCreated, contracts: 3 }, changed: zeros },
    unchanged: 7,
    merged: [],
  };
}

describe("importSummaryOf (issue 18: the CLI summary prints true totals)", () => {
  it("prints the totals, not the length of the capped id sample", () => {
    const text = importSummaryOf(resultWith(["a", "b"], 250_020));
    expect(text).toContain("Did create: 250020 organisations, 3 contracts\n");
    expect(text).toContain("Did change: nothing; unchanged: 7\n");
  });
});
