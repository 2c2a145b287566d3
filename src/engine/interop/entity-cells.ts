import { LIST_SEPARATOR } from "./entity-columns.ts";

/** Cells of one row by field name (after a column mapping), as text. */
export type Cells = Readonly<Record<string, string | undefined>>;

type Json = Record<string, unknown>;

const text = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());
const listOf = (v: string | undefined) =>
  (text(v) ?? "")
    .split(LIST_SEPARATOR.trim())
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** A number, or the text itself when it is not one (the schema then names the field). */
function numberOf(v: string | undefined): unknown {
  const t = text(v);
  if (t === null) return null;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : t;
}

function booleanOf(v: string | undefined): unknown {
  const t = text(v)?.toLowerCase();
  if (t === undefined) return undefined;
  if (["true", "yes", "y", "1"].includes(t)) return true;
  if (["false", "no", "n", "0"].includes(t)) return false;
  return t;
}

/** `2010: homes 5, turnover 12000000` → `{ year: 2010, homes: 5, turnover: 12000000, staff: null }`. */
function factOf(item: string): unknown {
  const m = /^(\d{4})\s*:\s*(.*)$/.exec(item);
  if (!m) return { year: item };
  const fact: Json = { year: Number(m[1]), homes: null, turnover: null, staff: null };
  for (const part of m[2]!
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [key, value] = part.split(/\s+/);
    if (key && key in fact) fact[key] = numberOf(value);
  }
  return fact;
}

/** `GB-CHC:1000001` → `{ scheme: "GB-CHC", id: "1000001" }`. */
function identifierOf(item: string): unknown {
  const at = item.indexOf(":");
  return at < 0 ? { scheme: "", id: item } : { scheme: item.slice(0, at), id: item.slice(at + 1) };
}

/** An organisation's input from its cells (the schema checks it afterwards). */
export function organisationInputOf(c: Cells): Json {
  return {
    id: text(c["id"]),
    name: text(c["name"]),
    otherNames: listOf(c["otherNames"]),
    sector: text(c["sector"]),
    kind: text(c["kind"]),
    nation: text(c["nation"]),
    fields: listOf(c["fields"]),
    identifiers: listOf(c["identifiers"]).map(identifierOf),
    illustrative: booleanOf(c["illustrative"]) ?? false,
    facts: listOf(c["facts"]).map(factOf),
  };
}

/** A partnership's input (without members) from its cells. */
export function partnershipInputOf(c: Cells): Json {
  return {
    id: text(c["id"]),
    name: text(c["name"]),
    form: text(c["form"]),
    direction: text(c["direction"]),
    origin: text(c["origin"]),
    stage: numberOf(c["stage"]),
    functions: listOf(c["functions"]),
    commissioner: text(c["commissioner"]),
    start: text(c["start"]),
    end: text(c["end"]),
    description: text(c["description"]),
    integration: listOf(c["integration"]).map((item) => {
      const [fn, flag] = item.split(/\s*:\s*/);
      return { function: fn, integrated: booleanOf(flag) };
    }),
    members: [],
  };
}

/** A membership's input (and the partnership it belongs to) from its cells. */
export function membershipInputOf(c: Cells): { partnership: string | null; member: Json } {
  return {
    partnership: text(c["partnership"]),
    member: {
      organisation: text(c["organisation"]),
      role: text(c["role"]) ?? "member",
      joined: text(c["joined"]),
      left: text(c["left"]),
      shareOfValue: numberOf(c["shareOfValue"]),
      shareOfTurnover: numberOf(c["shareOfTurnover"]),
      shareOfStaff: numberOf(c["shareOfStaff"]),
    },
  };
}
