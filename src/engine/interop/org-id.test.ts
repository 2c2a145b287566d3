import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { orgIdOfSchemeAndId, orgIdRegisterOf, parseOrgId } from "./org-id.ts";

const register = orgIdRegisterOf(
  readFileSync(new URL("../../../schemas/orgid/lists-index.tsv", import.meta.url), "utf8"),
);

describe("orgIdRegisterOf", () => {
  it("loads every list of the snapshot, with names and deprecation", () => {
    expect(register.size).toBe(823);
    expect(register.get("GB-COH")?.name).toBe("Companies House");
    expect(register.get("GB-GOVUK")?.deprecated).toBe(true);
    expect(register.has("GB-CFS")).toBe(false);
  });
});

describe("parseOrgId", () => {
  it.each([
    ["GB-CHC-1000001", "GB-CHC-1000001", "register"],
    ["GB-COH-01234567", "GB-COH-01234567", "register"],
    [" gb-coh-1234567 ", "GB-COH-01234567", "register"],
    ["GB-COH-sc123456", "GB-COH-SC123456", "register"],
    ["GB-CHC-0327114", "GB-CHC-327114", "register"],
    ["gb-sc-sc012345", "GB-SC-SC012345", "register"],
    ["GB-SRS-cabinetoffice.gov.uk/ABC123", "GB-SRS-cabinetoffice.gov.uk/ABC123", "register"],
    ["CN-11-CR-12345", "CN-11-CR-12345", "register"],
    ["XI-LEI-5493001KJTIIGC8Y1R12", "XI-LEI-5493001KJTIIGC8Y1R12", "register"],
    ["GB-CFS-312098", "GB-CFS-312098", "source"],
    ["360G-EFF-1234", "360G-EFF-1234", "source"],
    ["GB-PPON-PXYZ-1234-ABCD", "GB-PPON-PXYZ-1234-ABCD", "unknown"],
    ["ZZ-FOO-42", "ZZ-FOO-42", "unknown"],
  ])("%s → %s (%s)", (input, value, status) => {
    const parsed = parseOrgId(input, register);
    expect(parsed.value).toBe(value);
    expect(parsed.status).toBe(status);
  });

  it("flags unknown prefixes, source ids and deprecated lists", () => {
    expect(parseOrgId("ZZ-FOO-42", register).notes[0]).toMatch(/not in the org-id.guide register/);
    expect(parseOrgId("GB-CFS-1", register).notes[0]).toMatch(/Contracts Finder/);
    expect(parseOrgId("GB-GOVUK-dcms", register).notes[0]).toMatch(/deprecated/);
  });

  it.each(["", "   ", "1000001", "GB-", "hello world"])("rejects %j", (input) => {
    const parsed = parseOrgId(input, register);
    expect(parsed.status).toBe("invalid");
    expect(parsed.value).toBeNull();
  });

  it("builds from scheme and id, whether or not the id repeats the scheme", () => {
    expect(orgIdOfSchemeAndId("GB-COH", "1234567", register).value).toBe("GB-COH-01234567");
    expect(orgIdOfSchemeAndId("GB-COH", "GB-COH-01234567", register).value).toBe("GB-COH-01234567");
  });
});
