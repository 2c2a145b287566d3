/**
 * The table of the bad-input suite: every case of test/bad-input/README.md run against every
 * command that reads it, with the outcome it must have.
 */

/** What a command must do with a file. */
export type Outcome =
  /** Exit 2, one line on stderr matching, no stack trace; an importer writes nothing. */
  | { error: RegExp }
  /** Exit 2: stderr lists the problems grouped by rule (indented), then one error line; nothing written. */
  | { report: RegExp }
  /** Exit 0 and stdout matching: the file is read (importers: on a dry run, or nothing to write). */
  | { ok: RegExp };

/** A command that reads a file, and whether it is an importer (whose database must stay unchanged). */
export interface Target {
  name: string;
  importer: boolean;
  argv: (file: string) => string[];
}

const V = (name: string) => `valid/${name}`;
export const TARGETS = {
  exchange: { name: "import FILE", importer: true, argv: (f) => ["import", f, "-w", "ws"] },
  ocds: { name: "import ocds", importer: true, argv: (f) => ["import", "ocds", f, "-w", "ws"] },
  giving: {
    name: "import 360giving",
    importer: true,
    argv: (f) => ["import", "360giving", f, "-w", "ws"],
  },
  csv: { name: "import csv", importer: true, argv: (f) => ["import", "csv", f, "-w", "ws"] },
  mapped: {
    name: "import csv --mapping",
    importer: true,
    argv: (f) => ["import", "csv", f, "-w", "ws", "--mapping", `@${V("mapping.json")}`],
  },
  mapping: {
    name: "import csv --mapping MAP",
    importer: true,
    argv: (f) => ["import", "csv", `@${V("charities.csv")}`, "-w", "ws", "--mapping", f],
  },
  appraise: { name: "appraise", importer: false, argv: (f) => ["appraise", f] },
  pbr: { name: "pbr", importer: false, argv: (f) => ["pbr", f] },
  performance: {
    name: "pbr performance",
    importer: false,
    argv: (f) => ["pbr", "performance", f],
  },
  attribute: { name: "pbr attribute", importer: false, argv: (f) => ["pbr", "attribute", f] },
  stats: {
    name: "sector stats",
    importer: false,
    argv: (f) => ["sector", "stats", f, "--as-of", "2010-01-01"],
  },
  changes: {
    name: "sector changes",
    importer: false,
    argv: (f) => ["sector", "changes", f, "--from", "2001-01-01", "--to", "2010-01-01"],
  },
  transitions: {
    name: "sector transitions",
    importer: false,
    argv: (f) => ["sector", "transitions", f, "--to", "2010-01-01"],
  },
  network: {
    name: "sector network",
    importer: false,
    argv: (f) => ["sector", "network", f, "--as-of", "2010-01-01"],
  },
} satisfies Record<string, Target>;

type TargetName = keyof typeof TARGETS;

/** One row: a file (`cases/…`, `valid/…` committed; `gen/…` generated), a command, an outcome. */
export interface Row {
  file: string;
  target: TargetName;
  outcome: Outcome;
}

const SECTOR: TargetName[] = ["stats", "changes", "transitions", "network"];
const NOT_UTF8 = /not valid UTF-8: byte 0xe9 at offset \d+ \(line \d+\)/;
const GARBAGE = /not valid UTF-8: byte 0xff at offset 1 \(line 1\)/;
const UTF16 = /the file is UTF-16, not UTF-8: save it as UTF-8/;

/** The generated variants every file-reading command meets (test/factories/bad-input.ts). */
function variants(base: string, targets: TargetName[], expect: Record<string, Outcome>): Row[] {
  const common: Record<string, Outcome> = {
    garbage: { error: GARBAGE },
    latin1: { error: NOT_UTF8 },
    utf16: { error: UTF16 },
  };
  return targets.flatMap((target) =>
    Object.entries({ ...common, ...expect }).map(([variant, outcome]) => ({
      file: `gen/${variant}.${base}`,
      target,
      outcome,
    })),
  );
}

const row = (file: string, target: TargetName, outcome: Outcome): Row => ({
  file,
  target,
  outcome,
});

const NOT_JSON_END =
  /not (valid )?JSON \(Unexpected end of JSON input\)|not valid JSON: Unexpected end/;
const CUT_JSON = /Unterminated string/;
const NO_PACKAGE = /note: .*not an OCDS release, record or package/;

/** Files of the partnerscope/v1 exchange format: `import FILE` and the four sector commands. */
const exchangeRows: Row[] = [
  ...variants("exchange.json", ["exchange"], {
    empty: { error: /The file is not valid JSON at line 1, column 1 \(byte offset 0\)/ },
    truncated: {
      error: /The file is not valid JSON at line \d+, column \d+ .*Unterminated string/,
    },
    bom: { ok: /Would import into 'ws': 2 organisations, 1 partnerships/ },
  }),
  ...variants("exchange.json", SECTOR, {
    empty: { error: NOT_JSON_END },
    truncated: { error: CUT_JSON },
    bom: { ok: /./ },
  }),
  row("gen/deep.json", "exchange", { error: /not a partnerscope\/v1 file: \$\.format/ }),
  ...SECTOR.map((t) =>
    row("gen/deep.json", t, { error: /not a partnerscope\/v1 export \(format is null\)/ }),
  ),
  row("cases/wrong-types.exchange.json", "exchange", {
    error: /\$\.organisations\[0\]\.name: Invalid input: expected string, received number/,
  }),
  row("cases/nan.exchange.json", "exchange", {
    error: /not valid JSON \(Unexpected token 'N', .*"homes": NaN/,
  }),
  row("cases/infinite.exchange.json", "exchange", {
    error: /\$\.organisations\[0\]\.facts\[0\]\.homes: .*received Infinity/,
  }),
  row("cases/huge.exchange.json", "exchange", {
    report: /\$\.partnerships\[0\]\.stage: Too big: expected number to be <=7/,
  }),
  row("cases/impossible-date.exchange.json", "exchange", {
    error: /\$\.partnerships\[0\]\.start: must be a real date .*"2005-02-30"/,
  }),
  row("cases/negative.exchange.json", "exchange", {
    error: /\$\.organisations\[0\]\.facts\[0\]\.homes: must not be negative \(given -100\)/,
  }),
  ...SECTOR.flatMap((t) => [
    row("cases/wrong-types.exchange.json", t, {
      error: /\$\.organisations\[0\]\.name: .*expected string/,
    }),
    row("cases/nan.exchange.json", t, {
      error: /is not JSON \(Unexpected token 'N', .*"homes": NaN/,
    }),
    row("cases/infinite.exchange.json", t, {
      error: /\$\.organisations\[0\]\.facts\[0\]\.homes: .*Infinity/,
    }),
    row("cases/huge.exchange.json", t, { error: /\$\.partnerships\[0\]\.stage: Too big/ }),
    row("cases/impossible-date.exchange.json", t, {
      error: /\$\.partnerships\[0\]\.start: must be a real date/,
    }),
    row("cases/negative.exchange.json", t, {
      error: /\$\.organisations\[0\]\.facts\[0\]\.homes: must not be negative/,
    }),
  ]),
];

/** OCDS and 360Giving: streamed imports. */
const standardRows: Row[] = [
  ...variants("ocds.json", ["ocds"], {
    empty: { error: /the file is empty: it holds no JSON value/ },
    truncated: {
      error: /the file ends in the middle of the JSON \(is it truncated\?\) at byte \d+, line \d+/,
    },
    bom: { ok: /Validation: valid\nWould create: nothing/ },
  }),
  row("gen/deep.json", "ocds", { ok: NO_PACKAGE }),
  row("gen/flood.json", "ocds", {
    error:
      /ocid ocds-badin0-flood has more than 6 MiB of JSON text in its releases and records \(releases\[5\] went over/,
  }),
  row("cases/wrong-types.ocds.json", "ocds", {
    report: /releases\[0\] \(ocds-badin0-1\)\.tag: "award": tag must be array/,
  }),
  row("cases/nan.ocds.json", "ocds", {
    error: /the JSON is broken \(expected a value\) at byte 827, line 24, column 32/,
  }),
  row("cases/infinite.ocds.json", "ocds", {
    report: /awards\[0\]\.value\.amount: Infinity: an amount too large to store/,
  }),
  row("cases/huge.ocds.json", "ocds", {
    ok: /Validation: valid\nWould create: nothing\nWould change: 1 contracts/,
  }),
  row("cases/impossible-date.ocds.json", "ocds", {
    report: /awards\[0\]\.date: "2025-02-30T00:00:00Z": a date that does not exist/,
  }),
  row("cases/negative.ocds.json", "ocds", {
    report: /awards\[0\]\.value\.amount: -5000: a negative amount/,
  }),
  ...["giving.json", "giving.csv"].flatMap((base) =>
    variants(base, ["giving"], {
      empty: base.endsWith(".json")
        ? { error: /the file is empty: it holds no JSON value/ }
        : { ok: /note: the sheet holds no 360Giving grant: no rows below its titles/ },
      truncated: base.endsWith(".json")
        ? {
            error:
              /the file ends in the middle of the JSON \(is it truncated\?\) at byte \d+, line \d+/,
          }
        : { error: /the CSV is broken at row 2 \(line 2\): Quoted field unterminated/ },
      bom: { ok: /Validation: valid\nWould create: nothing/ },
    }),
  ),
  row("gen/deep.json", "giving", { ok: /note: the file holds no 360Giving package or grant/ }),
  ...["json", "csv"].flatMap((ext) => {
    const at = ext === "json" ? "grants\\[0\\]" : "row 2";
    return [
      row(`cases/wrong-types.giving.${ext}`, "giving", {
        report: new RegExp(
          `${at} \\(360G-badin-1\\)\\.amountAwarded: "a thousand": amountAwarded must be number`,
        ),
      }),
      row(`cases/infinite.giving.${ext}`, "giving", {
        report: new RegExp(
          `${at} \\(360G-badin-1\\)\\.amountAwarded: ${ext === "json" ? "Infinity: an amount too large" : '"1e400": amountAwarded must be number'}`,
        ),
      }),
      row(`cases/huge.giving.${ext}`, "giving", {
        ok: /Validation: valid\nWould create: nothing\nWould change: 1 contracts/,
      }),
      row(`cases/impossible-date.giving.${ext}`, "giving", {
        report: new RegExp(
          `${at} \\(360G-badin-1\\)\\.awardDate: "2023-02-30": a date that does not exist`,
        ),
      }),
      row(`cases/negative.giving.${ext}`, "giving", {
        report: new RegExp(`${at} \\(360G-badin-1\\)\\.amountAwarded: -100: a negative amount`),
      }),
    ];
  }),
  row("cases/nan.giving.json", "giving", {
    error: /the JSON is broken \(expected a value\) at byte 205, line 9, column 24/,
  }),
  row("cases/nan.giving.csv", "giving", {
    report: /row 2 \(360G-badin-1\)\.amountAwarded: "NaN": amountAwarded must be number/,
  }),
  row("cases/huge-integer.giving.csv", "giving", {
    report:
      /row 2 \(360G-badin-1\)\.amountAwarded: "12345678901234567890": amountAwarded must be number/,
  }),
  row("cases/unclosed-quote.giving.csv", "giving", {
    error: /the CSV is broken at row 2 \(line 2\): Quoted field unterminated/,
  }),
  row("gen/giving.xlsx", "giving", { ok: /Validation: valid\nWould create: nothing/ }),
  row("cases/not-a-zip.xlsx", "giving", {
    error: /not a readable XLSX workbook \(no zip directory: is it really XLSX\?\)/,
  }),
  row("gen/bomb-size.xlsx", "giving", {
    error: /sheet 'grants' expands to 402 MB uncompressed, more than the limit of 200 MB/,
  }),
  row("gen/bomb-liar.xlsx", "giving", {
    error: /xl\/worksheets\/sheet1\.xml holds more than the 10000 bytes it declares/,
  }),
];

/** Spreadsheets of organisations, partnerships…, with and without a mapping, and bad mappings. */
const sheetRows: Row[] = [
  ...variants("organisations.csv", ["csv"], {
    empty: {
      error:
        /sheet 'empty\.organisations\.csv' has no column 'id', 'name' \(it has: no header row\)/,
    },
    truncated: { error: /the CSV is broken at row 3 \(line 3\): Quoted field unterminated/ },
    bom: { ok: /Validation: valid\nWould create: / },
  }),
  ...variants("charities.csv", ["mapped"], {
    empty: {
      error:
        /has no column 'Charity number' \(for id\), 'Organisation name' \(for name\) \(it has: no header row\)/,
    },
    truncated: { error: /the CSV is broken at row 3 \(line 3\): Quoted field unterminated/ },
    bom: { ok: /Validation: valid\nWould create: / },
  }),
  ...variants("mapping.json", ["mapping"], {
    empty: {
      error:
        /the mapping .*empty\.mapping\.json is not valid JSON \(Unexpected end of JSON input\)/,
    },
    truncated: {
      error: /the mapping .*truncated\.mapping\.json is not valid JSON \(Unterminated string/,
    },
    bom: { ok: /Validation: valid\nWould create: / },
  }),
  row("gen/deep.json", "mapping", {
    error: /the mapping is not valid: the mapping needs "entity": one of organisations/,
  }),
  row("cases/wrong-types.mapping.json", "mapping", { error: /has no column '5' \(for id\)/ }),
  row("cases/unknown-entity.mapping.json", "mapping", {
    error: /the mapping needs "entity": one of organisations, partnerships/,
  }),
  row("cases/missing-column.mapping.json", "mapping", {
    error: /sheet 'charities\.csv' has no column 'Registered number' \(for id\)/,
  }),
  row("cases/not-object.mapping.json", "mapping", {
    error: /the mapping is not valid: the mapping needs "entity"/,
  }),
  row("cases/wrong-types.organisations.csv", "csv", {
    report: /row 2\.facts\[0\]\.homes: "many": organisation facts\.homes: .*expected number/,
  }),
  row("cases/nan.organisations.csv", "csv", {
    report: /row 2\.facts\[0\]\.homes: "NaN": organisation facts\.homes/,
  }),
  row("cases/infinite.organisations.csv", "csv", {
    report: /row 2\.facts\[0\]\.homes: "1e400": organisation facts\.homes/,
  }),
  row("cases/huge-integer.organisations.csv", "csv", {
    report: /row 2\.facts\[0\]\.homes: "12345678901234567890": organisation facts\.homes/,
  }),
  row("cases/negative.organisations.csv", "csv", {
    report: /row 2\.facts\[0\]\.homes: -1200: a negative amount/,
  }),
  row("cases/impossible-date.partnerships.csv", "csv", {
    report: /row 2\.start: "2023-02-30": a date that does not exist/,
  }),
  row("cases/unclosed-quote.organisations.csv", "csv", {
    error: /the CSV is broken at row 2 \(line 2\): Trailing quote on quoted field is malformed/,
  }),
  row("cases/unclosed-quote.charities.csv", "mapped", {
    error: /the CSV is broken at row 2 \(line 3\)/,
  }),
  row("gen/organisations.xlsx", "csv", { ok: /Validation: valid\nWould create: / }),
  ...(["csv", "mapped"] as const).flatMap((t) => [
    row("cases/not-a-zip.xlsx", t, { error: /not a readable XLSX workbook \(no zip directory/ }),
    row("gen/bomb-size.xlsx", t, {
      error: /expands to 402 MB uncompressed, more than the limit of 200 MB/,
    }),
    row("gen/bomb-liar.xlsx", t, { error: /holds more than the 10000 bytes it declares/ }),
  ]),
];

/** The modelling commands: appraisals, payment-by-results models and their CSV files. */
const modelRows: Row[] = [
  ...variants("appraisal.json", ["appraise"], {
    empty: { error: /not valid JSON \(Unexpected end of JSON input\)/ },
    truncated: { error: /not valid JSON \(Unterminated string/ },
    bom: { ok: /share/ },
  }),
  row("gen/deep.json", "appraise", {
    error: /not a partnerscope-appraisal\/v1 file \(format is missing\)/,
  }),
  row("cases/wrong-types.appraisal.json", "appraise", {
    error: /\$\.horizonYears: Invalid input: expected number, received string/,
  }),
  row("cases/nan.appraisal.json", "appraise", {
    error: /not valid JSON \(Unexpected token 'N', .*"annual": NaN/,
  }),
  row("cases/infinite.appraisal.json", "appraise", {
    error: /\$\.options\[1\]\.lines\[0\]\.annual: .*received Infinity/,
  }),
  row("cases/huge.appraisal.json", "appraise", {
    error: /\$\.horizonYears: Too big: expected number to be <=500/,
  }),
  row("cases/impossible-date.appraisal.json", "appraise", {
    error: /\$\.baseDate: must be a real date/,
  }),
  row("cases/negative.appraisal.json", "appraise", {
    error: /\$\.options\[1\]\.lines\[1\]\.amount: must not be negative/,
  }),
  ...variants("pbr.json", ["pbr"], {
    empty: { error: /is not valid JSON: Unexpected end of JSON input/ },
    truncated: { error: /is not valid JSON: Unterminated string/ },
    bom: { ok: /prime/ },
  }),
  row("gen/deep.json", "pbr", {
    error: /deep\.json: \$: Invalid input: expected object, received array/,
  }),
  row("cases/wrong-types.pbr.json", "pbr", {
    error: /\$\.horizonWeeks: Invalid input: expected number, received string/,
  }),
  row("cases/nan.pbr.json", "pbr", {
    error: /is not valid JSON: Unexpected token 'N', .*"attachmentFee": NaN|mentFee": NaN/,
  }),
  row("cases/infinite.pbr.json", "pbr", {
    error: /\$\.groups\[0\]\.attachmentFee: .*received Infinity/,
  }),
  row("cases/huge.pbr.json", "pbr", {
    error: /\$\.horizonWeeks: Too big: expected number to be <=5200/,
  }),
  row("cases/impossible-date.pbr.json", "pbr", { error: /\$\.startDate: must be a real date/ }),
  row("cases/negative.pbr.json", "pbr", {
    error: /\$\.groups\[0\]\.referralsPerWeek: must not be negative/,
  }),
  ...variants("performance.csv", ["performance"], {
    empty: { error: /line 1, column participant_id: the file is empty; expected a header row/ },
    truncated: { error: /line 5: the CSV is broken: Quoted field unterminated/ },
    bom: { ok: /Chain: 4 participants/ },
  }),
  row("gen/deep.json", "performance", {
    error: /line 1, column participant_id: missing column 'participant_id'/,
  }),
  row("cases/wrong-types.performance.csv", "performance", {
    error: /line 2, column outcome: must be 0 or 1, not 'yes'/,
  }),
  row("cases/nan.performance.csv", "performance", {
    error: /line 2, column support_hours: must be a number of hours ≥ 0, not 'NaN'/,
  }),
  row("cases/infinite.performance.csv", "performance", {
    error: /line 2, column support_hours: .*not '1e400'/,
  }),
  row("cases/huge.performance.csv", "performance", { ok: /Chain: 4 participants/ }),
  row("cases/impossible-date.performance.csv", "performance", {
    error: /line 2, column referral_date: '2012-02-30' is not a date/,
  }),
  row("cases/negative.performance.csv", "performance", {
    error: /line 2, column support_hours: .*not '-10'/,
  }),
  row("cases/unclosed-quote.performance.csv", "performance", {
    error: /line 3: the CSV is broken: Quoted field unterminated/,
  }),
  ...variants("journeys.csv", ["attribute"], {
    empty: { error: /line 1, column participant_id: the file is empty; expected a header row/ },
    truncated: { error: /line 4: the CSV is broken: Quoted field unterminated/ },
    bom: { ok: /2 journeys, 2 with an outcome/ },
  }),
  row("gen/deep.json", "attribute", {
    error: /line 1, column participant_id: missing column 'participant_id'/,
  }),
  row("cases/wrong-types.journeys.csv", "attribute", {
    error: /line 4, column outcome: must be 0 or 1, not 'maybe'/,
  }),
  row("cases/huge.journeys.csv", "attribute", {
    error: /line 4, column outcome: must be 0 or 1, not '1e300'/,
  }),
  row("cases/impossible-date.journeys.csv", "attribute", {
    error: /line 2, column touch_date: '2013-02-29' is not a date/,
  }),
  row("cases/negative.journeys.csv", "attribute", {
    error: /line 4, column outcome: must be 0 or 1, not '-1'/,
  }),
  row("cases/unclosed-quote.journeys.csv", "attribute", {
    error: /line 3: the CSV is broken: Quoted field unterminated/,
  }),
];

/** Every row of the suite. */
export const ROWS: Row[] = [...exchangeRows, ...standardRows, ...sheetRows, ...modelRows];
