import { cellOfSafe, csvTextOf } from "../../shared/csv-text.ts";
import { outcomeMeasuresOf } from "../../store/index.ts";
import type { ServiceContext } from "../context.ts";
import { invalid } from "../errors.ts";
import type { CsvRecord } from "../interop/csv-reader.ts";
import { csvUploadRecords } from "../interop/csv-upload.ts";
import { workspaceRequire } from "../workspaces.ts";
import { outcomeFrameworkRequire } from "./outcome-checks.ts";
import { measuresCheck, measuresStore } from "./outcome-measures.ts";

/** The columns of a measures CSV, in the order the export writes them. */
export const MEASURE_COLUMNS = ["indicator", "date", "value", "person", "phase"] as const;
const REQUIRED = ["indicator", "date", "value"];

/** Each record as a measure's fields, by the title row's column names; empty cells are left out. */
function rowsOf(records: CsvRecord[]): { rows: Record<string, unknown>[]; lines: number[] } {
  const [title, ...data] = records;
  const header = (title?.cells ?? []).map((c) => c.trim().toLowerCase());
  const absent = REQUIRED.filter((c) => !header.includes(c));
  if (!title || absent.length)
    throw invalid("The CSV has no measures columns", [
      {
        path: "line 1",
        message: `the title row needs columns ${MEASURE_COLUMNS.join(",")}; missing ${absent.join(", ")}`,
      },
    ]);
  const at = (cells: string[], name: string) => {
    const i = header.indexOf(name);
    const cell = i < 0 ? "" : cellOfSafe((cells[i] ?? "").trim());
    return cell === "" ? undefined : cell;
  };
  const rows = data.map(({ cells }) => {
    const value = at(cells, "value");
    return {
      indicator: at(cells, "indicator"),
      date: at(cells, "date"),
      // A number written as text is refused by the schema, naming the cell as given.
      value:
        value !== undefined && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value)
          ? Number(value)
          : value,
      personCode: at(cells, "person"),
      phase: at(cells, "phase"),
      source: "imported",
    };
  });
  return { rows, lines: data.map((r) => r.line) };
}

/** Imports measures from CSV text (indicator,date,value,person,phase), all or nothing; problems name the line. */
export async function outcomeMeasuresImportCsv(
  ctx: ServiceContext,
  slug: string,
  id: string,
  text: string,
): Promise<{ added: number }> {
  const { rows, lines } = rowsOf(await csvUploadRecords(text, "measures.csv"));
  if (rows.length === 0)
    throw invalid("The CSV has no measures", [
      { path: "line 2", message: "no data rows after the title row" },
    ]);
  const column = (field: string) => (field === "personCode" ? "person" : field);
  const where = (i: number, field: string) => `line ${lines[i]}, column ${column(field)}`;
  return measuresStore(ctx, slug, id, (f) => measuresCheck(f, rows, where), "import");
}

/** A framework's measures as formula-safe CSV text. */
export async function outcomeMeasuresCsv(
  ctx: ServiceContext,
  slug: string,
  id: string,
): Promise<string> {
  const ws = await workspaceRequire(ctx, slug);
  await outcomeFrameworkRequire(ctx.store.db, ws.id, slug, id);
  const rows = await outcomeMeasuresOf(ctx.store.db, ws.id, id);
  return csvTextOf(
    [...MEASURE_COLUMNS, "source"],
    rows.map((r) => [r.indicator, r.date, r.value, r.personCode, r.phase, r.source]),
  );
}
