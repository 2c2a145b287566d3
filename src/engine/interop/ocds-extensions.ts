import { jsonMergePatch } from "./json-merge-patch.ts";

/** The OCDS extensions partnerscope understands, by the repository name in their URLs. */
export const SUPPORTED_OCDS_EXTENSIONS = [
  "ocds_subcontracting_extension",
  "ocds_bid_extension",
  "ocds_uk_extension",
  "ocds_suitability_extension",
  "ocds_partyDetails_scale_extension",
] as const;
export type SupportedOcdsExtension = (typeof SUPPORTED_OCDS_EXTENSIONS)[number];

/** Declared extension URLs split into the ones we support and the rest. */
export interface DeclaredExtensions {
  supported: SupportedOcdsExtension[];
  unsupported: string[];
}

/**
 * Sorts a package's `extensions` URLs (or bare names) into supported extensions and the rest.
 * @example declaredExtensionsOf(["https://…/ocds_bid_extension/v1.1.5/extension.json"]).supported // ["ocds_bid_extension"]
 */
export function declaredExtensionsOf(urls: readonly unknown[]): DeclaredExtensions {
  const supported = new Set<SupportedOcdsExtension>();
  const unsupported: string[] = [];
  for (const url of urls) {
    const text = String(url);
    const name = SUPPORTED_OCDS_EXTENSIONS.find((n) =>
      new RegExp(`(^|[/_-])${n}([/@.]|$)`, "i").test(text),
    );
    if (name) supported.add(name);
    else unsupported.push(text);
  }
  return { supported: SUPPORTED_OCDS_EXTENSIONS.filter((n) => supported.has(n)), unsupported };
}

function danglingRefs(schema: Record<string, unknown>): string[] {
  const defs = (schema["definitions"] ?? {}) as Record<string, unknown>;
  const missing = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === "object" && node !== null) {
      const ref = (node as Record<string, unknown>)["$ref"];
      if (typeof ref === "string" && ref.startsWith("#/definitions/")) {
        const name = ref.slice("#/definitions/".length);
        if (!(name in defs)) missing.add(name);
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(schema);
  return [...missing].sort();
}

/**
 * Patches the release schema with extensions' `release-schema.json` (JSON Merge Patch, in the given
 * order); definitions an extension refers to but no shipped schema defines become permissive
 * objects, listed in `notes`.
 * @example extendedReleaseSchemaOf(base, [scalePatch]).schema.definitions.Organization.properties.details.properties.scale // {…}
 */
export function extendedReleaseSchemaOf(
  base: Readonly<Record<string, unknown>>,
  patches: readonly Readonly<Record<string, unknown>>[],
): { schema: Record<string, unknown>; notes: string[] } {
  let schema = structuredClone(base) as Record<string, unknown>;
  for (const patch of patches) schema = jsonMergePatch(schema, patch) as Record<string, unknown>;
  const missing = danglingRefs(schema);
  const defs = { ...(schema["definitions"] as Record<string, unknown>) };
  for (const name of missing) defs[name] = { type: "object" };
  schema["definitions"] = defs;
  const notes = missing.map(
    (name) => `definition ${name} comes from an extension we do not ship; accepted without checks`,
  );
  return { schema, notes };
}
