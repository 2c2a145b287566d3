import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exchangeOfOcds } from "./ocds-map.ts";
import { compiledReleaseOf } from "./ocds-merge.ts";
import { mergeRulesOf } from "./ocds-merge-rules.ts";
import { orgIdRegisterOf } from "./org-id.ts";

const schemaDir = new URL("../../../schemas/", import.meta.url);
const register = orgIdRegisterOf(readFileSync(new URL("orgid/lists-index.tsv", schemaDir), "utf8"));
const rules = mergeRulesOf(
  JSON.parse(readFileSync(new URL("ocds/1.1.5/release-schema.json", schemaDir), "utf8")),
);

const party = (id: string, name: string, roles: string[]) => ({ id, name, roles });
const release = (id: string, date: string, suppliers: string[]) => ({
  ocid: "ocds-test00-1",
  id,
  date,
  tag: ["awardUpdate"],
  buyer: { id: "GB-LAE-LEI", name: "Leicester City Council" },
  parties: [
    party("GB-LAE-LEI", "Leicester City Council", ["buyer"]),
    ...["A", "B", "C"].map((s) =>
      party(`GB-COH-0000000${s.charCodeAt(0) - 64}`, `Care ${s} Ltd`, ["supplier"]),
    ),
  ],
  awards: [
    {
      id: "1",
      title: "Short breaks",
      status: "active",
      description: "Payment by results for sustained outcomes",
      suppliers: suppliers.map((s) => ({ id: `GB-COH-0000000${s.charCodeAt(0) - 64}` })),
    },
  ],
});

describe("exchangeOfOcds", () => {
  const releases = [
    release("r1", "2021-01-10T00:00:00Z", ["A", "B"]),
    release("r2", "2022-03-05T00:00:00Z", ["B", "C"]),
  ];
  const process = {
    ocid: "ocds-test00-1",
    releases,
    compiled: compiledReleaseOf(releases, rules),
    sourceFile: "x.json",
    publisher: "Test",
  };
  const { document, provenance } = exchangeOfOcds([process], register, "Test");

  it("turns suppliers added and removed between releases into joined and left memberships", () => {
    const panel = document.partnerships[0]!;
    expect(panel.form).toBe("multi_provider_award");
    const byOrg = Object.fromEntries(
      panel.members.map((m) => [m.organisation, [m.joined, m.left]]),
    );
    expect(byOrg).toEqual({
      "GB-COH-00000001": ["2021-01-10", "2022-03-05"],
      "GB-COH-00000002": ["2021-01-10", null],
      "GB-COH-00000003": ["2022-03-05", null],
    });
    expect(document.events.map((e) => [e.type, e.organisations[0], e.date])).toEqual([
      ["joined", "GB-COH-00000003", "2022-03-05"],
      ["left", "GB-COH-00000001", "2022-03-05"],
    ]);
    expect(provenance.events[document.events[0]!.id]![0]!.releaseIds).toEqual(["r2"]);
  });

  it("reads a local authority from its register id and payment by results from the notice", () => {
    expect(document.organisations.find((o) => o.id === "GB-LAE-LEI")).toMatchObject({
      sector: "public",
      kind: "local_authority",
    });
    expect(document.contracts[0]).toMatchObject({
      paymentMechanism: "outcome_based",
      commissioner: "GB-LAE-LEI",
      partnership: "ocds-test00-1-1-panel",
    });
  });
});
