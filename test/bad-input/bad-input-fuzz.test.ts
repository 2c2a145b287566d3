import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/command.ts";
import { registerAllCommands } from "../../src/cli/commands/index.ts";
import { COMMANDS } from "../../src/cli/registry.ts";
import { runCli } from "../../src/cli/run.ts";
import { PbrCsvError } from "../../src/engine/pbr/csv-rows.ts";
import { parseClaims, parseJourneys } from "../../src/engine/pbr/journeys.ts";
import { parseParticipants } from "../../src/engine/pbr/participants.ts";
import { readCsvRecords } from "../../src/services/interop/csv-reader.ts";
import { ImportInputError } from "../../src/services/interop/import-input-error.ts";
import { readJsonFile } from "../../src/services/interop/json-file-reader.ts";
import { SHEET_LIMITS } from "../../src/services/interop/sheet-limits.ts";
import { importMappingOf } from "../../src/services/interop/sheet-preview.ts";
import { readXlsx } from "../../src/services/interop/xlsx-reader.ts";
import { writeGivingWorkbook } from "../factories/bad-input.ts";

// Random bytes, text and JSON-ish values at every file reader and parser the importers and the
// CLI's file-reading commands use: each either reads the input or fails with its documented error
// (ImportInputError, PbrCsvError, a one-line exit 2) — never a TypeError, RangeError or a hang.
// The splitter's agreement with stream-json and the value mapping have their own properties
// (json-splitter.test.ts, import-values.test.ts); these are about what reaches the readers.

const dir = mkdtempSync(join(tmpdir(), "partnerscope-bad-input-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A fixed seed: each property also asserts that its random inputs hit both outcomes (read and
// refused), which an unlucky unseeded run can miss (it did, once in four CI runs).
const RUNS = { numRuns: 100, seed: 20_261_206 };
let n = 0;
const fileOf = (data: string | Uint8Array, ext: string) => {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, data);
  return path;
};

/** Text made of JSON's structural pieces, quotes, escapes, BOMs and non-ASCII: near-JSON. */
const jsonish = fc
  .array(
    fc.oneof(
      fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", " ", "\n", "\ufeff", "é", "\u2028"),
      fc.constantFrom('"releases"', '"grants"', '"records"', '"ocid"', '"id"', "1e400", "-0"),
      fc.constantFrom("NaN", "null", "true", "0.5", '"x"', "[[[[", "]]]]"),
      fc.json({ maxDepth: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

/** Bytes: random, or near-JSON text with random bytes spliced in (bad UTF-8, cut characters). */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(jsonish, fc.uint8Array({ maxLength: 4 }), fc.nat()).map(([text, junk, at]) => {
    const b = Buffer.from(text);
    const i = b.length === 0 ? 0 : at % b.length;
    return Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]);
  }),
);

/** Runs `work`; an error must be an instance of `type` with a one-line message. Counts both. */
const seen = { read: 0, refused: 0 };
async function onlyDocumentedErrors(type: new (...a: never[]) => Error, work: () => unknown) {
  try {
    await work();
    seen.read++;
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toMatch(/^[^\n]+$/);
    seen.refused++;
  }
}

/** The runs met both outcomes: the generators reach past the first check. */
function expectBothOutcomes() {
  expect(seen.read).toBeGreaterThan(0);
  expect(seen.refused).toBeGreaterThan(0);
  seen.read = 0;
  seen.refused = 0;
}

const sink = {
  shouldStream: (key: string) => key === "releases" || key === "grants" || key === "records",
  onPackage: () => {},
  onPackageEnd: () => {},
  onItem: () => {},
  onValue: () => {},
};

describe("importers' file readers on random input", () => {
  it("readJsonFile (OCDS and 360Giving JSON): reads it or throws ImportInputError", async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        const path = fileOf(data, "json");
        await onlyDocumentedErrors(ImportInputError, () => readJsonFile(path, sink));
      }),
      RUNS,
    );
    expectBothOutcomes();
  });

  it("readCsvRecords (360Giving CSV, import csv): reads it or throws ImportInputError", async () => {
    const csvish = fc
      .array(fc.constantFrom("a", ",", '"', "\n", "\r\n", ";", "\t", " ", "é", "\ufeff", '""'), {
        maxLength: 60,
      })
      .map((parts) => Buffer.from(parts.join("")));
    const limits = { ...SHEET_LIMITS, recordChars: 40, rows: 5 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvish, bytes), async (data) => {
        const path = fileOf(data, "csv");
        const cells: string[][] = [];
        await onlyDocumentedErrors(ImportInputError, () =>
          readCsvRecords(path, limits, (r) => cells.push(r.cells)),
        );
        // No record holds a character the file did not: nothing is invented or replaced.
        for (const c of cells.flat()) expect(c).not.toMatch(/\ufffd/);
      }),
      RUNS,
    );
    expectBothOutcomes();
  });

  it("readXlsx: a damaged workbook or random bytes are read or refused with ImportInputError", async () => {
    const valid = join(dir, "valid.xlsx");
    writeGivingWorkbook(valid);
    const book = readFileSync(valid);
    const damaged = fc
      .array(fc.tuple(fc.nat({ max: book.length - 1 }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((edits) => {
        const copy = Buffer.from(book);
        for (const [at, value] of edits) copy[at] = value;
        return copy;
      });
    const cut = fc.nat({ max: book.length }).map((end) => book.subarray(0, end));
    const visitor = { pick: (names: string[]) => names, sheet: () => {}, row: () => {} };
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged, cut, fc.uint8Array({ maxLength: 200 })), async (data) => {
        const path = fileOf(data, "xlsx");
        await onlyDocumentedErrors(ImportInputError, () => readXlsx(path, visitor, SHEET_LIMITS));
      }),
      { ...RUNS, numRuns: 60 },
    );
    expectBothOutcomes();
  });

  it("importMappingOf: any JSON value is a mapping or an ImportInputError", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          importMappingOf(value);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportInputError);
          expect((error as Error).message).toMatch(/^the mapping is not valid: /);
        }
      }),
      RUNS,
    );
  });
});

describe("the CLI's file parsers on random input", () => {
  it("pbr CSV parsers: rows, or a PbrCsvError naming the line", () => {
    const header = fc.constantFrom(
      "participant_id,provider,group,referral_date,job_start_date,outcome,support_hours\n",
      "participant_id,provider,touch_date,outcome\n",
      "provider,claimed\n",
      "",
    );
    const body = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            "p1",
            "A",
            ",",
            '"',
            "\n",
            "2012-02-30",
            "2012-01-01",
            "1",
            "-1",
            "1e400",
          ),
          fc.constantFrom("NaN", " ", "é", "\ufeff", "0", "Infinity", "12345678901234567890"),
        ),
        { maxLength: 40 },
      )
      .map((p) => p.join(""));
    fc.assert(
      fc.property(header, body, (head, rest) => {
        for (const parse of [parseParticipants, parseJourneys, parseClaims])
          try {
            parse(head + rest);
          } catch (error) {
            expect(error).toBeInstanceOf(PbrCsvError);
            expect((error as Error).message).toMatch(/^line \d+(, column [^:]+)?: [^\n]+$/);
          }
      }),
      RUNS,
    );
  });

  it("appraise, pbr, pbr performance|attribute and sector commands: exit 0, or exit 2 in one line", async () => {
    if (COMMANDS.length === 0) registerAllCommands();
    const formats = fc.constantFrom(
      "partnerscope/v1",
      "partnerscope-pbr/v1",
      "partnerscope-appraisal/v1",
    );
    // Documents with the right format and random fields, or near-JSON text.
    const documents = fc.oneof(
      fc
        .tuple(formats, fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })))
        .map(([format, rest]) => JSON.stringify({ ...rest, format })),
      jsonish,
    );
    const commands = fc.constantFrom(
      ["appraise", "F", "--iterations", "10"],
      ["pbr", "F"],
      ["pbr", "performance", "F"],
      ["pbr", "attribute", "F"],
      ["sector", "stats", "F", "--as-of", "2010-01-01"],
      ["sector", "changes", "F", "--from", "2001-01-01", "--to", "2010-01-01"],
      ["sector", "transitions", "F", "--to", "2010-01-01"],
      ["sector", "network", "F", "--as-of", "2010-01-01"],
    );
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(commands, documents, async (argv, text) => {
        const err: string[] = [];
        const io: CliIo = {
          out: () => {},
          err: (t) => err.push(t),
          readFile: async () => text,
          writeFile: async () => {},
        };
        const code = await runCli([...argv], io);
        codes.add(code);
        if (code === 0) return;
        expect(code).toBe(2);
        const last = err.at(-1) ?? "";
        expect(last).toMatch(new RegExp(`^partnerscope ${argv[0]}[a-z ]*: [^\\n]+$`));
        expect(err.join("\n")).not.toMatch(/^\s+at /m);
      }),
      RUNS,
    );
    expect(codes.has(2)).toBe(true);
  });
});
