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
  it("parses each spelling once and shares the frozen result, however many others come between", () => {
    const funder = parseOrgId(" gb-chc-1000 ", register);
    expect(Object.isFrozen(funder) && Object.isFrozen(funder.notes)).toBe(true);
    for (let i = 0; i < 100_000; i++) {
      const recipient = parseOrgId(`GB-COH-${i}`, register);
      expect(recipient.value).toBe(`GB-COH-${String(i).padStart(8, "0")}`);
      // A funder named on every grant stays in the memo across generations.
      if (i % 1000 === 0) expect(parseOrgId(" gb-chc-1000 ", register)).toBe(funder);
    }
    expect(parseOrgId("GB-COH-0", register).value).toBe("GB-COH-00000000");
    expect(funder.value).toBe("GB-CHC-1000");
  });

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
