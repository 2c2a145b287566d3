import { createHash } from "node:crypto";

/**
 * JSON text with object keys sorted at every depth, so two equal entities read from different
 * places (a parsed file, a stored row) serialise identically; list order is kept.
 * @example stableJsonOf({ b: 1, a: [2, 1] }) // '{"a":[2,1],"b":1}'
 */
export function stableJsonOf(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** A short fingerprint of an entity's stable JSON: enough to tell whether it was edited since. */
export function stableHashOf(value: unknown): string {
  return createHash("sha1").update(stableJsonOf(value)).digest("base64url");
}
