import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { valueMapJsonSchemaText } from "./valuemap-schema.ts";

const committed = readFileSync(new URL("../docs/valuemap.schema.json", import.meta.url), "utf8");
const example = JSON.parse(
  readFileSync(new URL("../examples/value-maps/community-navigator.json", import.meta.url), "utf8"),
);

describe("the published JSON Schema of partnerscope-valuemap/v1", () => {
  it("is the one generated from the zod schema (run scripts/valuemap-schema.ts after changing it)", () => {
    expect(committed).toBe(valueMapJsonSchemaText());
  });

  it("accepts the community navigator example and rejects a drop-off over 1", () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed));
    expect(validate(example)).toBe(true);
    const bad = structuredClone(example);
    bad.outcomes[2].dropOff = 1.2;
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/outcomes/2/dropOff");
  });
});
