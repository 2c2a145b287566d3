/** Enumerations the light check compares against. */
export interface ShapeEnums {
  sectors: Set<string>;
  kinds: Set<string>;
  nations: Set<string>;
  forms: Set<string>;
  origins: Set<string>;
  roles: Set<string>;
  eventTypes: Set<string>;
}

type Row = Record<string, unknown>;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD naming a real day, without building a Date (hundreds of thousands per file). */
export function isCalendarDate(s: string): boolean {
  if (s.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS[month - 1]!);
}
const isRow = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown) => typeof v === "string" && v.length > 0;
// JSON.parse reads 1e400 as Infinity: only finite numbers pass, the rest go to zod, which names them.
const isAmount = (v: unknown) => v === null || (Number.isFinite(v) && (v as number) >= 0);
const isShare = (v: unknown) =>
  v === null || (Number.isFinite(v) && (v as number) >= 0 && (v as number) <= 1);

function isOrganisation(o: unknown, e: ShapeEnums): boolean {
  if (!isRow(o) || !isText(o.id) || !isText(o.name) || !Array.isArray(o.facts)) return false;
  if (!e.sectors.has(o.sector as string) || !e.kinds.has(o.kind as string)) return false;
  if (o.nation !== null && !e.nations.has(o.nation as string)) return false;
  if (!Array.isArray(o.otherNames) || !Array.isArray(o.fields) || !Array.isArray(o.identifiers))
    return false;
  return o.facts.every(
    (f: unknown) =>
      isRow(f) &&
      Number.isInteger(f.year) &&
      isAmount(f.homes) &&
      isAmount(f.turnover) &&
      isAmount(f.staff),
  );
}

function isPartnership(p: unknown, e: ShapeEnums, date: (v: unknown) => boolean): boolean {
  if (!isRow(p) || !isText(p.id) || !isText(p.name) || !e.forms.has(p.form as string)) return false;
  if (
    !e.origins.has(p.origin as string) ||
    !Number.isInteger(p.stage) ||
    (p.stage as number) < 0 ||
    (p.stage as number) > 7
  )
    return false;
  if (!date(p.start) || !date(p.end) || !Array.isArray(p.functions) || !Array.isArray(p.members))
    return false;
  if (p.start !== null && p.end !== null && (p.end as string) < (p.start as string)) return false;
  return p.members.every(
    (m: unknown) =>
      isRow(m) &&
      isText(m.organisation) &&
      e.roles.has(m.role as string) &&
      date(m.joined) &&
      date(m.left) &&
      isShare(m.shareOfTurnover) &&
      isShare(m.shareOfStaff) &&
      isShare(m.shareOfValue),
  );
}

function isEvent(v: unknown, e: ShapeEnums, date: (v: unknown) => boolean): boolean {
  if (
    !isRow(v) ||
    !isText(v.id) ||
    !e.eventTypes.has(v.type as string) ||
    typeof v.date !== "string" ||
    !date(v.date)
  )
    return false;
  if (v.partnership !== null && !isText(v.partnership)) return false;
  if (v.stage !== null && !Number.isInteger(v.stage)) return false;
  return (
    Array.isArray(v.organisations) &&
    Array.isArray(v.dissolves) &&
    v.organisations.every(isText) &&
    v.dissolves.every(isText)
  );
}

/**
 * True when a parsed document already has every field the Landscape analytics read, with the
 * right types, enum values and YYYY-MM-DD dates (as `exchangeToJson` writes them); false sends
 * the caller to the full zod schema, which fills defaults and names the problem.
 */
export function isCanonicalShape(raw: unknown, enums: ShapeEnums): boolean {
  const date = (v: unknown) => v === null || (typeof v === "string" && isCalendarDate(v));
  if (!isRow(raw)) return false;
  const { organisations: o, partnerships: p, events: e } = raw;
  if (!Array.isArray(o) || !Array.isArray(p) || !Array.isArray(e)) return false;
  if (!Array.isArray(raw.contracts) || !Array.isArray(raw.evidence)) return false;
  return (
    o.every((x) => isOrganisation(x, enums)) &&
    p.every((x) => isPartnership(x, enums, date)) &&
    e.every((x) => isEvent(x, enums, date))
  );
}
