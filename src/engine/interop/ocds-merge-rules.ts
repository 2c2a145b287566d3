/** Merge rules by schema path with array indexes removed, e.g. `awards/suppliers` → wholeListMerge. */
export type MergeRules = ReadonlyMap<string, "omitWhenMerged" | "wholeListMerge">;

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function typesOf(prop: JsonObject): string[] {
  const t = prop["type"];
  if (t === undefined) return [];
  return Array.isArray(t) ? (t as string[]) : [t as string];
}

/** Follows a local `#/definitions/X` reference; siblings of `$ref` are ignored, as jsonref does. */
function deref(schema: JsonObject, node: JsonObject, depth: number): JsonObject {
  let current = node;
  for (let i = 0; i < 10 && typeof current["$ref"] === "string"; i++) {
    const ref = current["$ref"] as string;
    if (!ref.startsWith("#/")) return current;
    let target: unknown = schema;
    for (const part of ref.slice(2).split("/"))
      target = isObject(target) ? target[part] : undefined;
    if (!isObject(target) || depth > 32) return {};
    current = target;
  }
  return current;
}

function collect(
  schema: JsonObject,
  properties: JsonObject,
  path: string[],
  rules: Map<string, "omitWhenMerged" | "wholeListMerge">,
): void {
  for (const [key, raw] of Object.entries(properties)) {
    if (!isObject(raw)) continue;
    const value = deref(schema, raw, path.length);
    const here = [...path, key];
    const types = typesOf(value);
    // Order matters and follows ocdsmerge: omitWhenMerged beats wholeListMerge beats nesting.
    if (value["omitWhenMerged"] || value["mergeStrategy"] === "ocdsOmit")
      rules.set(here.join("/"), "omitWhenMerged");
    else if (
      types.includes("array") &&
      (value["wholeListMerge"] || value["mergeStrategy"] === "ocdsVersion")
    )
      rules.set(here.join("/"), "wholeListMerge");
    else if (types.includes("object") && isObject(value["properties"]))
      collect(schema, value["properties"], here, rules);
    else if (types.includes("array") && isObject(value["items"])) {
      const items = deref(schema, value["items"], path.length);
      const itemTypes = typesOf(items);
      if (itemTypes.some((t) => t !== "object")) rules.set(here.join("/"), "wholeListMerge");
      else if (itemTypes.includes("object") && isObject(items["properties"])) {
        if (!("id" in items["properties"])) rules.set(here.join("/"), "wholeListMerge");
        else collect(schema, items["properties"], here, rules);
      }
    }
  }
}

/**
 * OCDS 1.0 organisations had no `id`, so lists of them were merged whole (1.1.4 changelog: "OCDS 1.0
 * uses the whole-list merge strategy for suppliers"). A package without `version` is OCDS 1.0.
 */
const OCDS_1_0_WHOLE_LISTS = ["tender/tenderers", "awards/suppliers"];

/**
 * Reads OCDS merge rules (`omitWhenMerged`, `wholeListMerge`, arrays of non-objects or of objects
 * without `id`) from a release schema, as ocdsmerge's `get_merge_rules` does.
 * @example mergeRulesOf(releaseSchema, "1.1").get("tag") // "omitWhenMerged"
 */
export function mergeRulesOf(
  releaseSchema: Readonly<Record<string, unknown>>,
  ocdsVersion = "1.1",
): MergeRules {
  const rules = new Map<string, "omitWhenMerged" | "wholeListMerge">();
  const props = releaseSchema["properties"];
  if (isObject(props)) collect(releaseSchema as JsonObject, props, [], rules);
  if (ocdsVersion === "1.0")
    for (const path of OCDS_1_0_WHOLE_LISTS) rules.set(path, "wholeListMerge");
  return rules;
}
