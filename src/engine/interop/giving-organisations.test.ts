import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyGivingOrg, organisationOfGivingOrg } from "./giving-organisations.ts";
import { orgIdRegisterOf } from "./org-id.ts";

const register = orgIdRegisterOf(
  readFileSync(new URL("../../../schemas/orgid/lists-index.tsv", import.meta.url), "utf8"),
);
const recipient = (org: Record<string, unknown>) => {
  const { sector, kind } = organisationOfGivingOrg(org, "recipient", register).organisation;
  return `${sector}/${kind}`;
};

// A grant recipient's sector comes from its identifiers, its 360Giving Organisation Type and its
// name together; a Companies House number alone does not make it private sector.
describe("360Giving recipients' sector and kind", () => {
  it("calls a recipient known only by a company number 'unknown', not private sector", () => {
    expect(recipient({ id: "GB-COH-01234567", name: "Hyde Park Source" })).toBe("unknown/other");
    expect(recipient({ id: "360G-x-1", name: "Hyde Park Source", companyNumber: "01234567" })).toBe(
      "unknown/other",
    );
  });

  it("reads the Organisation Type the publisher gives", () => {
    const typed = (organisationType: string) =>
      recipient({ id: "GB-COH-IP28755R", name: "Hyde Park Source", organisationType });
    expect(typed("Industrial and provident society")).toBe("third/mutual");
    expect(typed("Community Interest Company Limited by Guarantee")).toBe(
      "third/social_enterprise",
    );
    expect(typed("Charitable Incorporated Organisation")).toBe("third/charity");
    expect(typed("Company Limited by Guarantee")).toBe("third/community_enterprise");
    expect(typed("Private Limited Company")).toBe("private/private_company");
    expect(typed("Sole Trader")).toBe("private/private_company");
    // Types that say nothing about the sector leave it unknown.
    expect(typed("Converted/Closed")).toBe("unknown/other");
    expect(typed("Individual")).toBe("unknown/other");
  });

  it("takes a charity number over a company number, and a public-body identifier over both", () => {
    expect(recipient({ id: "GB-COH-01234567", name: "Hope Ltd", charityNumber: "1000001" })).toBe(
      "third/charity",
    );
    expect(recipient({ id: "GB-LAE-LDS", name: "Leeds City Council" })).toBe(
      "public/local_authority",
    );
  });

  it("keeps funders known by nothing more as third sector, and recipients as unknown", () => {
    expect(classifyGivingOrg([], "Anonymous giver", "funder")).toEqual(["third", "other"]);
    expect(classifyGivingOrg([], "Anonymous giver", "recipient")).toEqual(["unknown", "other"]);
    expect(classifyGivingOrg([], "Holbeck Community Trust", "recipient")).toEqual([
      "third",
      "community_enterprise",
    ]);
  });
});
