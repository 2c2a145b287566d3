import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { givingColumnIndexOf, grantOfRow } from "./giving-unflatten.ts";

const schema = JSON.parse(
  readFileSync(
    new URL("../../../schemas/360giving/1.4.3/360-giving-schema.json", import.meta.url),
    "utf8",
  ),
);
const index = givingColumnIndexOf(schema);

describe("grantOfRow", () => {
  it("unflattens the standard's title headers to the JSON shape, typed by the schema", () => {
    const { grant, unknownColumns } = grantOfRow(
      {
        Identifier: "360G-x-1",
        Title: "Grant to a charity",
        "Amount Awarded": "£12,500.50",
        "Award Date": "2020-04-28",
        "Recipient Org:Identifier": "GB-CHC-1126147",
        "Recipient Org: Name": "Access to Justice Foundation",
        "Recipient Org:Postal Code": "WC1A 9AN",
        "Funding Org:Identifier": "GB-CHC-1000147",
        "Funding Org:Name": "A B Charitable Trust",
        "Beneficiary Location:0:Name": "Derry",
        "Beneficiary Location:1:Name": "Strabane",
        "Planned Dates:Duration (months)": "12",
        "From An Open Call?": "Yes",
        regrantType: "FRG030",
        "Recipient Org:Location:0:Geographic Code": "E05000001",
        "Internal note": "x",
        "Grant Programme:Title": "",
      },
      index,
    );
    expect(grant).toEqual({
      id: "360G-x-1",
      title: "Grant to a charity",
      amountAwarded: 12500.5,
      awardDate: "2020-04-28",
      recipientOrganization: [
        {
          id: "GB-CHC-1126147",
          name: "Access to Justice Foundation",
          postalCode: "WC1A 9AN",
          location: [{ geoCode: "E05000001" }],
        },
      ],
      fundingOrganization: [{ id: "GB-CHC-1000147", name: "A B Charitable Trust" }],
      beneficiaryLocation: [{ name: "Derry" }, { name: "Strabane" }],
      plannedDates: [{ duration: 12 }],
      fromOpenCall: "Yes",
      regrantType: "FRG030",
    });
    expect(unknownColumns).toEqual(["Internal note"]);
  });

  it("keeps text that should be a number, so validation can report it", () => {
    expect(grantOfRow({ "Amount Awarded": "about 500" }, index).grant).toEqual({
      amountAwarded: "about 500",
    });
  });
});
