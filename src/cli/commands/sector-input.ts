import { type SectorFilter, SIZE_METRICS, type SizeMetric } from "../../engine/landscape/index.ts";
import type { ExchangeDocument } from "../../shared/index.ts";
import {
  describeProblems,
  EVENT_TYPES,
  EXCHANGE_FORMAT,
  exchangeSchema,
  FORMS,
  isIsoDate,
  NATIONS,
  ORGANISATION_KINDS,
  ORIGINS,
  problemsOf,
  ROLES,
  SECTORS,
} from "../../shared/index.ts";
import { type CliIo, UsageError } from "../command.ts";
import { integerFlag } from "../number-options.ts";
import { isCanonicalShape } from "./sector-shape.ts";

/**
 * Reads a partnerscope/v1 export for the sector commands. Fast path (measured: zod takes longer
 * than JSON.parse itself on a 200,000-organisation file): JSON.parse, check `format`, then a light
 * structural check that every field the analytics read is present with the right type and enum
 * value; only when that fails does the full zod schema run, to fill defaults or name the problem.
 * The fast path skips cross-field refinements (duplicate fact years, dissolves ⊂ organisations).
 */
export async function readExchangeFile(
  io: CliIo,
  path: string | undefined,
): Promise<ExchangeDocument> {
  if (!path) throw new UsageError("missing FILE (a partnerscope/v1 export)");
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${path} is not JSON (${(error as Error).message})`);
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format !== EXCHANGE_FORMAT)
    throw new UsageError(
      `${path} is not a ${EXCHANGE_FORMAT} export (format is ${JSON.stringify(format ?? null)})`,
    );
  if (isCanonicalShape(raw, ENUMS)) {
    const doc = raw as ExchangeDocument;
    const rest = exchangeRest.safeParse(doc);
    if (rest.success) return doc;
  }
  const parsed = exchangeSchema.safeParse(raw);
  if (!parsed.success)
    throw new UsageError(
      `${path} is not a valid ${EXCHANGE_FORMAT} export: ${describeProblems(problemsOf(parsed.error), 1)}`,
    );
  return parsed.data;
}

/** Contracts and evidence are not read by the analytics but still checked fully (they are small). */
const exchangeRest = exchangeSchema.pick({ workspace: true, contracts: true, evidence: true });

const ENUMS = {
  sectors: new Set<string>(SECTORS),
  kinds: new Set<string>(ORGANISATION_KINDS),
  nations: new Set<string>(NATIONS),
  forms: new Set<string>(FORMS),
  origins: new Set<string>(ORIGINS),
  roles: new Set<string>(ROLES),
  eventTypes: new Set<string>(EVENT_TYPES),
};

/** The date in an option, or a UsageError naming the option. */
export function dateOption(value: unknown, name: string): string {
  if (typeof value !== "string" || value === "")
    throw new UsageError(`--${name} is required (a date written YYYY-MM-DD)`);
  if (!isIsoDate(value))
    throw new UsageError(`--${name} must be a real date written YYYY-MM-DD (got "${value}")`);
  return value;
}

/** The options choosing the set a sector measure covers. */
export const SECTOR_SET_OPTIONS = {
  nation: { type: "string" },
  kind: { type: "string" },
} as const;

/** The usage lines of --nation and --kind. */
export const SECTOR_SET_USAGE = `  --nation  only organisations of this nation (${NATIONS.join(", ")}); default all
  --kind    only organisations of this kind (e.g. housing_association, charity); default all`;

function oneOf(value: unknown, name: string, allowed: readonly string[]): string | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!allowed.includes(text))
    throw new UsageError(`unknown ${name} "${text}" (use ${allowed.join(", ")})`);
  return text;
}

/** The set in --nation and --kind (each optional), or a UsageError naming the unknown value. */
export function sectorFilterOption(values: Record<string, unknown>): SectorFilter {
  const nation = oneOf(values.nation, "nation", NATIONS) as SectorFilter["nation"];
  const kind = oneOf(values.kind, "kind", ORGANISATION_KINDS) as SectorFilter["kind"];
  return { ...(nation ? { nation } : {}), ...(kind ? { kind } : {}) };
}

/** The size metric in --metric (default homes). */
export function metricOption(value: unknown): SizeMetric {
  const metric = value === undefined ? "homes" : String(value);
  if (!(SIZE_METRICS as readonly string[]).includes(metric))
    throw new UsageError(`unknown metric "${metric}" (use ${SIZE_METRICS.join(", ")})`);
  return metric as SizeMetric;
}

/** A whole number in [min, max] in an option, or its default. */
export function integerOption(
  value: unknown,
  name: string,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  return integerFlag(value, name, fallback, min, max);
}

/** A plain-text table with aligned columns. */
export function tableOf(rows: readonly (readonly (string | number)[])[]): string {
  const text = rows.map((r) => r.map(String));
  const widths = text[0]!.map((_, i) => Math.max(...text.map((r) => r[i]?.length ?? 0)));
  return text
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** A number for people: thousands separators, at most `digits` decimals. */
export function numberText(n: number, digits = 2): string {
  return n.toLocaleString("en-GB", { maximumFractionDigits: digits });
}
