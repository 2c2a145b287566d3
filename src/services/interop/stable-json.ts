import * as crypto from "node:crypto";

/** The reference form: `JSON.stringify` with every plain object's keys sorted by a replacer. */
const sortedKeys = (_key: string, v: unknown) =>
  v && typeof v === "object" && !Array.isArray(v)
    ? Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, (v as Record<string, unknown>)[k]]),
      )
    : v;

const isPlain = (v: object) => {
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && !("toJSON" in v);
};

/** Array-index keys ('0', '7'…) which every object enumerates first, in numeric order. */
const isIndex = (k: string) =>
  k.charCodeAt(0) <= 57 && /^(?:0|[1-9]\d*)$/.test(k) && Number(k) < 2 ** 32 - 1;

/** The keys in the order the reference's rebuilt object enumerates them. */
function sortedKeysOf(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record).sort();
  if (!keys.some(isIndex)) return keys;
  const indices = keys.filter(isIndex).sort((a, b) => Number(a) - Number(b));
  return [...indices, ...keys.filter((k) => !isIndex(k))];
}

/** Serialises one value (undefined where JSON.stringify would leave it out). */
function stableOf(v: unknown): string | undefined {
  if (v === null) return "null";
  if (typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) {
    let out = "[";
    for (let i = 0; i < v.length; i++) out += `${i ? "," : ""}${stableOf(v[i]) ?? "null"}`;
    return `${out}]`;
  }
  // Dates, boxed primitives and the like keep JSON.stringify's own handling.
  if (!isPlain(v)) return JSON.stringify(v, sortedKeys);
  const record = v as Record<string, unknown>;
  let out = "{";
  for (const key of sortedKeysOf(record)) {
    const text = stableOf(record[key]);
    if (text !== undefined) out += `${out.length > 1 ? "," : ""}${JSON.stringify(key)}:${text}`;
  }
  return `${out}}`;
}

/**
 * JSON text with object keys sorted at every depth, so two equal entities read from different
 * places (a parsed file, a stored row) serialise identically; list order is kept. Written out by
 * hand rather than through a replacer, which copied every object (a hot path of every import).
 * @example stableJsonOf({ b: 1, a: [2, 1] }) // '{"a":[2,1],"b":1}'
 */
export function stableJsonOf(value: unknown): string {
  return stableOf(value) as string;
}

/** The same text through `JSON.stringify` and a key-sorting replacer (the reference for tests). */
export const stableJsonReferenceOf = (value: unknown): string => JSON.stringify(value, sortedKeys);

/**
 * SHA-1 of a text in base64url: the one-shot `crypto.hash` (Node ≥ 20.12) where there is one,
 * about twice as fast as a Hash object for texts this short.
 * @example sha1Of("abc") // "qZk-NkcGgWq6PiVxeFDCbJzQ2J0"
 */
export const sha1Of: (text: string) => string =
  typeof crypto.hash === "function"
    ? (text) => crypto.hash("sha1", text, "base64url")
    : (text) => crypto.createHash("sha1").update(text).digest("base64url");

/** A short fingerprint of an entity's stable JSON: enough to tell whether it was edited since. */
export function stableHashOf(value: unknown): string {
  return sha1Of(stableJsonOf(value));
}

/**
 * The fingerprint of a value just as its zod schema returned it: the schema fixes the key order,
 * so plain `JSON.stringify` is already canonical — several times cheaper than sorting keys, which
 * mattered for the hundreds of thousands of contracts of one import. Undo accepts either form.
 * @example schemaHashOf(contractSchema.parse(c))
 */
export function schemaHashOf(parsed: unknown): string {
  return sha1Of(JSON.stringify(parsed));
}
