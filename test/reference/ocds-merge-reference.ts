/**
 * The OCDS merge as first written (decision 0007): a line-by-line port of ocdsmerge's
 * flatten → process_flattened → unflatten, keyed by JSON-serialised paths. The engine's
 * `ocds-merge.ts` does the same in one walk with incremental keys; a property test holds the two
 * equal on random releases. Test-only: nothing in src/ imports this.
 */
import type { MergeRules } from "../../src/engine/interop/ocds-merge-rules.ts";

/** An OCDS release or compiled release as plain JSON. */
type OcdsRelease = Record<string, unknown>;

/** A position in an array of objects, named by the object's `id` (or a unique token when it has none). */
interface IdPart {
  identifier: string;
  original: unknown;
}
type Part = string | number;
type ProcessedPart = string | IdPart;
interface Entry<P> {
  path: P[];
  value: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const ruleKey = (path: readonly Part[]) => path.filter((p) => typeof p === "string").join("/");
const keyOf = (path: readonly (Part | ProcessedPart)[]) =>
  JSON.stringify(path.map((p) => (typeof p === "object" ? { id: p.identifier } : p)));

/** Flattens JSON into path → value pairs, stopping at scalars and whole-list-merge arrays (ocdsmerge `flatten`). */
function flatten(obj: unknown, rules: MergeRules, path: Part[], out: Map<string, Entry<Part>>) {
  const entries: [Part, unknown][] = Array.isArray(obj)
    ? obj.map((v, i) => [i, v])
    : Object.entries(obj as Record<string, unknown>);
  for (const [key, value] of entries) {
    const here = [...path, key];
    const rule = rules.get(ruleKey(here));
    if (rule === "omitWhenMerged") continue;
    const leaf =
      !(isObject(value) || Array.isArray(value)) ||
      rule === "wholeListMerge" ||
      (Array.isArray(value) && value.some((item) => !isObject(item)));
    if (leaf) out.set(keyOf(here), { path: here, value });
    // Empty objects and lists of objects contribute nothing, as in ocdsmerge.
    else if (Object.keys(value as object).length > 0) flatten(value, rules, here, out);
  }
}

/** Replaces array positions with the objects' `id`s so that equal ids share a path (identifier merge). */
function processFlattened(
  flat: Map<string, Entry<Part>>,
  fresh: () => string,
): Entry<ProcessedPart>[] {
  const identifiers = new Map<string, IdPart>();
  return [...flat.values()].map(({ path, value }) => ({
    value,
    path: path.map((part, i) => {
      if (typeof part === "string") return part;
      const prefix = keyOf(path.slice(0, i + 1));
      let id = identifiers.get(prefix);
      if (!id) {
        const original = flat.get(keyOf([...path.slice(0, i + 1), "id"]))?.value ?? null;
        const known = original !== null && typeof original !== "object";
        id = { identifier: known ? String(original) : fresh(), original };
        identifiers.set(prefix, id);
      }
      return id;
    }),
  }));
}

/** Rebuilds JSON from merged path → value pairs, dropping nulls (ocdsmerge `unflatten`). */
function unflatten(entries: Iterable<Entry<ProcessedPart>>): OcdsRelease {
  const root: Record<string, unknown> = {};
  const idOf = new WeakMap<object, string>();
  for (const { path, value } of entries) {
    let node: unknown = root;
    path.forEach((part, i) => {
      if (typeof part === "object") {
        const list = node as Record<string, unknown>[];
        let found = list.find((item) => idOf.get(item) === part.identifier);
        if (!found) {
          found = part.original !== null ? { id: part.original } : {};
          idOf.set(found, part.identifier);
          list.push(found);
        }
        node = found;
        return;
      }
      const current = node as Record<string, unknown>;
      const existing = current[part];
      if (existing !== undefined && existing !== null) node = existing;
      else if (i === path.length - 1) {
        if (value !== null) current[part] = structuredClone(value);
      } else {
        current[part] = typeof path[i + 1] === "object" ? [] : {};
        node = current[part];
      }
    });
  }
  return root;
}

function sortedByDate(releases: readonly OcdsRelease[]): OcdsRelease[] {
  if (releases.length <= 1) return [...releases];
  return [...releases].sort((a, b) => {
    const da = String(a["date"] ?? "");
    const db = String(b["date"] ?? "");
    return da < db ? -1 : da > db ? 1 : 0;
  });
}

function processedOf(release: OcdsRelease, rules: MergeRules, fresh: () => string) {
  const { tag: _tag, ...rest } = release;
  const flat = new Map<string, Entry<Part>>();
  flatten(rest, rules, [], flat);
  return processFlattened(flat, fresh);
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
export function referenceCompiledReleaseOf(
  releases: readonly OcdsRelease[],
  rules: MergeRules,
): OcdsRelease {
  const merged = new Map<string, Entry<ProcessedPart>>();
  const set = (path: ProcessedPart[], value: unknown) => merged.set(keyOf(path), { path, value });
  set(["tag"], ["compiled"]);
  const fresh = counter();
  for (const release of sortedByDate(releases)) {
    const processed = processedOf(release, rules, fresh);
    set(["id"], `${release["ocid"]}-${release["date"]}`);
    set(["date"], release["date"]);
    set(["ocid"], release["ocid"]);
    for (const entry of processed) merged.set(keyOf(entry.path), entry);
  }
  return unflatten(merged.values());
}

/**
 * Merges releases into a versioned release: every field becomes a history of
 * `{releaseID, releaseDate, releaseTag, value}` entries, one per change.
 * @example versionedReleaseOf(releases, rules).ocid // the process's ocid
 */
export function referenceVersionedReleaseOf(
  releases: readonly OcdsRelease[],
  rules: MergeRules,
): OcdsRelease {
  const merged = new Map<string, Entry<ProcessedPart>>();
  const fresh = counter();
  for (const release of sortedByDate(releases)) {
    const { ocid, ...rest } = release;
    merged.set(keyOf(["ocid"]), { path: ["ocid"], value: ocid ?? null });
    for (const { path, value } of processedOf(rest, rules, fresh)) {
      const key = keyOf(path);
      const history = (merged.get(key)?.value as Record<string, unknown>[] | undefined) ?? [];
      if (history.length > 0 && deepEqual(history.at(-1)!["value"], value)) continue;
      const version = {
        releaseID: rest["id"],
        releaseDate: rest["date"],
        releaseTag: rest["tag"] ?? null,
        value,
      };
      merged.set(key, { path, value: [...history, version] });
    }
  }
  return unflatten(merged.values());
}

/** Structural equality of JSON values. */
function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
