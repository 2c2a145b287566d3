type Json = Record<string, unknown>;

/** Where a spreadsheet column goes in a grant: JSON keys, `[]` for an array position, and the leaf's type. */
interface Column {
  path: string[];
  type: string;
}

/** Maps normalised 360Giving column titles (`recipient org:identifier`) to grant JSON paths. */
export type GivingColumnIndex = ReadonlyMap<string, Column>;

/** Case, spacing and the separator (`:` in titles, `/` in JSON-path headers) do not matter. */
const normalise = (title: string) =>
  title
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*[:/]\s*/g, ":");
const isObject = (v: unknown): v is Json =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function resolveRef(schema: Json, node: Json): Json {
  let n = node;
  for (let i = 0; i < 5 && typeof n["$ref"] === "string"; i++) {
    const name = (n["$ref"] as string).split("/").pop()!;
    n = ((schema["$defs"] ?? schema["definitions"]) as Json)?.[name] as Json;
    if (!isObject(n)) return {};
  }
  return n;
}

function typeOf(node: Json): string {
  const t = node["type"];
  const types = Array.isArray(t) ? t : [t];
  return String(types.find((x) => x !== "null") ?? "string");
}

function walk(
  schema: Json,
  props: Json,
  titles: string[],
  path: string[],
  out: Map<string, Column>,
  depth: number,
) {
  for (const [key, raw] of Object.entries(props)) {
    if (!isObject(raw)) continue;
    const node = resolveRef(schema, raw);
    const title = String(raw["title"] ?? node["title"] ?? key);
    const type = typeOf(node);
    const items = isObject(node["items"]) ? resolveRef(schema, node["items"]) : {};
    if (isObject(node["properties"]) && depth < 3)
      walk(schema, node["properties"], [...titles, title], [...path, key], out, depth + 1);
    else if (type === "array" && isObject(items["properties"]) && depth < 3)
      walk(schema, items["properties"], [...titles, title], [...path, key, "[]"], out, depth + 1);
    else {
      const column = {
        path: [...path, key],
        type: type === "array" ? `array:${typeOf(items)}` : type,
      };
      out.set(normalise([...titles, title].join(":")), column);
      // JSON keys work too (`regrantType`, `recipientOrganization/0/id`).
      out.set(normalise(column.path.filter((p) => p !== "[]").join(":")), column);
    }
  }
}

/**
 * Builds the column-title index of 360Giving spreadsheets from the grant schema's `title`s, as
 * flatten-tool does: `Recipient Org:Identifier` → `recipientOrganization[0].id`.
 * @example givingColumnIndexOf(grantSchema).get("amount awarded")?.path // ["amountAwarded"]
 */
export function givingColumnIndexOf(grantSchema: Readonly<Json>): GivingColumnIndex {
  const out = new Map<string, Column>();
  walk(grantSchema as Json, (grantSchema["properties"] ?? {}) as Json, [], [], out, 0);
  return out;
}

function converted(value: string, type: string): unknown {
  const v = value.trim();
  if (type === "number" || type === "integer") {
    const t = v.replace(/[£$€,\s]/g, "");
    const n = Number(t);
    // Never a guess (0x10 → 16), nor a whole number rounded past 2^53 (…67890 → …67000).
    const exact =
      /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t) &&
      (/[.eE]/.test(t) || Number.isSafeInteger(n));
    return exact && Number.isFinite(n) ? n : v;
  }
  if (type === "boolean")
    return /^(true|yes|y|1)$/i.test(v) ? true : /^(false|no|n|0)$/i.test(v) ? false : v;
  if (type.startsWith("array:")) return v.split(/\s*;\s*/).filter((s) => s !== "");
  return v;
}

/** The child container under `key`, created (as an array or object) when missing. */
function childOf(container: Json, key: string, array: boolean): Json | unknown[] {
  const existing = container[key];
  if (array ? Array.isArray(existing) : isObject(existing)) return existing as Json | unknown[];
  const created = array ? [] : {};
  container[key] = created;
  return created;
}

function setAt(target: Json, path: readonly string[], indexes: number[], value: unknown): void {
  let node: Json = target;
  path.forEach((key, i) => {
    if (key === "[]") return;
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    if (path[i + 1] === "[]") {
      const list = childOf(node, key, true) as Json[];
      const at = indexes.shift() ?? 0;
      list[at] ??= {};
      node = list[at]!;
    } else node = childOf(node, key, false) as Json;
  });
}

/**
 * Turns one spreadsheet row (column title → cell text) into a 360Giving grant; columns may carry
 * array positions (`Beneficiary Location:1:Name`), and unknown columns are returned by name.
 * @example grantOfRow({ "Amount Awarded": "1,000" }, index).grant // { amountAwarded: 1000 }
 */
export function grantOfRow(
  row: Readonly<Record<string, string>>,
  index: GivingColumnIndex,
): { grant: Json; unknownColumns: string[] } {
  const grant: Json = {};
  const unknownColumns: string[] = [];
  for (const [header, cell] of Object.entries(row)) {
    if (cell === undefined || cell === null || String(cell).trim() === "") continue;
    const parts = normalise(header).split(":");
    const indexes = parts.filter((p) => /^\d+$/.test(p)).map(Number);
    const column = index.get(parts.filter((p) => !/^\d+$/.test(p)).join(":"));
    if (!column) {
      unknownColumns.push(header);
      continue;
    }
    setAt(grant, column.path, indexes, converted(String(cell), column.type));
  }
  // Rows fill arrays by position; drop holes left by skipped empty cells.
  for (const [k, v] of Object.entries(grant))
    if (Array.isArray(v)) grant[k] = v.filter((x) => x !== undefined);
  return { grant, unknownColumns };
}
