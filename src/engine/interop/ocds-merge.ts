import type { MergeRules } from "./ocds-merge-rules.ts";

/** An OCDS release or compiled release as plain JSON. */
export type OcdsRelease = Record<string, unknown>;

/** A position in an array of objects, named by the object's `id` (or a unique token when it has none). */
interface IdPart {
  identifier: string;
  original: unknown;
}
type ProcessedPart = string | IdPart;
/** A flattened value with its path (array positions already replaced by ids) and that path's key. */
interface Entry {
  key: string;
  path: ProcessedPart[];
  value: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A path's key, extended one part at a time: `\u0001.` + a field name, or `\u0001@` + an object's
 * identifier, JSON-quoted. A field name is quoted too when it holds the separator or starts with a
 * quote, so no two paths share a key unless they share every part.
 */
const SEP = "\u0001";
const fieldKey = (parent: string, field: string) =>
  `${parent}${SEP}.${field.includes(SEP) || field.startsWith('"') ? JSON.stringify(field) : field}`;
const idKey = (parent: string, identifier: string) =>
  `${parent}${SEP}@${JSON.stringify(identifier)}`;
const keyOfFields = (...fields: string[]) => fields.reduce(fieldKey, "");

/** Whether flattening stops at this value (ocdsmerge: scalars, whole-list merges, lists of non-objects). */
const isLeaf = (value: unknown, rule: string | undefined) =>
  !(typeof value === "object" && value !== null) ||
  rule === "wholeListMerge" ||
  (Array.isArray(value) && value.some((item) => !isObject(item)));

/**
 * Flattens one release into path → value entries, stopping at leaves, and names each object in a
 * list by its `id` as it goes (ocdsmerge's `flatten` and `process_flattened` in one walk): objects
 * with equal ids in one list share a path, objects without one get a token of their own. The
 * `id` an object is named by is its flattened `id` value — a leaf that `omitWhenMerged` keeps.
 */
function flattenInto(
  obj: object,
  rules: MergeRules,
  ruleKey: string,
  key: string,
  path: ProcessedPart[],
  out: Entry[],
  fresh: () => string,
) {
  if (Array.isArray(obj)) {
    for (const item of obj) {
      // Lists reaching here hold objects only; an empty one contributes nothing, as in ocdsmerge.
      const element = item as Record<string, unknown>;
      if (Object.keys(element).length === 0) continue;
      const idRule = rules.get(ruleKey ? `${ruleKey}/id` : "id");
      const hasId = "id" in element && idRule !== "omitWhenMerged" && isLeaf(element["id"], idRule);
      const original = hasId ? (element["id"] ?? null) : null;
      const known = original !== null && typeof original !== "object";
      const part: IdPart = { identifier: known ? String(original) : fresh(), original };
      flattenInto(
        element,
        rules,
        ruleKey,
        idKey(key, part.identifier),
        [...path, part],
        out,
        fresh,
      );
    }
    return;
  }
  for (const field in obj) {
    const value = (obj as Record<string, unknown>)[field];
    const fieldRuleKey = ruleKey ? `${ruleKey}/${field}` : field;
    const rule = rules.get(fieldRuleKey);
    if (rule === "omitWhenMerged") continue;
    const here = fieldKey(key, field);
    if (isLeaf(value, rule)) out.push({ key: here, path: [...path, field], value });
    else if (Object.keys(value as object).length > 0)
      flattenInto(value as object, rules, fieldRuleKey, here, [...path, field], out, fresh);
  }
}

/** Rebuilds JSON from merged path → value pairs, dropping nulls (ocdsmerge `unflatten`). */
function unflatten(entries: Iterable<Entry>): OcdsRelease {
  const root: Record<string, unknown> = {};
  // Each list's objects by identifier.
  const itemsOf = new WeakMap<object, Map<string, Record<string, unknown>>>();
  for (const { path, value } of entries) {
    try {
      place(root, itemsOf, path, value);
    } catch (error) {
      // A field that is a list of objects in one release and text (or an object) in another.
      const where = path.map((p) => (typeof p === "object" ? `[${p.identifier}]` : p)).join("/");
      throw new Error(
        `The releases cannot be merged at ${where.replaceAll("\u0000", "")}: that field holds different kinds of value in different releases (${error instanceof Error ? error.message : error})`,
      );
    }
  }
  return root;
}

/** Puts one merged value at its path, creating objects and list items on the way. */
function place(
  root: Record<string, unknown>,
  itemsOf: WeakMap<object, Map<string, Record<string, unknown>>>,
  path: readonly ProcessedPart[],
  value: unknown,
) {
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    if (typeof part === "object") {
      const list = node as Record<string, unknown>[];
      let items = itemsOf.get(list);
      if (!items) {
        items = new Map();
        itemsOf.set(list, items);
      }
      let found = items.get(part.identifier);
      if (!found) {
        found = part.original !== null ? { id: part.original } : {};
        items.set(part.identifier, found);
        list.push(found);
      }
      node = found;
      continue;
    }
    const current = node as Record<string, unknown>;
    const existing = current[part];
    if (existing !== undefined && existing !== null) node = existing;
    else if (i === path.length - 1) {
      if (value !== null)
        current[part] = typeof value === "object" ? structuredClone(value) : value;
    } else {
      current[part] = typeof path[i + 1] === "object" ? [] : {};
      node = current[part];
    }
  }
}

function sortedByDate(releases: readonly OcdsRelease[]): OcdsRelease[] {
  if (releases.length <= 1) return [...releases];
  return [...releases].sort((a, b) => {
    const da = String(a["date"] ?? "");
    const db = String(b["date"] ?? "");
    return da < db ? -1 : da > db ? 1 : 0;
  });
}

function processedOf(release: OcdsRelease, rules: MergeRules, fresh: () => string): Entry[] {
  const { tag: _tag, ...rest } = release;
  const out: Entry[] = [];
  flattenInto(rest, rules, "", "", [], out, fresh);
  return out;
}

function counter(): () => string {
  let n = 0;
  // No randomness in the engine: a per-call counter gives id-less objects distinct paths, as uuid4 does.
  return () => `\u0000anonymous-${++n}`;
}

/**
 * Merges the releases of one contracting process into a compiled release, following the OCDS
 * merge routine (identifier merge, whole-list merge, nulls remove) as ocdsmerge/ocdskit do.
 * @example compiledReleaseOf(releases, mergeRulesOf(schema)).tag // ["compiled"]
 */
export function compiledReleaseOf(
  releases: readonly OcdsRelease[],
  rules: MergeRules,
): OcdsRelease {
  const merged = new Map<string, Entry>();
  const set = (field: string, value: unknown) =>
    merged.set(keyOfFields(field), { key: keyOfFields(field), path: [field], value });
  set("tag", ["compiled"]);
  const fresh = counter();
  for (const release of sortedByDate(releases)) {
    const processed = processedOf(release, rules, fresh);
    set("id", `${release["ocid"]}-${release["date"]}`);
    set("date", release["date"]);
    set("ocid", release["ocid"]);
    for (const entry of processed) merged.set(entry.key, entry);
  }
  return unflatten(merged.values());
}

/**
 * Merges releases into a versioned release: every field becomes a history of
 * `{releaseID, releaseDate, releaseTag, value}` entries, one per change.
 * @example versionedReleaseOf(releases, rules).ocid // the process's ocid
 */
export function versionedReleaseOf(
  releases: readonly OcdsRelease[],
  rules: MergeRules,
): OcdsRelease {
  const merged = new Map<string, Entry>();
  const fresh = counter();
  const ocidKey = keyOfFields("ocid");
  for (const release of sortedByDate(releases)) {
    const { ocid, ...rest } = release;
    merged.set(ocidKey, { key: ocidKey, path: ["ocid"], value: ocid ?? null });
    for (const { key, path, value } of processedOf(rest, rules, fresh)) {
      const history = (merged.get(key)?.value as Record<string, unknown>[] | undefined) ?? [];
      if (history.length > 0 && deepEqual(history.at(-1)!["value"], value)) continue;
      const version = {
        releaseID: rest["id"],
        releaseDate: rest["date"],
        releaseTag: rest["tag"] ?? null,
        value,
      };
      merged.set(key, { key, path, value: [...history, version] });
    }
  }
  return unflatten(merged.values());
}

/** Structural equality of JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
