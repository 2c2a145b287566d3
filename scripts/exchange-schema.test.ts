import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { exchangeJsonSchemaText } from "./exchange-schema.ts";

const committed = readFileSync(
  new URL("../docs/exchange-format.schema.json", import.meta.url),
  "utf8",
);
const demo = JSON.parse(
  readFileSync(new URL("../src/services/demo/tsrc-case-studies.json", import.meta.url), "utf8"),
);

describe("the published JSON Schema of partnerscope/v1", () => {
  it("is the one generated from the zod schemas (run scripts/exchange-schema.ts after changing them)", () => {
    expect(committed).toBe(exchangeJsonSchemaText());
  });

  it("accepts the demo workspace and rejects a wrong sector", () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(committed));
    expect(validate(demo)).toBe(true);
    const bad = structuredClone(demo);
    bad.organisations[0].sector = "voluntary";
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/organisations/0/sector");
  });
});
