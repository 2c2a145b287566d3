import { cellOfSafe, csvTextOf } from "../../shared/csv-text.ts";
import type { Problem } from "../../shared/index.ts";
import { PROXY_COLUMNS, type ProxyInput, type StoredProxy } from "../../shared/proxies.ts";
import type { ServiceContext } from "../context.ts";
import { DomainError, invalid } from "../errors.ts";
import type { CsvRecord } from "../interop/csv-reader.ts";
import { csvUploadRecords } from "../interop/csv-upload.ts";
import { proxiesAdd, proxiesList, proxyIdParse, proxyParse } from "./proxies.ts";

const REQUIRED = ["id", "name", "value", "unit", "currency", "year", "source"];
const NUMERIC = new Set(["value", "year", "confidence"]);
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** One data row as a proxy's fields, by the title row's names; a number cell becomes a number. */
function fieldsOf(header: string[], cells: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = cellOfSafe((cells[i] ?? "").trim());
    if (cell === "" || !(PROXY_COLUMNS as readonly string[]).includes(name)) return;
    fields[name] = NUMERIC.has(name) && NUMBER.test(cell) ? Number(cell) : cell;
  });
  return fields;
}

/** The title row's column names, lower-cased; refused when a required column is missing. */
function headerOf(title: CsvRecord | undefined): string[] {
  const header = (title?.cells ?? []).map((c) => c.trim().toLowerCase());
  const absent = REQUIRED.filter((c) => !header.includes(c));
  if (!title || absent.length)
    throw invalid("The CSV has no proxy columns", [
      {
        path: "line 1",
        message: `the title row needs ${PROXY_COLUMNS.join(",")}; missing ${absent.join(", ")}`,
      },
    ]);
  return header;
}

/** Every data row checked: the proxies, or every problem named by line and column. */
function itemsOf(header: string[], data: CsvRecord[]) {
  const problems: Problem[] = [];
  const items: { id: string; proxy: ProxyInput; where: string }[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of data) {
    const { id, ...rest } = fieldsOf(header, cells);
    const where = (path: string) => `line ${line}, column ${path.replace(/^\$\./, "")}`;
    try {
      const item = {
        id: proxyIdParse(id, where("$.id")),
        proxy: proxyParse(rest, where),
        where: where("$.id"),
      };
      const first = seen.get(item.id);
      if (first !== undefined)
        problems.push({ path: item.where, message: `"${item.id}" is also on line ${first}` });
      seen.set(item.id, line);
      items.push(item);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(...(error.problems ?? []));
    }
  }
  return { items, problems };
}

/**
 * Imports proxies from CSV text (id,name,value,unit,currency,year,source,confidence,notes), all
 * or nothing: every problem is named by line and column, and nothing is stored if there is one.
 */
export async function proxiesImportCsv(
  ctx: ServiceContext,
  slug: string,
  text: string,
): Promise<{ added: number }> {
  const [title, ...data] = await csvUploadRecords(text, "proxies.csv");
  const header = headerOf(title);
  if (data.length === 0)
    throw invalid("The CSV has no proxies", [
      { path: "line 2", message: "no data rows after the title row" },
    ]);
  const { items, problems } = itemsOf(header, data);
  if (problems.length)
    throw invalid("The CSV's proxies are not valid; nothing was imported", problems);
  return { added: (await proxiesAdd(ctx, slug, items, "import")).length };
}

/** The workspace's proxy library as formula-safe CSV text (the import's columns). */
export async function proxiesCsv(ctx: ServiceContext, slug: string): Promise<string> {
  const rows = (await proxiesList(ctx, slug)).map((p: StoredProxy) =>
    PROXY_COLUMNS.map((c) => p[c]),
  );
  return csvTextOf([...PROXY_COLUMNS], rows);
}
