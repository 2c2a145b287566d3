import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contextOpen, exchangeExportJson, type OpenContext } from "../../src/services/index.ts";
import {
  corpusPath,
  deepArrays,
  ocidFlood,
  writeGivingWorkbook,
  writeOrganisationsWorkbook,
  writeVariants,
  writeZipBombs,
} from "../factories/bad-input.ts";
import { cliCaptured } from "../factories/cli.ts";
import { type Outcome, ROWS, TARGETS } from "./bad-input-cases.ts";

// Issue 11's regression suite: every case of test/bad-input/README.md against every command that
// reads a file, in process (the CLI's own io), with the database compared before and after.

const dir = mkdtempSync(join(tmpdir(), "partnerscope-bad-input-"));
const gen = join(dir, "gen");
const data = join(dir, "data");

/** `cases/…` and `valid/…` are committed, `gen/…` written by beforeAll; `@x` in argv is `x` committed. */
const pathOf = (file: string) => (file.startsWith("gen/") ? join(dir, file) : corpusPath(file));

// Opened once the workspace is seeded: the export and every table, read after each import.
let ctx: OpenContext;
let reader: Database.Database;
let baseline: Awaited<ReturnType<typeof snapshot>>;

/** Every table's rows, in order: a refused import must leave every one of them as it was. */
function databaseRows(): Record<string, unknown[]> {
  const tables = reader
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, reader.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()]),
  );
}

/** The workspace as `partnerscope export` writes it, and the database's rows. */
const snapshot = async () => ({
  export: await exchangeExportJson(ctx, "ws"),
  rows: databaseRows(),
});

beforeAll(async () => {
  process.env.PARTNERSCOPE_DATA_DIR = data;
  mkdirSync(gen);
  for (const base of [
    "exchange.json",
    "ocds.json",
    "giving.json",
    "giving.csv",
    "organisations.csv",
    "charities.csv",
    "mapping.json",
    "appraisal.json",
    "pbr.json",
    "performance.csv",
    "journeys.csv",
  ])
    writeVariants(gen, `valid/${base}`);
  writeFileSync(join(gen, "deep.json"), deepArrays(100_000));
  writeFileSync(join(gen, "flood.json"), ocidFlood(7, 1 << 20));
  writeGivingWorkbook(join(gen, "giving.xlsx"));
  writeOrganisationsWorkbook(join(gen, "organisations.xlsx"));
  writeZipBombs(gen);
  // A workspace with data, batches and provenance for the refusals to leave alone.
  const seed = [
    ["import", corpusPath("valid/exchange.json"), "-w", "ws"],
    ["import", "ocds", corpusPath("valid/ocds.json"), "-w", "ws"],
    ["import", "360giving", corpusPath("valid/giving.json"), "-w", "ws"],
    ["import", "csv", corpusPath("valid/organisations.csv"), "-w", "ws"],
  ];
  for (const argv of seed) expect((await cliCaptured(...argv)).code).toBe(0);
  ctx = await contextOpen({ dataDir: data });
  reader = new Database(join(data, "partnerscope.db"), { readonly: true });
  baseline = await snapshot();
  expect(baseline.rows["import_batches"]).toHaveLength(3);
  expect(baseline.rows["provenance"]!.length).toBeGreaterThan(0);
  expect(JSON.parse(baseline.export).organisations.length).toBeGreaterThan(4);
}, 60_000);

afterAll(async () => {
  reader?.close();
  await ctx?.close();
  delete process.env.PARTNERSCOPE_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

function expectOutcome(r: { code: number; out: string; err: string }, outcome: Outcome) {
  expect(r.err).not.toMatch(/^\s+at /m);
  if ("ok" in outcome) {
    expect(r, r.err).toMatchObject({ code: 0 });
    expect(r.out).toMatch(outcome.ok);
    return;
  }
  expect(r.code, r.err).toBe(2);
  const lines = r.err.split("\n");
  // The last line is the command's one-line error; a report's grouped problems come before it.
  expect(lines.at(-1)).toMatch(/^partnerscope [a-z0-9 ]+: /);
  if ("error" in outcome) {
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(outcome.error);
  } else {
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^ {2}\S/);
    expect(lines.slice(0, -1).join("\n")).toMatch(outcome.report);
    expect(lines.at(-1)).toMatch(/Nothing was written\.$/);
  }
}

describe("the bad-input corpus against every command that reads a file", () => {
  it.each(ROWS.map((r) => [`${TARGETS[r.target].name} ${r.file}`, r] as const))(
    "%s",
    async (_, { file, target, outcome }) => {
      const t = TARGETS[target];
      const argv = t
        .argv(pathOf(file))
        .map((a) => (a.startsWith("@") ? corpusPath(a.slice(1)) : a));
      // Files that must be read are tried on a dry run: nothing may be written either way.
      if (t.importer && "ok" in outcome) argv.push("--dry-run");
      const result = await cliCaptured(...argv);
      expectOutcome(result, outcome);
      if (t.importer) expect(await snapshot()).toEqual(baseline);
    },
  );
});
