/**
 * Writes docs/exchange-format.schema.json, the JSON Schema of `partnerscope/v1`, generated from the
 * zod schemas in src/shared (the single source of truth). `--check` exits 1 when the file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { exchangeSchema } from "../src/shared/index.ts";

const target = new URL("../docs/exchange-format.schema.json", import.meta.url);

/** The JSON Schema text for the exchange format, as committed. */
export function exchangeJsonSchemaText(): string {
  const schema = z.toJSONSchema(exchangeSchema, { io: "input", unrepresentable: "any" });
  const withId = {
    $id: "https://partnerscope.org/schema/partnerscope-v1.json",
    title: "partnerscope/v1 exchange document",
    ...schema,
  };
  return `${JSON.stringify(withId, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const text = exchangeJsonSchemaText();
  if (process.argv.includes("--check")) {
    if (readFileSync(target, "utf8") !== text) {
      console.error(
        "docs/exchange-format.schema.json is stale: run npx tsx scripts/exchange-schema.ts",
      );
      process.exit(1);
    }
  } else writeFileSync(target, text);
}
