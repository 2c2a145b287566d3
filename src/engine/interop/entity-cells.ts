import { LIST_SEPARATOR } from "./entity-columns.ts";
import type { RecordIssue } from "./validation-report.ts";

/** Cells of one row by field name (after a column mapping), as text. */
export type Cells = Readonly<Record<string, string | undefined>>;

type Json = Record<string, unknown>;

const text = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());
const listOf = (v: string | undefined) =>
  (text(v) ?? "")
    .split(LIST_SEPARATOR.trim())
    .map((s) => s.trim())
    .filter((s) => s !== "");

/** Decimal numbers, with commas only as thousands separators (`1,234.5`; `12,34` is not one). */
const DECIMAL = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A number, or the text itself when it is not one (the schema then names the field): never a
 * guess such as `0x10` → 16 or `12,34` → 1234, and never a number too large to keep (`1e400`).
 */
function numberOf(v: string | undefined): unknown {
  const t = text(v);
  if (t === null) return null;
  if (!DECIMAL.test(t)) return t;
  const n = Number(t.replace(/,/g, ""));
  // A whole number past 2^53 would be stored rounded (12345678901234567890 → …7000): refused too.
  const whole = !/[.eE]/.test(t);
  return Number.isFinite(n) && (!whole || Number.isSafeInteger(n)) ? n : t;
}

function booleanOf(v: string | undefined): unknown {
  const t = text(v)?.toLowerCase();
  if (t === undefined) return undefined;
  if (["true", "yes", "y", "1"].includes(t)) return true;
  if (["false", "no", "n", "0"].includes(t)) return false;
  return t;
}

const FACT_KEYS = ["homes", "turnover", "staff"];

/**
 * `2010: homes 5, turnover 12000000` → `{ year: 2010, homes: 5, turnover: 12000000, staff: null }`.
 * Parts are split at `, ` so a value written `12,000,000` stays whole; a part naming anything
 * but homes, turnover or staff is an issue (it would otherwise be lost).
 */
function factOf(item: string, at: string, issues: RecordIssue[]): unknown {
  const m = /^(\d{4})\s*:\s*(.*)$/.exec(item);
  if (!m) return { year: item };
  const fact: Json = { year: Number(m[1]), homes: null, turnover: null, staff: null };
  for (const part of m[2]!
    .split(/,\s+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [, key = part, value = ""] = /^(\S+)\s*(.*)$/.exec(part) ?? [];
    if (FACT_KEYS.includes(key)) fact[key] = numberOf(value);
    else
      issues.push({
        rule: "cell:unknown-fact",
        message:
          "a fact other than homes, turnover or staff (it cannot be stored): the row is refused",
        path: at,
        value: part,
      });
  }
  return fact;
}

/** `GB-CHC:1000001` → `{ scheme: "GB-CHC", id: "1000001" }`. */
function identifierOf(item: string): unknown {
  const at = item.indexOf(":");
  return at < 0 ? { scheme: "", id: item } : { scheme: item.slice(0, at), id: item.slice(at + 1) };
}

/**
 * An organisation's input from its cells (the schema checks it afterwards); what cannot be read
 * from a cell without losing part of it is added to `issues`.
 */
export function organisationInputOf(c: Cells, issues: RecordIssue[] = []): Json {
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
    facts: listOf(c["facts"]).map((f, i) => factOf(f, `.facts[${i}]`, issues)),
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
      // Only the first colon separates: `a: yes: b` is a flag the schema refuses, not `yes`.
      const at = item.indexOf(":");
      const [fn, flag] = at < 0 ? [item, undefined] : [item.slice(0, at), item.slice(at + 1)];
      return { function: fn.trim(), integrated: booleanOf(flag) };
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
