import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Contract, Organisation } from "../../shared/index.ts";
import { openStore, type Store } from "../../store/index.ts";
import { contextOf, type ServiceContext } from "../context.ts";
import { entityGet } from "../entities.ts";
import { DomainError } from "../errors.ts";
import { exchangeImport } from "../exchange.ts";
import { standardImport } from "./standard-import.ts";

// Decision 0007, "Values never changed silently": an impossible date, a negative amount and an
// over-long title are reported with the value shown, and their records are never stored changed.

const tmp = mkdtempSync(join(tmpdir(), "values-never-changed-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let store: Store;
let ctx: ServiceContext;
beforeEach(async () => {
  store = await openStore({ databaseUrl: ":memory:" });
  ctx = contextOf(store, () => new Date(Date.UTC(2026, 0, 1)));
});
afterEach(() => store.close());

const LONG = "T".repeat(10_001);
const SHOWN_LONG = `"${"T".repeat(60)}"… (10,001 characters)`;
const WHOLE = "W".repeat(600);
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const stored = (id: string) =>
  entityGet(ctx, "w", "contracts", id).then(
    (c) => c as Contract,
    () => null,
  );
const MESSAGES = {
  date: "a date that does not exist (such as 30 February): the record is refused",
  amount:
    "a negative amount (a reduction or return cannot be stored as a contract or grant): the record is refused",
  title: "a title longer than 10,000 characters (never cut): the record is refused",
  name: "a name longer than 500 characters (never cut): the record is refused",
};

const grant = (n: number, extra: Record<string, unknown>) => ({
  id: `360G-v-${n}`,
  title: `Grant ${n}`,
  description: "Core funding",
  currency: "GBP",
  amountAwarded: 1000,
  awardDate: "2023-01-15",
  recipientOrganization: [{ id: "GB-CHC-1164859", name: "Effervescent" }],
  fundingOrganization: [{ id: "GB-CHC-200051", name: "Esmee Fairbairn Foundation" }],
  ...extra,
});

describe("360Giving: values never changed silently", () => {
  const path = () =>
    file(
      "grants.json",
      JSON.stringify({
        grants: [
          grant(1, { awardDate: "2023-02-30" }),
          grant(2, { amountAwarded: -100 }),
          grant(3, { title: LONG }),
          grant(4, { title: WHOLE }),
        ],
      }),
    );

  it("reports each with its rule, place and value, and stores no changed record", async () => {
    const dry = await standardImport(ctx, "w", "360giving", path(), { dryRun: true });
    expect(dry.report.valid).toBe(false);
    expect(dry.report.errors).toEqual([
      {
        rule: "amount:negative",
        message: MESSAGES.amount,
        count: 1,
        examples: ["grants[1] (360G-v-2).amountAwarded: -100"],
        values: ["-100"],
      },
      {
        rule: "date:impossible",
        message: MESSAGES.date,
        count: 1,
        examples: ['grants[0] (360G-v-1).awardDate: "2023-02-30"'],
        values: ['"2023-02-30"'],
      },
      {
        rule: "length:title",
        message: MESSAGES.title,
        count: 1,
        examples: [`grants[2] (360G-v-3).title: ${SHOWN_LONG}`],
        values: [SHOWN_LONG],
      },
    ]);
    for (const onInvalid of ["import-valid", "import-all"] as const) {
      const done = await standardImport(ctx, "w", "360giving", path(), { onInvalid });
      expect(done.report.errors.map((e) => e.rule)).toHaveLength(3);
      expect(await stored("360G-v-1")).toBeNull();
      expect(await stored("360G-v-2")).toBeNull();
      expect(await stored("360G-v-3")).toBeNull();
      expect((await stored("360G-v-4"))?.title).toBe(WHOLE);
    }
  });

  it("warns about a planned end before the start, storing the grant without that end", async () => {
    const path = file(
      "order.json",
      JSON.stringify({
        grants: [grant(5, { plannedDates: [{ startDate: "2023-06-01", endDate: "2023-01-31" }] })],
      }),
    );
    const done = await standardImport(ctx, "w", "360giving", path);
    expect(done.report.valid).toBe(true);
    expect(done.report.valueWarnings).toEqual([
      {
        rule: "date:end-before-start",
        message: "an end date before the start date is not stored (the start is kept)",
        count: 1,
        examples: ['grants[0] (360G-v-5).plannedDates[0].endDate (start 2023-06-01): "2023-01-31"'],
        values: ['"2023-01-31"'],
      },
    ]);
    expect(await stored("360G-v-5")).toMatchObject({ start: "2023-06-01", end: null });
  });
});

const release = (n: number, award: Record<string, unknown>) => ({
  ocid: `ocds-v-${n}`,
  id: `r${n}`,
  date: "2023-01-01T00:00:00Z",
  tag: ["award"],
  initiationType: "tender",
  parties: [
    { id: "b", name: "Buyer Council", roles: ["buyer"] },
    { id: "s", name: "Supplier Ltd", roles: ["supplier"] },
  ],
  buyer: { id: "b", name: "Buyer Council" },
  awards: [
    {
      id: "a1",
      status: "active",
      suppliers: [{ id: "s", name: "Supplier Ltd" }],
      value: { amount: 1000, currency: "GBP" },
      ...award,
    },
  ],
});

describe("OCDS: values never changed silently", () => {
  const path = () =>
    file(
      "releases.json",
      JSON.stringify({
        uri: "https://example.org/p.json",
        publishedDate: "2023-01-01T00:00:00Z",
        publisher: { name: "P" },
        version: "1.1",
        releases: [
          release(1, { date: "2023-02-30T00:00:00Z" }),
          release(2, { value: { amount: -5000, currency: "GBP" } }),
          release(3, { title: LONG }),
          release(4, { title: WHOLE }),
        ],
      }),
    );

  it("reports each with its rule, place and value, and stores no changed contract", async () => {
    const dry = await standardImport(ctx, "w", "ocds", path(), { dryRun: true });
    expect(dry.report.errors).toEqual([
      {
        rule: "amount:negative",
        message: MESSAGES.amount,
        count: 1,
        examples: ["releases[1] (ocds-v-2).awards[0].value.amount: -5000"],
        values: ["-5000"],
      },
      {
        rule: "date:impossible",
        message: MESSAGES.date,
        count: 1,
        examples: ['releases[0] (ocds-v-1).awards[0].date: "2023-02-30T00:00:00Z"'],
        values: ['"2023-02-30T00:00:00Z"'],
      },
      {
        rule: "length:title",
        message: MESSAGES.title,
        count: 1,
        examples: [`releases[2] (ocds-v-3).awards[0].title: ${SHOWN_LONG}`],
        values: [SHOWN_LONG],
      },
    ]);
    for (const onInvalid of ["import-valid", "import-all"] as const) {
      await standardImport(ctx, "w", "ocds", path(), { onInvalid });
      for (const n of [1, 2, 3]) expect(await stored(`ocds-v-${n}-a1`)).toBeNull();
      expect((await stored("ocds-v-4-a1"))?.title).toBe(WHOLE);
    }
  });
});

describe("spreadsheets: values never changed silently", () => {
  it("reports an impossible date, a negative amount and an over-long name with their values", async () => {
    const orgs = file(
      "organisations.csv",
      [
        "id,name,sector,kind,facts",
        `org-1,${"N".repeat(501)},third,charity,`,
        "org-2,Org Two,third,charity,2020: turnover -100",
        'org-3,Org Three,third,charity,"2020: turnover 12,34; 2021: homez 5; 2022: staff 0x10"',
        'org-4,Org Four,third,charity,"2020: turnover 12,000,000"',
      ].join("\n"),
    );
    const report = (await standardImport(ctx, "w", "csv", orgs, { dryRun: true })).report;
    expect(report.errors.map((e) => [e.rule, e.examples])).toEqual([
      ["amount:negative", ["organisations.csv row 3.facts[0].turnover: -100"]],
      ["cell:unknown-fact", ['organisations.csv row 4.facts[1]: "homez 5"']],
      ["length:name", [`organisations.csv row 2.name: "${"N".repeat(60)}"… (501 characters)`]],
      ["organisation.facts.staff:invalid_type", ['organisations.csv row 4.facts[2].staff: "0x10"']],
      [
        "organisation.facts.turnover:invalid_type",
        ['organisations.csv row 4.facts[0].turnover: "12,34"'],
      ],
    ]);
    await standardImport(ctx, "w", "csv", orgs, { onInvalid: "import-valid" });
    const four = (await entityGet(ctx, "w", "organisations", "org-4")) as Organisation;
    expect(four.facts).toEqual([{ year: 2020, homes: null, turnover: 12_000_000, staff: null }]);
    for (const id of ["org-1", "org-2", "org-3"])
      await expect(entityGet(ctx, "w", "organisations", id)).rejects.toThrow();
    const dates = file(
      "partnerships.csv",
      "id,name,form,start\np-1,P one,association,2023-02-30\n",
    );
    const dateReport = (await standardImport(ctx, "w", "csv", dates, { dryRun: true })).report;
    expect(dateReport.errors).toEqual([
      {
        rule: "date:impossible",
        message: MESSAGES.date,
        count: 1,
        examples: ['partnerships.csv row 2.start: "2023-02-30"'],
        values: ['"2023-02-30"'],
      },
    ]);
  });
});

describe("exchange format: values never changed silently", () => {
  const doc = (contracts: object[]) => ({
    format: "partnerscope/v1",
    workspace: { name: "W" },
    contracts: contracts.map((c, i) => ({ id: `c${i}`, paymentMechanism: "grant", ...c })),
  });

  it("refuses an impossible date, a negative amount and an over-long title, naming each value", async () => {
    const input = doc([
      { title: "A", start: "2023-02-30" },
      { title: "B", value: -5000 },
      { title: LONG },
    ]);
    const error = await exchangeImport(ctx, "w", input).catch((e: DomainError) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).problems).toEqual([
      {
        path: "$.contracts[0].start",
        message: 'must be a real date written YYYY-MM-DD (given "2023-02-30")',
      },
      { path: "$.contracts[1].value", message: "must not be negative (given -5000)" },
      {
        path: "$.contracts[2].title",
        message: `must be at most 10,000 characters (given ${SHOWN_LONG})`,
      },
    ]);
  });

  it("stores a 600-character title whole", async () => {
    await exchangeImport(ctx, "w", doc([{ title: WHOLE }]));
    expect((await stored("c0"))?.title).toBe(WHOLE);
  });
});
