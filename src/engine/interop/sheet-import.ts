import type { z } from "zod";
import { cellOfSafe } from "../../shared/csv-text.ts";
import {
  type ExchangeDocument,
  FORMS,
  type Membership,
  membershipSchema,
  organisationSchema,
  partnershipSchema,
} from "../../shared/index.ts";
import { membershipInputOf, organisationInputOf, partnershipInputOf } from "./entity-cells.ts";
import { ENTITY_COLUMNS } from "./entity-columns.ts";
import { entityIdOf } from "./entity-id.ts";
import { createExchangeBuilder, type ImportProvenance } from "./exchange-builder.ts";
import type { ImportCounts, ImportOptions } from "./import-options.ts";
import {
  fieldCellsOf,
  type ImportMapping,
  missingColumnsCheck,
  type SheetMapping,
  type SheetTable,
  sheetMappingOf,
} from "./sheet-mapping.ts";
import { type SheetEntity, sheetRowIssues } from "./sheet-values.ts";
import {
  createValidationReport,
  isError,
  type RecordIssue,
  type ValidationReport,
} from "./validation-report.ts";

/** The outcome of a spreadsheet import, shaped like the OCDS and 360Giving ones. */
export interface SheetImportResult {
  report: ValidationReport & { warnings: string[] };
  document: ExchangeDocument;
  provenance: ImportProvenance;
  counts: ImportCounts;
  /** Memberships of partnerships not in the file (the service adds them to stored partnerships). */
  looseMemberships: { partnership: string; member: Membership }[];
  /** Organisations made up from relationship names: kept only when not stored already. */
  placeholders: string[];
}

const ORG_DEFAULTS = { sector: "third", kind: "other" };
const PARTNERSHIP_DEFAULTS = { direction: "horizontal", origin: "voluntary", stage: "1" };
type Row = SheetTable["rows"][number];

const safeCells = (row: Row) =>
  Object.fromEntries(Object.entries(row.cells).map(([k, v]) => [k, cellOfSafe(v)]));

/**
 * Maps spreadsheet tables (organisations, partnerships, memberships, Kumu-style relationships) to
 * an exchange document with provenance, validating every row against the model.
 * @example sheetImportOf("orgs.csv", [{ name: "orgs.csv", headers: ["id", "name"], rows: [{ row: 2, cells: { id: "a", name: "A" } }] }], null).counts.organisations // 1
 */
export function sheetImportOf(
  sourceFile: string,
  tables: readonly SheetTable[],
  mapping: ImportMapping | null,
  options: ImportOptions = {},
  /** Stored organisations, so relationship rows can name them by id or name. */
  known: readonly { id: string; name: string }[] = [],
): SheetImportResult {
  const builder = createExchangeBuilder(options.workspaceName ?? sourceFile);
  const report = createValidationReport();
  const warnings: string[] = [];
  const memberships: { partnership: string; member: Membership }[] = [];
  const relationships: { table: SheetTable; mapping: SheetMapping }[] = [];
  let rows = 0;
  let invalid = 0;
  const check = <T>(
    schema: z.ZodType<T, unknown>,
    entity: SheetEntity,
    label: string,
    input: unknown,
    cellIssues: RecordIssue[] = [],
  ) => {
    rows++;
    const parsed = schema.safeParse(input);
    const issues = sheetRowIssues(entity, input, parsed.error ?? null, cellIssues);
    report.add(label, issues);
    // A value error refuses the row even when the schema would take what is left of it.
    const ok = parsed.success && !issues.some(isError);
    if (!ok) invalid++;
    return ok ? parsed.data : null;
  };
  for (const table of tables) {
    const m = sheetMappingOf(table, mapping);
    if (!m) {
      warnings.push(
        `sheet '${table.name}' is not imported from spreadsheets (or not in the mapping), skipped`,
      );
      continue;
    }
    missingColumnsCheck(table, m);
    if (m.entity === "relationships") relationships.push({ table, mapping: m });
    for (const row of m.entity === "relationships" ? [] : table.rows) {
      const label = `${table.name} row ${row.row}`;
      const source = { sourceFile, publisher: null, row: row.row };
      if (m.entity === "organisations") {
        const withDefaults = { ...m, defaults: { ...ORG_DEFAULTS, ...m.defaults } };
        const cells = fieldCellsOf(
          table,
          withDefaults,
          safeCells(row),
          ENTITY_COLUMNS.organisations,
        );
        const cellIssues: RecordIssue[] = [];
        const input = organisationInputOf(cells, cellIssues);
        const o = check(organisationSchema, "organisation", label, input, cellIssues);
        if (o) builder.organisation(o, source);
      } else if (m.entity === "partnerships") {
        const withDefaults = { ...m, defaults: { ...PARTNERSHIP_DEFAULTS, ...m.defaults } };
        const cells = fieldCellsOf(
          table,
          withDefaults,
          safeCells(row),
          ENTITY_COLUMNS.partnerships,
        );
        const p = check(partnershipSchema, "partnership", label, partnershipInputOf(cells));
        if (p) builder.partnership(p, source);
      } else {
        const cells = fieldCellsOf(table, m, safeCells(row), ENTITY_COLUMNS.memberships);
        const { partnership, member } = membershipInputOf(cells);
        const parsed = check(membershipSchema, "membership", label, member);
        if (parsed && partnership) memberships.push({ partnership, member: parsed });
      }
    }
  }
  const placeholders = relationships.flatMap(({ table, mapping: m }) =>
    relationshipRows(table, m, builder, known, sourceFile, (label, input) =>
      check(partnershipSchema, "relationship", label, input),
    ),
  );
  const result = builder.result();
  const byId = new Map(result.document.partnerships.map((p) => [p.id, p]));
  const loose = memberships.filter(({ partnership, member }) => {
    const p = byId.get(partnership);
    if (p) p.members.push(member);
    return !p;
  });
  const stop = options.onInvalid === "stop" && invalid > 0;
  const document = stop
    ? { ...result.document, organisations: [], partnerships: [] }
    : result.document;
  return {
    report: { ...report.result(), warnings },
    document,
    provenance: result.provenance,
    counts: {
      rows,
      invalid,
      organisations: document.organisations.length,
      partnerships: document.partnerships.length,
      memberships: memberships.length,
    },
    looseMemberships: stop ? [] : loose,
    placeholders,
  };
}

type Builder = ReturnType<typeof createExchangeBuilder>;

/** Kumu rows: each From–To pair becomes a two-member partnership; unknown names become organisations. */
function relationshipRows(
  table: SheetTable,
  m: SheetMapping,
  builder: Builder,
  known: readonly { id: string; name: string }[],
  sourceFile: string,
  check: (label: string, input: unknown) => ReturnType<typeof partnershipSchema.parse> | null,
): string[] {
  const placeholders: string[] = [];
  const { document } = builder.result();
  const byName = new Map(
    [...known, ...document.organisations].map((o) => [o.name.toLowerCase(), o.id]),
  );
  const knownIds = new Set(known.map((o) => o.id));
  const orgOf = (text: string, source: { sourceFile: string; publisher: null; row: number }) => {
    if (builder.hasOrganisation(text) || knownIds.has(text)) return text;
    const known = byName.get(text.toLowerCase());
    if (known) return known;
    const id = entityIdOf(text);
    if (!builder.hasOrganisation(id)) placeholders.push(id);
    builder.organisation(
      {
        id,
        name: text,
        otherNames: [],
        sector: "third",
        kind: "other",
        nation: null,
        fields: [],
        identifiers: [],
        illustrative: false,
        facts: [],
      },
      source,
    );
    byName.set(text.toLowerCase(), id);
    return id;
  };
  for (const row of table.rows) {
    const cells = fieldCellsOf(table, m, safeCells(row), ["from", "to", "type"]);
    const [from, to, type] = [
      cells["from"]?.trim(),
      cells["to"]?.trim(),
      cells["type"]?.trim() ?? "",
    ];
    const source = { sourceFile, publisher: null, row: row.row };
    const a = from ? orgOf(from, source) : null;
    const b = to ? orgOf(to, source) : null;
    const form = m.forms?.[type] ?? ((FORMS as readonly string[]).includes(type) ? type : "other");
    const p = check(`${table.name} row ${row.row}`, {
      id: entityIdOf(`rel-${a}-${b}${type ? `-${type}` : ""}`),
      name: `${from ?? "?"} – ${to ?? "?"}${type ? ` (${type})` : ""}`,
      form,
      direction: "horizontal",
      origin: "voluntary",
      stage: 1,
      members: [a, b]
        .filter((x) => x !== null)
        .map((organisation) => ({ organisation, role: "member" })),
    });
    if (p && a && b) builder.partnership(p, source);
  }
  return placeholders;
}
