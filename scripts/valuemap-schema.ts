/**
 * Writes docs/valuemap.schema.json, the JSON Schema of `partnerscope-valuemap/v1`, generated from the
 * zod schema in src/shared/value-map.ts (the single source of truth). `--check` exits 1 when stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { valueMapSchema } from "../src/shared/value-map.ts";

const target = new URL("../docs/valuemap.schema.json", import.meta.url);

/** The JSON Schema text for value maps, as committed. */
export function valueMapJsonSchemaText(): string {
  const schema = z.toJSONSchema(valueMapSchema, { io: "input", unrepresentable: "any" });
  const withId = {
    $id: "https://partnerscope.org/schema/partnerscope-valuemap-v1.json",
    title: "partnerscope-valuemap/v1 value map",
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const text = valueMapJsonSchemaText();
  if (process.argv.includes("--check")) {
    if (readFileSync(target, "utf8") !== text) {
      console.error("docs/valuemap.schema.json is stale: run npx tsx scripts/valuemap-schema.ts");
      process.exit(1);
    }
  } else writeFileSync(target, text);
}
