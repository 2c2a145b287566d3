import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { organisationNameKey } from "./organisation-name-key.ts";

describe("organisationNameKey", () => {
  it.each([
    ["Axis Europe PLC", "axis europe"],
    ["Axis Europe plc", "axis europe"],
    ["The AD Construction Group", "ad construction group"],
    ["T Gilmartin Limited", "t gilmartin"],
    ["A&E Elkins T/A Elkins Construction", "a and e elkins ta elkins construction"],
    ["A&E Elkins TA Elkins Construction", "a and e elkins ta elkins construction"],
    ["Chigwell (London) Plc", "chigwell london"],
    ["Stand Against Racism & Inequality (SARI)", "stand against racism and inequality sari"],
    ["Café Community Interest Company", "cafe"],
    ["Places for People Group Limited", "places for people group"],
    ["Limited", "limited"],
  ])("%s → %s", (name, key) => {
    expect(organisationNameKey(name)).toBe(key);
  });

  it("ignores case and surrounding spaces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(organisationNameKey(`  ${s.toUpperCase()} `)).toBe(
          organisationNameKey(s.toLowerCase()),
        );
      }),
    );
  });
});
