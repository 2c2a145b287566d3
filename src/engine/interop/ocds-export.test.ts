import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ExchangeDocument } from "../../shared/index.ts";
import { exchangeSchema } from "../../shared/index.ts";
import { ocdsReleasePackageOf } from "./ocds-export.ts";
import { SUPPORTED_OCDS_EXTENSIONS } from "./ocds-extensions.ts";
import { createOcdsImport } from "./ocds-import.ts";
import type { OcdsSchemaSet } from "./ocds-validator.ts";
import { orgIdRegisterOf } from "./org-id.ts";

const schemaDir = new URL("../../../schemas/", import.meta.url);
const json = (p: string) => JSON.parse(readFileSync(new URL(p, schemaDir), "utf8"));
const schemas: OcdsSchemaSet = {
  release: json("ocds/1.1.5/release-schema.json"),
  releasePackage: json("ocds/1.1.5/release-package-schema.json"),
  recordPackage: json("ocds/1.1.5/record-package-schema.json"),
  versionedRelease: json("ocds/1.1.5/versioned-release-validation-schema.json"),
  extensions: Object.fromEntries(
    SUPPORTED_OCDS_EXTENSIONS.map((e) => [e, json(`ocds/extensions/${e}/release-schema.json`)]),
  ),
};
const register = orgIdRegisterOf(readFileSync(new URL("orgid/lists-index.tsv", schemaDir), "utf8"));

const org = (id: string, name: string, sector: "public" | "private" | "third", kind: string) => ({
  id,
  name,
  sector,
  kind,
  identifiers: [{ scheme: id.slice(0, 6), id: id.slice(7) }],
  fields: sector === "third" ? ["scale:sme"] : [],
});
const member = (organisation: string, role: string) => ({
  organisation,
  role,
  joined: "2021-04-01",
});
const doc: ExchangeDocument = exchangeSchema.parse({
  format: "partnerscope/v1",
  workspace: { name: "Work Programme" },
  organisations: [
    org("GB-GOR-D1", "Department for Work and Pensions", "public", "central_government"),
    org("GB-COH-01234567", "Prime Ltd", "private", "private_company"),
    org("GB-CHC-1000001", "Small Charity", "third", "charity"),
    org("GB-CHC-1000002", "Second Charity", "third", "charity"),
  ],
  partnerships: [
    {
      id: "wp-chain",
      name: "Work Programme supply chain",
      form: "prime_contractor_supply_chain",
      direction: "vertical",
      origin: "voluntary",
      stage: 3,
      commissioner: "GB-GOR-D1",
      members: [member("GB-COH-01234567", "prime"), member("GB-CHC-1000001", "tier1")],
    },
    {
      id: "bid-1",
      name: "Charities' joint bid",
      form: "joint_bidding_consortium",
      direction: "horizontal",
      origin: "voluntary",
      stage: 2,
      members: [member("GB-CHC-1000001", "lead"), member("GB-CHC-1000002", "member")],
    },
  ],
  contracts: [
    {
      id: "wp-cpa1",
      title: "Work Programme CPA 1",
      commissioner: "GB-GOR-D1",
      providers: [{ organisation: "GB-COH-01234567", role: "prime" }],
      paymentMechanism: "outcome_based",
      value: 1000000,
      start: "2011-06-01",
      end: "2016-03-31",
      partnership: "wp-chain",
    },
    {
      id: "advice",
      title: "Advice service",
      commissioner: "GB-GOR-D1",
      providers: [{ organisation: "GB-CHC-1000001", role: "lead" }],
      paymentMechanism: "fee",
      value: 5000,
      partnership: "bid-1",
    },
  ],
});
const options = {
  publisherName: "partnerscope test",
  ocidPrefix: "ocds-test00",
  publishedDate: "2025-01-01T00:00:00Z",
  uri: "https://example.org/package.json",
};

describe("ocdsReleasePackageOf", () => {
  const pkg = ocdsReleasePackageOf(doc, options);

  it("validates against OCDS 1.1.5 with the subcontracting, bids and UK extensions", () => {
    const ocds = createOcdsImport("export.json", schemas, register);
    ocds.addValue(pkg, "package");
    const { report, counts } = ocds.finish();
    expect(report.warnings).toEqual([
      "definition Location comes from an extension we do not ship; accepted without checks",
    ]);
    expect(report).toMatchObject({ valid: true, errors: [] });
    expect(counts).toMatchObject({ releases: 2, ocids: 2 });
  });

  it("comes back as the same supply chain and consortium when imported", () => {
    const ocds = createOcdsImport("export.json", schemas, register);
    ocds.addValue(pkg, "package");
    const { document } = ocds.finish();
    const chain = document.partnerships.find((p) => p.form === "prime_contractor_supply_chain")!;
    expect(chain.members.map((m) => [m.organisation, m.role])).toEqual([
      ["GB-COH-01234567", "prime"],
      ["GB-CHC-1000001", "tier1"],
    ]);
    const bid = document.partnerships.find((p) => p.form === "joint_bidding_consortium")!;
    expect(bid.members.map((m) => m.organisation)).toEqual(["GB-CHC-1000001", "GB-CHC-1000002"]);
    expect(document.organisations.find((o) => o.id === "GB-CHC-1000001")).toMatchObject({
      sector: "third",
      kind: "charity",
      fields: ["scale:sme"],
    });
    expect(document.contracts.find((c) => c.title === "Work Programme CPA 1")).toMatchObject({
      value: 1000000,
      start: "2011-06-01",
      end: "2016-03-31",
      commissioner: "GB-GOR-D1",
    });
  });
});
