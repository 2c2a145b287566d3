/** The shapes an OCDS JSON value can take. */
export type OcdsInputKind =
  | "releasePackage"
  | "recordPackage"
  | "release"
  | "record"
  | "versionedRelease"
  | "unknown";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Keys only an OCDS record has (some real records even lack `ocid`). */
export const RECORD_KEYS = ["compiledRelease", "versionedRelease"] as const;

/** True when a field holds a history (`[{releaseID, releaseDate, value}]`) as in a versioned release. */
function isHistory(value: unknown): boolean {
  return (
    Array.isArray(value) && isObject(value[0]) && "releaseID" in value[0] && "value" in value[0]
  );
}

/**
 * Recognises a release package, record package, bare release, bare record or versioned release by its keys.
 * @example ocdsInputKindOf({ ocid: "x", id: "1", date: "2020-01-01" }) // "release"
 */
export function ocdsInputKindOf(value: unknown): OcdsInputKind {
  if (!isObject(value)) return "unknown";
  if (RECORD_KEYS.some((k) => k in value)) return "record";
  if (Array.isArray(value["records"])) return "recordPackage";
  if (Array.isArray(value["releases"]) && !("ocid" in value)) return "releasePackage";
  if ("ocid" in value && Array.isArray(value["releases"])) return "record";
  if (Object.values(value).some(isHistory)) return "versionedRelease";
  if ("ocid" in value) return "release";
  return "unknown";
}
