/** One list of the org-id.guide register (e.g. GB-COH, Companies House). */
export interface OrgIdList {
  code: string;
  name: string;
  listType: string;
  deprecated: boolean;
}

/** The org-id.guide register as a lookup by upper-case list code. */
export type OrgIdRegister = ReadonlyMap<string, OrgIdList>;

/** How an identifier relates to the register. */
export type OrgIdStatus = "register" | "source" | "unknown" | "invalid";

/** A parsed and normalised organisation identifier. */
export interface ParsedOrgId {
  input: string;
  /** The normalised identifier, e.g. `GB-COH-01234567`; null when nothing usable was found. */
  value: string | null;
  prefix: string | null;
  localId: string | null;
  status: OrgIdStatus;
  /** Human-readable flags (unknown prefix, deprecated list, source id…). */
  notes: string[];
}

/**
 * Prefixes that name a publisher's own records, not a register: a Contracts Finder party id is not an
 * organisation identifier (test/fixtures/ocds/README.md), nor is a 360Giving grant-maker's internal id.
 */
const SOURCE_PREFIXES: Record<string, string> = {
  "GB-CFS": "Contracts Finder's internal id",
  "360G": "a 360Giving publisher's internal id",
};

/**
 * Builds the register from `lists-index.tsv` (columns code, name, listType, …, deprecated, url).
 * @example orgIdRegisterOf("code\tname\tlistType\n…").get("GB-COH")?.name // "Companies House"
 */
export function orgIdRegisterOf(tsv: string): OrgIdRegister {
  const [header, ...rows] = tsv.split(/\r?\n/).filter((line) => line.trim() !== "");
  const cols = (header ?? "").split("\t");
  const at = (name: string) => cols.indexOf(name);
  const register = new Map<string, OrgIdList>();
  for (const row of rows) {
    const cells = row.split("\t");
    const code = (cells[at("code")] ?? "").trim().toUpperCase();
    if (!code) continue;
    register.set(code, {
      code,
      name: cells[at("name")] ?? code,
      listType: cells[at("listType")] ?? "",
      deprecated: cells[at("deprecated")] === "true",
    });
  }
  return register;
}

/** Scheme-specific tidying of the local part, e.g. Companies House numbers are 8 characters. */
function normaliseLocalId(prefix: string, local: string): string {
  const compact = local.replace(/\s+/g, "");
  if (prefix === "GB-COH") {
    const upper = compact.toUpperCase();
    return /^\d{1,8}$/.test(upper) ? upper.padStart(8, "0") : upper;
  }
  if (prefix === "GB-CHC")
    return /^0*\d+(-\d+)?$/.test(compact) ? compact.replace(/^0+/, "") : compact;
  if (prefix === "GB-SC" || prefix === "GB-NIC" || prefix === "GB-SHPE")
    return compact.toUpperCase();
  return compact;
}

/** Finds the longest register (or source) prefix at the start of `upper`, e.g. `CN-11-CR`. */
function prefixOf(upper: string, register: OrgIdRegister): { prefix: string; known: boolean } {
  const parts = upper.split("-");
  for (let n = Math.min(3, parts.length - 1); n >= 1; n--) {
    const prefix = parts.slice(0, n).join("-");
    if (register.has(prefix) || prefix in SOURCE_PREFIXES) return { prefix, known: true };
  }
  return { prefix: parts.slice(0, Math.min(2, parts.length - 1)).join("-"), known: false };
}

/**
 * Parses an org-id.guide style identifier (`PREFIX-localid`), normalising case, spaces and
 * scheme-specific forms; unknown prefixes are kept and flagged, source ids (GB-CFS) are marked.
 * @example parseOrgId(" gb-coh-1234567 ", register).value // "GB-COH-01234567"
 */
export function parseOrgId(input: string, register: OrgIdRegister): ParsedOrgId {
  let memo = parsedByRegister.get(register);
  if (!memo) {
    memo = { recent: new Map(), older: new Map() };
    parsedByRegister.set(register, memo);
  }
  let parsed = memo.recent.get(input);
  if (parsed) return parsed;
  parsed = memo.older.get(input);
  if (!parsed) {
    parsed = Object.freeze(parseOrgIdOnce(input, register));
    Object.freeze(parsed.notes);
  }
  // Two generations: a full `recent` becomes `older`, so ids named again and again (a funder on
  // every grant) stay while the rest age out; memory stays bounded at 2 × MEMO_SIZE.
  if (memo.recent.size >= MEMO_SIZE) {
    memo.older = memo.recent;
    memo.recent = new Map();
  }
  memo.recent.set(input, parsed);
  return parsed;
}

/** Parsed identifiers by register and input (results are frozen: they are shared). */
const parsedByRegister = new WeakMap<
  OrgIdRegister,
  { recent: Map<string, ParsedOrgId>; older: Map<string, ParsedOrgId> }
>();
const MEMO_SIZE = 20_000;

function parseOrgIdOnce(input: string, register: OrgIdRegister): ParsedOrgId {
  const trimmed = input.trim().replace(/\s*-\s*/g, "-");
  const invalid = (note: string): ParsedOrgId => ({
    input,
    value: null,
    prefix: null,
    localId: null,
    status: "invalid",
    notes: [note],
  });
  if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*-\S+/.test(trimmed))
    return invalid("not an identifier of the form PREFIX-ID (e.g. GB-CHC-1000001)");
  const { prefix, known } = prefixOf(trimmed.toUpperCase(), register);
  const local = normaliseLocalId(prefix, trimmed.slice(prefix.length + 1));
  if (!local) return invalid("has a prefix but no identifier after it");
  const value = `${prefix}-${local}`;
  const list = register.get(prefix);
  if (list)
    return {
      input,
      value,
      prefix,
      localId: local,
      status: "register",
      notes: list.deprecated ? [`${prefix} (${list.name}) is a deprecated list`] : [],
    };
  if (known) {
    const what = SOURCE_PREFIXES[prefix];
    const notes = [`${prefix} is ${what}, not an org-id.guide register`];
    return { input, value, prefix, localId: local, status: "source", notes };
  }
  const notes = [`prefix ${prefix} is not in the org-id.guide register`];
  return { input, value, prefix, localId: local, status: "unknown", notes };
}

/** Builds an identifier from an OCDS/360Giving `scheme` and `id` pair, tolerating ids that repeat the scheme. */
export function orgIdOfSchemeAndId(
  scheme: string,
  id: string,
  register: OrgIdRegister,
): ParsedOrgId {
  const s = scheme.trim();
  const local = id.trim();
  const already = local.toUpperCase().startsWith(`${s.toUpperCase()}-`);
  return parseOrgId(already ? local : `${s}-${local}`, register);
}
