import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exchangeSchema, problemsOf } from "../../shared/index.ts";
import { exchangeOfGrants } from "./giving-chunk.ts";
import { createGivingValidator } from "./giving-validator.ts";
import { exchangeOfOcds } from "./ocds-map.ts";
import { createOcdsValidator, type OcdsSchemaSet } from "./ocds-validator.ts";
import { orgIdRegisterOf } from "./org-id.ts";
import { sheetImportOf } from "./sheet-import.ts";
import { isError, type RecordIssue } from "./validation-report.ts";

/** The values an arbitrary generates. */
type ArbitraryValue<A> = A extends fc.Arbitrary<infer T> ? T : never;

// Property: whatever a record holds, mapping never throws, what it produces fits the model, and
// every mapped value is stored exactly as given or named by the report (decision 0007).

const schemaDir = new URL("../../../schemas/", import.meta.url);
const json = (p: string) => JSON.parse(readFileSync(new URL(p, schemaDir), "utf8"));
const register = orgIdRegisterOf(readFileSync(new URL("orgid/lists-index.tsv", schemaDir), "utf8"));
const giving = createGivingValidator({
  grant: json("360giving/1.4.3/360-giving-schema.json"),
  package: json("360giving/1.4.3/360-giving-package-schema.json"),
});
const ocdsSchemas: OcdsSchemaSet = {
  release: json("ocds/1.1.5/release-schema.json"),
  releasePackage: json("ocds/1.1.5/release-package-schema.json"),
  recordPackage: json("ocds/1.1.5/record-package-schema.json"),
  versionedRelease: json("ocds/1.1.5/versioned-release-validation-schema.json"),
  extensions: {},
};
const ocds = createOcdsValidator(ocdsSchemas, []);
const RUNS = { numRuns: 200 };

/** Text of every kind: unicode, blanks, long (past 500 and 10,000), number- and date-like. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom(" ", "  padded  ", "NaN", "Infinity", "-Infinity", "1e400", "0x10", "12,34"),
  fc.constantFrom("N".repeat(501), "W".repeat(600), "T".repeat(10_001)),
);
/** Dates real, impossible, partial, with times, and not dates at all. */
const date = fc.oneof(
  fc
    .date({ min: new Date("1900-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2023-02-30", "2023-02-29", "2024-02-29", "2023-13-01", "2023-00-10"),
  fc.constantFrom("2023", "2023-05", "2023-02-30T00:00:00Z", "2023-01-01T23:59:59+01:00"),
  text,
);
/** Numbers of every size, and the JSON values that stand for them. */
const amount = fc.oneof(
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.constantFrom(-100, -5000, 0, -0, 1e308, Number.POSITIVE_INFINITY),
  text,
  fc.constant(null),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const named = (issues: readonly RecordIssue[], path: string) =>
  issues.some((i) => i.path.startsWith(path));
const day = (v: unknown) => (typeof v === "string" ? v.slice(0, 10) : null);
/** JSON as a file would give it: NaN becomes null, keys with undefined vanish. */
const viaJson = <T>(v: T): T => {
  const s = JSON.stringify(v, (_k, x) => (x === Number.POSITIVE_INFINITY ? "∞" : x));
  return JSON.parse(s.replace(/"∞"/g, "1e400"));
};

describe("360Giving mapping never changes a value unreported", () => {
  const grantArb = fc.record({
    id: fc.constantFrom("360G-f-1", "360G f/2"),
    title: maybe(text),
    amountAwarded: maybe(amount),
    currency: maybe(fc.oneof(fc.constantFrom("GBP", "EUR", "gbp", "£"), text)),
    awardDate: maybe(date),
    plannedDates: maybe(fc.tuple(fc.record({ startDate: maybe(date), endDate: maybe(date) }))),
    fundingOrganization: fc.tuple(fc.record({ id: fc.constant("GB-CHC-200051"), name: text })),
  });

  it("stores each mapped value as given, or the report names it", () => {
    fc.assert(
      fc.property(grantArb, (raw) => {
        const grant = viaJson(raw) as Record<string, unknown>;
        const issues = giving.grant(grant);
        const { document } = exchangeOfGrants([{ grant }], register, {
          sourceFile: "g.json",
          publisher: null,
          workspaceName: "w",
        });
        expect(exchangeSchema.safeParse(document).success).toBe(true);
        const c = document.contracts[0];
        if (!c) {
          expect(issues.some(isError)).toBe(true);
          return;
        }
        const g = raw as Record<string, unknown>;
        const title = typeof g["title"] === "string" ? g["title"].trim() : "";
        if (title !== "" && c.title !== title) expect(named(issues, ".title")).toBe(true);
        if (c.value !== (g["amountAwarded"] ?? null))
          expect(named(issues, ".amountAwarded")).toBe(true);
        if (c.currency !== (g["currency"] ?? "GBP")) expect(named(issues, ".currency")).toBe(true);
        const planned = (g["plannedDates"] as Record<string, unknown>[] | undefined)?.[0] ?? {};
        if (planned["startDate"] !== undefined && c.start !== day(planned["startDate"]))
          expect(named(issues, ".plannedDates[0].startDate")).toBe(true);
        if (planned["startDate"] === undefined && c.start !== day(g["awardDate"] ?? null))
          expect(named(issues, ".awardDate")).toBe(true);
        if (c.end !== day(planned["endDate"] ?? null))
          expect(named(issues, ".plannedDates[0].endDate")).toBe(true);
        const funder = document.organisations.find((o) => o.id === "GB-CHC-200051");
        const name = (g["fundingOrganization"] as { name: string }[])[0]!.name.trim();
        if (name !== "" && funder?.name !== name)
          expect(named(issues, ".fundingOrganization[0].name")).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("OCDS mapping never changes a value unreported", () => {
  const releaseArb = fc.record({
    title: maybe(text),
    amount: maybe(amount),
    currency: maybe(fc.oneof(fc.constantFrom("GBP", "EUR", "gbp"), text)),
    date: maybe(date),
    start: maybe(date),
    end: maybe(date),
    supplier: text,
  });
  const releaseOf = (r: ArbitraryValue<typeof releaseArb>) =>
    viaJson({
      ocid: "ocds-f-1",
      id: "r1",
      date: "2023-01-01T00:00:00Z",
      tag: ["award"],
      initiationType: "tender",
      parties: [{ id: "s", name: r.supplier, roles: ["supplier"] }],
      awards: [
        {
          id: "a1",
          title: r.title,
          date: r.date,
          value: { amount: r.amount, currency: r.currency },
          contractPeriod: { startDate: r.start, endDate: r.end },
          suppliers: [{ id: "s", name: r.supplier }],
        },
      ],
    }) as Record<string, unknown>;

  it("stores each mapped value as given, or the report names it", () => {
    fc.assert(
      fc.property(releaseArb, (r) => {
        const release = releaseOf(r);
        const issues = ocds.release(release);
        const process = { ocid: "ocds-f-1", compiled: release, releases: [release] };
        const { document } = exchangeOfOcds(
          [{ ...process, sourceFile: "r.json", publisher: null }],
          register,
          "w",
        );
        expect(exchangeSchema.safeParse(document).success).toBe(true);
        const c = document.contracts[0];
        if (!c) {
          expect(issues.some(isError)).toBe(true);
          return;
        }
        const at = ".awards[0]";
        const title = typeof r.title === "string" ? r.title.trim() : "";
        if (title !== "" && c.title !== title) expect(named(issues, `${at}.title`)).toBe(true);
        if (c.value !== (r.amount ?? null)) expect(named(issues, `${at}.value.amount`)).toBe(true);
        if (c.currency !== (r.currency ?? "GBP"))
          expect(named(issues, `${at}.value.currency`)).toBe(true);
        if (c.start !== day(r.start ?? null))
          expect(named(issues, `${at}.contractPeriod.startDate`)).toBe(true);
        if (c.end !== day(r.end ?? null))
          expect(named(issues, `${at}.contractPeriod.endDate`)).toBe(true);
        const supplier = document.organisations.find((o) => c.providers[0]?.organisation === o.id);
        if (r.supplier.trim() !== "" && supplier && supplier.name !== r.supplier.trim())
          expect(named(issues, ".parties[0].name")).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("spreadsheet mapping never changes a value unreported", () => {
  // `;` separates the facts of one cell (`2020: turnover 5; 2021: turnover 6`), so a turnover
  // containing it writes a different cell, not a different value: kept out of the turnover here.
  const rowArb = fc.record({
    name: text,
    turnover: fc.oneof(text, amount.map(String)).filter((t) => !t.includes(";")),
  });

  it("stores each cell as given, or the report names the row", () => {
    fc.assert(
      fc.property(rowArb, ({ name, turnover }) => {
        const cells = { id: "org-1", name, facts: `2020: turnover ${turnover}` };
        const table = {
          name: "organisations.csv",
          headers: Object.keys(cells),
          rows: [{ row: 2, cells }],
        };
        const { document, report } = sheetImportOf("organisations.csv", [table], null);
        expect(exchangeSchema.safeParse(document).success).toBe(true);
        const o = document.organisations[0];
        if (!o) {
          expect(report.errors.length).toBeGreaterThan(0);
          return;
        }
        expect(o.name).toBe(name.trim());
        // Hand-read: a plain decimal, commas only between groups of three digits.
        const t = turnover.trim();
        const decimal = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?([eE][+-]?\d+)?$/.test(t);
        expect(o.facts[0]!.turnover).toBe(decimal ? Number(t.replace(/,/g, "")) : null);
        if (!decimal) expect(t).toBe("");
      }),
      RUNS,
    );
  });
});

describe("the exchange format never changes a value unreported", () => {
  it("keeps each contract value as given, or refuses it naming the path and the value", () => {
    fc.assert(
      fc.property(fc.record({ title: text, value: amount, start: date }), (c) => {
        const input = viaJson({
          format: "partnerscope/v1",
          workspace: { name: "W" },
          contracts: [{ id: "c1", paymentMechanism: "grant", ...c }],
        });
        const parsed = exchangeSchema.safeParse(input);
        if (!parsed.success) {
          // Refused: every problem names where, and the value given there.
          for (const p of problemsOf(parsed.error, input))
            expect(p.message).toMatch(/\(given .+\)$/);
          return;
        }
        const stored = parsed.data.contracts[0]!;
        const given = input.contracts[0]!;
        expect(stored.title).toBe(String(given.title).trim());
        expect(stored.value).toBe(given.value);
        expect(stored.start).toBe(given.start);
      }),
      RUNS,
    );
  });
});
